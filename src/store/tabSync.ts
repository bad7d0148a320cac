import * as Y from 'yjs';
import { insertMap } from '../db/repo';
import type { JourneyDB } from '../db/schema';
import { cloneMap } from '../domain/create';
import { translate } from '../i18n';
import { getDoc } from './docStore';
import { newId } from './ids';
import { currentSaver } from './persistence';
import { currentSession } from './docStore';
import { announce, channel, TAB, type TabMessage } from './tabChannel';

/** Hears what other tabs announce (tabChannel.ts) about the map this tab has open. */
export { announce, type TabMessage };

const t = translate;

/** Saves the open document, with this tab's edits, as a new map; returns its id. */
export async function keepMineAsCopy(db: JourneyDB): Promise<string | null> {
  const doc = getDoc();
  if (!doc) return null;
  const copy = cloneMap(doc, { id: newId(), title: t('save.myCopy', { title: doc.title }), ids: newId, now: Date.now() });
  await insertMap(db, copy);
  return copy.id;
}

/** Merges what is stored for the open map (idempotent: updates already applied change nothing). */
async function mergeStored(db: JourneyDB, mapId: string): Promise<void> {
  const rows = await db.updates.where('mapId').equals(mapId).toArray();
  const session = currentSession();
  if (rows.length && session?.mapId === mapId) session.applyStored(Y.mergeUpdates(rows.map((r) => r.update)));
}

export function startTabSync(db: JourneyDB): () => void {
  const heard = channel;
  if (!heard) return () => {};
  const onMessage = (e: MessageEvent<TabMessage>) => {
    const msg = e.data;
    const session = currentSession();
    if (!session || msg.tab === TAB || msg.mapId !== session.mapId) return;
    if (msg.type === 'deleted') currentSaver()?.stop('deleted');
    else void mergeStored(db, msg.mapId).catch((error) => console.error('Journeyprint: could not read another tab’s changes', error));
  };
  heard.addEventListener('message', onMessage);
  return () => heard.removeEventListener('message', onMessage);
}
