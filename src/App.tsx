import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from './features/library/LibraryScreen';
import { downloadBackup } from './features/library/backup';
import { useFileDrop } from './features/export/useFileDrop';
import i18n from './i18n';
import { notify } from './store/uiStore';
import { ErrorBoundary, setDownloadAll } from './ui/ErrorBoundary';
import { NoticeBar } from './ui/NoticeBar';
import { UpdatePrompt } from './ui/UpdatePrompt';

// The board (React Flow, inspector, analysis, export, presentation) loads when a map is opened,
// so a first visit fetches only what the library needs (bench: initial_js_gzip_kb).
const BoardScreen = lazy(() => import('./features/board/BoardScreen').then((m) => ({ default: m.BoardScreen })));
// Joining a shared map loads the sync code only when a join link is opened.
const JoinScreen = lazy(() => import('./features/share/JoinScreen').then((m) => ({ default: m.JoinScreen })));

type Route =
  | { screen: 'library' }
  | { screen: 'map'; id: string }
  | { screen: 'join'; hash: string }
  | { screen: 'not-found'; address: string };

/**
 * Screens addressed by the URL hash so a reload returns to the open map. A hash that is not
 * an address of the app (or cannot be decoded, like "#/map/%") is "not found", never a blank page.
 */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { screen: 'library' };
  // A join link: the join screen reads it (and says what is wrong with an incomplete one).
  if (hash.startsWith('#/join/')) return { screen: 'join', hash };
  const prefix = '#/map/';
  if (hash.startsWith(prefix) && hash.length > prefix.length) {
    try {
      return { screen: 'map', id: decodeURIComponent(hash.slice(prefix.length)) };
    } catch {
      // a malformed escape: fall through
    }
  }
  return { screen: 'not-found', address: hash };
}

// A crashed screen offers the whole library as a backup download.
setDownloadAll(() => downloadBackup(i18n.t).then((r) => notify(r.message, r.complete ? 'info' : 'error')));

export function App() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const toLibrary = useCallback(() => {
    location.hash = '#/';
  }, []);
  const open = useCallback((id: string) => {
    location.hash = `#/map/${encodeURIComponent(id)}`;
  }, []);
  // Leaving a join link replaces it in the history: its secret is not kept there.
  const joined = useCallback((id: string) => location.replace(`#/map/${encodeURIComponent(id)}`), []);
  const leaveJoin = useCallback(() => location.replace('#/'), []);
  const dropping = useFileDrop(open);
  return (
    <>
      {route.screen === 'map' ? (
        <ErrorBoundary key={`map:${route.id}`} screen="board" onBack={toLibrary}>
          <Suspense fallback={<Loading />}>
            <BoardScreen key={route.id} mapId={route.id} onBack={toLibrary} onOpen={open} />
          </Suspense>
        </ErrorBoundary>
      ) : route.screen === 'join' ? (
        <ErrorBoundary key="join" screen="library" onBack={leaveJoin}>
          <Suspense fallback={<Loading />}>
            <JoinScreen hash={route.hash} onJoined={joined} onBack={leaveJoin} />
          </Suspense>
        </ErrorBoundary>
      ) : route.screen === 'not-found' ? (
        <NotFound address={route.address} onBack={toLibrary} />
      ) : (
        <ErrorBoundary key="library" screen="library" onBack={() => location.reload()}>
          <LibraryScreen onOpen={open} />
        </ErrorBoundary>
      )}
      {dropping && <DropOverlay />}
      <UpdatePrompt />
      <NoticeBar />
    </>
  );
}

function NotFound({ address, onBack }: { address: string; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="not-found" data-screen="not-found">
      <h1>{t('hardening.notFoundTitle')}</h1>
      <p>{t('hardening.notFoundBody', { address: address.slice(0, 200) })}</p>
      <button type="button" className="primary" onClick={onBack}>
        {t('hardening.backToLibrary')}
      </button>
    </main>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <main className="board-screen board-screen--message">{t('library.loading')}</main>;
}

function DropOverlay() {
  const { t } = useTranslation();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <span>{t('import.dropHere')}</span>
    </div>
  );
}
