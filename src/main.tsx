import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { db } from './db';
import './i18n';
import { currentSaver, useSaveStatus } from './store/saveStatus';
import { commitDrafts } from './ui/drafts';
import './styles.css';
import { installTheme } from './ui/theme';

installTheme();

// The page may be going away (tab closed, app switched, navigation): make sure what is not yet
// on disk gets written, from this thread as well as the saving worker.
const flushOnExit = () => currentSaver()?.flushOnExit(db.isOpen() ? db.backendDB() : null);
window.addEventListener('pagehide', () => {
  // What is typed but not yet committed (an open card editor, an inspector field) first.
  commitDrafts();
  flushOnExit();
});
// beforeunload comes earlier when a tab or window is closed: the drafts' write starts sooner.
window.addEventListener('beforeunload', () => {
  commitDrafts();
  flushOnExit();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushOnExit();
});

// Another tab opened a newer schema: this tab must stop writing (DESIGN.md §2).
db.on('versionchange', () => {
  db.close();
  currentSaver()?.stop('blocked');
  useSaveStatus.setState({ state: 'blocked', detail: '' });
  return false;
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
