import { db, insertMap, loadMap, purgeMap, renameMap, trashMap, untrashMap } from '../../db';
import { cloneMap, createMap } from '../../domain/create';
import type { MapKind } from '../../domain/types';
import { translate } from '../../i18n';
import { newId } from '../../store/ids';
import { announce } from '../../store/tabSync';
import { notify } from '../../store/uiStore';

/** What the library does to maps that are not open. Each writes through the repository. */

const t = translate;

export async function createNewMap(kind: MapKind): Promise<string> {
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
  await insertMap(db, map);
  return map.id;
}

export async function duplicateMap(id: string): Promise<string | null> {
  const loaded = await loadMap(db, id);
  if (!loaded.ok) {
    notify(t('notice.loadFailed', { error: loaded.error }), 'error');
    return null;
  }
  const copy = cloneMap(loaded.map, { id: newId(), title: t('library.copyOf', { title: loaded.map.title }), ids: newId, now: Date.now() });
  await insertMap(db, copy);
  return copy.id;
}

export async function rename(id: string, title: string): Promise<void> {
  await renameMap(db, id, title);
  announce('changed', id);
}

export async function moveToTrash(id: string, title: string): Promise<void> {
  await trashMap(db, id);
  announce('deleted', id);
  notify(t('library.movedToTrash', { title }));
}

export const restore = (id: string) => untrashMap(db, id);
export async function deleteForever(id: string): Promise<void> {
  await purgeMap(db, id);
  announce('deleted', id);
}
