import { useEffect, useState } from 'react';
import { BoardScreen } from './features/board/BoardScreen';
import { LibraryScreen } from './features/library/LibraryScreen';
import { NoticeBar } from './ui/NoticeBar';

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
  return (
    <>
      {route.screen === 'map' ? (
        <BoardScreen key={route.id} mapId={route.id} onBack={() => go('#/')} />
      ) : (
        <LibraryScreen onOpen={(id) => go(`#/map/${encodeURIComponent(id)}`)} />
      )}
      <NoticeBar />
    </>
  );
}
