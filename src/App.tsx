import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardScreen } from './features/board/BoardScreen';
import { LibraryScreen } from './features/library/LibraryScreen';
import { useFileDrop } from './features/export/useFileDrop';
import { NoticeBar } from './ui/NoticeBar';
import { UpdatePrompt } from './ui/UpdatePrompt';

/** Two screens, addressed by the URL hash so a reload returns to the open map. */
function parseRoute(hash: string): { screen: 'library' } | { screen: 'map'; id: string } {
  const m = /^#\/map\/(.+)$/.exec(hash);
  return m ? { screen: 'map', id: decodeURIComponent(m[1]!) } : { screen: 'library' };
}

export function App() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (hash: string) => {
    location.hash = hash;
  };
  const open = useCallback((id: string) => {
    location.hash = `#/map/${encodeURIComponent(id)}`;
  }, []);
  const dropping = useFileDrop(open);
  return (
    <>
      {route.screen === 'map' ? (
        <BoardScreen key={route.id} mapId={route.id} onBack={() => go('#/')} onOpen={open} />
      ) : (
        <LibraryScreen onOpen={open} />
      )}
      {dropping && <DropOverlay />}
      <UpdatePrompt />
      <NoticeBar />
    </>
  );
}

function DropOverlay() {
  const { t } = useTranslation();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <span>{t('import.dropHere')}</span>
    </div>
  );
}
