import { db, purgeMap, trashMap, untrashMap } from '../../db';
import { MAX_TITLE, clampText, type JourneyMap, type MapKind } from '../../domain/types';
import { translate } from '../../i18n';
import { newId } from '../../store/ids';
import { announce } from '../../store/tabChannel';
import { notify } from '../../store/uiStore';
import { writeErrorMessage } from '../../ui/writeError';
import { freeImages } from '../images/gc';

/**
 * What the library does to maps that are not open. Each writes through the repository, and a
 * write that fails (a full disk above all) is said in words, never dropped: the action then
 * resolves to null.
 *
 * Making, copying and renaming a map write its Yjs document: that code (db/repo.ts) loads on
 * the first such action, not with the library (bench: initial_js_gzip_kb).
 */
const documents = () => import('../../db/repo');
const creating = () => import('../../domain/create');

const t = translate;

async function guarded<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (e) {
    notify(writeErrorMessage(e, t as never), 'error');
    return null;
  }
}

/** Adds a new map (blank, template, copy); its id, or null when it could not be stored. */
export const addMap = (map: JourneyMap): Promise<string | null> => guarded(async () => {
    const { insertMap } = await documents();
    await insertMap(db, map);
    return map.id;
  });

export async function createNewMap(kind: MapKind): Promise<string | null> {
  const { createMap } = await creating();
  const map = createMap({
    id: newId(),
    kind,
    ids: newId,
    now: Date.now(),
    labels: {
      title: t(kind === 'journey' ? 'defaults.journeyTitle' : 'defaults.blueprintTitle'),
      stage: (n) => t('defaults.stage', { n }),
      step: (n) => t('defaults.step', { n }),
      lane: (type) => t(`lanes.${type}`),
    },
  });
  return addMap(map);
}

export async function duplicateMap(id: string): Promise<string | null> {
  const { loadMap } = await documents();
  const loaded = await loadMap(db, id);
  if (!loaded.ok) {
    notify(t('notice.loadFailed', { error: loaded.error }), 'error');
    return null;
  }
  // Room for "(copy)" is made by shortening the original, so the copy's title stays valid.
  const room = MAX_TITLE - t('library.copyOf', { title: '' }).length;
  const { cloneMap } = await creating();
  const copy = cloneMap(loaded.map, { id: newId(), title: t('library.copyOf', { title: loaded.map.title.slice(0, room) }), ids: newId, now: Date.now() });
  return addMap(copy);
}

export const rename = (id: string, title: string) =>
  guarded(async () => {
    const { renameMap } = await documents();
    await renameMap(db, id, clampText(title, MAX_TITLE));
    announce('changed', id);
  });

export const restore = (id: string) => guarded(() => untrashMap(db, id));

/** Moves a map to the trash, says what went, and offers Undo (the trash also keeps it). */
export const moveToTrash = (id: string, title: string, cardCount = 0) =>
  guarded(async () => {
    await trashMap(db, id);
    announce('deleted', id);
    notify(t('deleted.map', { title, count: cardCount }), 'info', { label: t('toolbar.undo'), run: () => void restore(id) });
  });

export const deleteForever = (id: string) =>
  guarded(async () => {
    await purgeMap(db, id);
    announce('deleted', id);
    await freeImages(0); // its photos, unless another map shows them too
  });
