import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, lastExports, listMaps } from '../../db';
import { notify } from '../../store/uiStore';
import { downloadBackup, restoreBackupFile } from './backup';
import type { MapKind } from '../../domain/types';
import { LanguageSelect } from '../../ui/LanguageSelect';
import * as lib from './libraryActions';
import { MapRowView } from './MapRowView';
import { PersonaLibrary } from './PersonaLibrary';
import { useStorageState } from './useStorageState';
import { ImageStorage } from '../images/ImageStorage';

// Loaded when opened: the templates' content (six cases in three languages) and the importers.
const ImportDialog = lazy(() => import('../export/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const TemplateDialog = lazy(() => import('./TemplateDialog').then((m) => ({ default: m.TemplateDialog })));

/** The start screen: every map, newest first, with search, new, rename, duplicate and trash. */
export function LibraryScreen({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const maps = useLiveQuery(() => listMaps(db), []);
  const exports = useLiveQuery(() => lastExports(db), []);
  const restoreInput = useRef<HTMLInputElement>(null);
  const restoreId = useId();
  const storage = useStorageState();
  const [query, setQuery] = useState('');
  const [showTrash, setShowTrash] = useState(false);
  const [importing, setImporting] = useState(false);
  const [picking, setPicking] = useState(false);

  const create = async (kind: MapKind) => {
    const id = await lib.createNewMap(kind);
    if (id) onOpen(id);
  };
  const q = query.trim().toLowerCase();
  const trashed = maps?.filter((m) => m.deletedAt !== null) ?? [];
  const visible = (showTrash ? trashed : (maps ?? []).filter((m) => m.deletedAt === null)).filter((m) => !q || m.title.toLowerCase().includes(q));

  return (
    <div className="library">
      <header className="library__header">
        <h1>{t('app.name')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        <span className="toolbar__spacer" />
        <LanguageSelect />
      </header>
      <main className="library__main">
        <div className="library__actions">
          <button type="button" className="primary" onClick={() => void create('journey')}>
            {t('library.newJourney')}
          </button>
          <button type="button" className="primary" onClick={() => void create('blueprint')}>
            {t('library.newBlueprint')}
          </button>
          <button type="button" aria-haspopup="dialog" onClick={() => setPicking(true)}>
            {t('templates.button')}
          </button>
          <button type="button" aria-haspopup="dialog" onClick={() => setImporting(true)}>
            {t('import.button')}
          </button>
          <input type="search" className="library__search" aria-label={t('library.search')} placeholder={t('library.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
          <button type="button" onClick={() => void downloadBackup(t).then((r) => notify(r.message, r.complete ? 'info' : 'error'))}>
            {t('library.downloadBackup')}
          </button>
          <button type="button" onClick={() => restoreInput.current?.click()}>
            {t('library.restoreBackup')}
          </button>
          <input
            id={restoreId}
            ref={restoreInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            aria-label={t('library.restoreBackupFile')}
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void restoreBackupFile(file, t).then((r) => notify(r.message, r.ok ? 'info' : 'error'));
            }}
          />
          <button type="button" aria-pressed={showTrash} onClick={() => setShowTrash((v) => !v)}>
            {showTrash ? t('library.backToMaps') : t('library.trash', { count: trashed.length })}
          </button>
        </div>
        <h2>{showTrash ? t('library.trashHeading') : t('library.heading')}</h2>
        {maps === undefined ? (
          <p>{t('library.loading')}</p>
        ) : visible.length === 0 && !q && !showTrash ? (
          <section className="empty-state" aria-labelledby="empty-state-title">
            <h3 id="empty-state-title">{t('guide.libraryTitle')}</h3>
            <p>{t('library.empty')}</p>
            <p className="muted">{t('guide.library')}</p>
          </section>
        ) : visible.length === 0 ? (
          <p className="muted">{q ? t('library.noMatches', { query }) : t('library.trashEmpty')}</p>
        ) : (
          <table className="library__table">
            <thead>
              <tr>
                <th scope="col">{t('library.colTitle')}</th>
                <th scope="col">{t('library.colKind')}</th>
                <th scope="col">{showTrash ? t('library.deletedOn') : t('library.colEdited')}</th>
                <th scope="col">{t('library.colCards')}</th>
                <th scope="col">{t('library.colExported')}</th>
                <th scope="col">{t('library.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((m) => (
                <MapRowView key={m.id} map={m} inTrash={showTrash} onOpen={onOpen} exportedAt={exports?.get(m.id) ?? null} />
              ))}
            </tbody>
          </table>
        )}
        <PersonaLibrary />
        <p className="storage-state" data-state={storage}>
          {t(`storage.${storage}`)}
        </p>
        <ImageStorage />
        <Suspense fallback={null}>
          {importing && <ImportDialog onClose={() => setImporting(false)} onImported={onOpen} />}
          {picking && <TemplateDialog onClose={() => setPicking(false)} onCreated={onOpen} />}
        </Suspense>
      </main>
    </div>
  );
}
