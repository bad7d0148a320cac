import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { db } from './db';
import './i18n';
import { currentSaver, useSaveStatus } from './store/persistence';
import './styles.css';

// Flush pending writes when the page may go away (tab closed, app switched, navigation).
const flush = () => void currentSaver()?.flush();
window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});

// Another tab opened a newer schema: this tab must stop writing (DESIGN.md §2).
db.on('versionchange', () => {
  db.close();
  currentSaver()?.stop('blocked');
  useSaveStatus.setState({ state: 'blocked' });
  return false;
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
