import { insertMap, loadMap } from '../db/repo';
import type { JourneyDB } from '../db/schema';
import { cloneMap } from '../domain/create';
import { translate } from '../i18n';
import { getDoc, resetDoc } from './docStore';
import { newId } from './ids';
import { currentSaver, useSaveStatus } from './persistence';
import { notify } from './uiStore';

/**
 * Tabs tell each other what they wrote. A tab showing a map that another tab saved reloads it
 * at once when it has nothing unsaved; with unsaved edits it stops and lets the user choose
 * (the revision check would refuse its next write anyway). Deletion is announced the same way.
 */
export type TabMessage = { type: 'saved' | 'changed' | 'deleted'; mapId: string; revision?: number; tab: string };

const TAB = typeof crypto !== 'undefined' ? crypto.randomUUID() : String(Math.random());
const channel: BroadcastChannel | null = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('journeyprint') : null;
const t = translate;

export function announce(type: TabMessage['type'], mapId: string, revision?: number): void {
  channel?.postMessage({ type, mapId, revision, tab: TAB } satisfies TabMessage);
}

/** Replaces the open document with the stored one (another tab's newer work). */
export async function loadTheirs(db: JourneyDB): Promise<boolean> {
  const doc = getDoc();
  const saver = currentSaver();
  if (!doc || !saver) return false;
  const stored = await loadMap(db, doc.id);
  if (!stored.ok) return false;
  // Rebase first: otherwise the saver would see the new document as an edit and write it back.
  saver.rebase(stored.map, stored.revision);
  resetDoc(stored.map); // the undo history belonged to the replaced version
  return true;
}

/** Saves the open document, with this tab's edits, as a new map; returns its id. */
export async function keepMineAsCopy(db: JourneyDB): Promise<string | null> {
  const doc = getDoc();
  if (!doc) return null;
  const copy = cloneMap(doc, { id: newId(), title: t('save.myCopy', { title: doc.title }), ids: newId, now: Date.now() });
  await insertMap(db, copy);
  return copy.id;
}

export function startTabSync(db: JourneyDB): () => void {
  if (!channel) return () => {};
  const onMessage = async (e: MessageEvent<TabMessage>) => {
    const msg = e.data;
    const doc = getDoc();
    const saver = currentSaver();
    if (!doc || !saver || msg.tab === TAB || msg.mapId !== doc.id) return;
    if (msg.type === 'deleted') {
      saver.stop('deleted');
      return;
    }
    if (msg.revision !== undefined && msg.revision <= saver.currentRevision) return;
    const state = useSaveStatus.getState().state;
    if (!saver.isDirty && state === 'saved') {
      if (await loadTheirs(db)) notify(t('save.updatedFromOtherTab'));
    } else if (state !== 'blocked') {
      saver.stop('conflict');
    }
  };
  channel.addEventListener('message', onMessage);
  return () => channel.removeEventListener('message', onMessage);
}
