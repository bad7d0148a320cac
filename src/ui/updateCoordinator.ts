import { currentSaver, useSaveStatus } from '../store/saveStatus';
import { commitDrafts, hasDirtyDrafts } from './drafts';

/**
 * A new version replaces the service worker for every tab at once, and each tab then reloads.
 * So Update first asks every tab to commit its drafts and save (over a BroadcastChannel); only
 * when every tab that answers says its work is on disk does the new version take over. A tab
 * that gets the new version while it still has unsaved work does not reload: it says so and
 * waits for its user. No tab is ever reloaded over work it could not save.
 */
const CHANNEL = 'journeyprint-update';
type Message = { type: 'prepare'; id: string } | { type: 'ready'; id: string; ok: boolean };

/** Commits drafts and waits for the save; true when everything in this tab is on disk. */
export async function saveEverything(): Promise<boolean> {
  commitDrafts();
  const saver = currentSaver();
  if (!saver) return true; // no map open: the library writes at once
  await saver.flush();
  return useSaveStatus.getState().state === 'saved';
}

/** True when reloading this tab now would lose nothing. */
export const nothingUnsaved = (): boolean => !hasDirtyDrafts() && (!currentSaver() || useSaveStatus.getState().state === 'saved');

let channel: BroadcastChannel | null = null;
/** Answers other tabs' "prepare to update" (from app start, so every open tab takes part). */
export function listenForUpdates(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data?.type !== 'prepare') return;
    const { id } = e.data;
    void saveEverything().then((ok) => channel?.postMessage({ type: 'ready', id, ok } satisfies Message));
  };
}

export type Readiness = 'ready' | 'unsaved-here' | 'unsaved-elsewhere';

/** Asks every tab to save; resolves when all that answered within `waitMs` did. */
export async function prepareUpdate(waitMs = 2000): Promise<Readiness> {
  if (!(await saveEverything())) return 'unsaved-here';
  if (typeof BroadcastChannel === 'undefined') return 'ready';
  const id = `${Date.now()}-${Math.random()}`;
  const ask = new BroadcastChannel(CHANNEL);
  const answers: boolean[] = [];
  await new Promise<void>((resolve) => {
    ask.onmessage = (e: MessageEvent<Message>) => {
      if (e.data?.type === 'ready' && e.data.id === id) answers.push(e.data.ok);
    };
    ask.postMessage({ type: 'prepare', id } satisfies Message);
    setTimeout(resolve, waitMs);
  });
  ask.close();
  return answers.every(Boolean) ? 'ready' : 'unsaved-elsewhere';
}
