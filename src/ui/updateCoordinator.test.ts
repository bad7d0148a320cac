import { afterEach, describe, expect, it } from 'vitest';
import { JourneyDB } from '../db/schema';
import { insertMap, trashMap } from '../db/repo';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as actions from '../store/actions';
import { closeSession, openSession } from '../store/persistence';
import { commitDrafts, registerDraft } from './drafts';
import { listenForUpdates, nothingUnsaved, prepareUpdate, saveEverything } from './updateCoordinator';

/** Another tab, answering "prepare to update" as it is told. */
function otherTab(ok: boolean) {
  const ch = new BroadcastChannel('journeyprint-update');
  ch.onmessage = (e: MessageEvent<{ type: string; id: string }>) => {
    if (e.data.type === 'prepare') ch.postMessage({ type: 'ready', id: e.data.id, ok });
  };
  return () => ch.close();
}

const cleanups: (() => void)[] = [];
afterEach(async () => {
  cleanups.splice(0).forEach((c) => c());
  await closeSession();
});

describe('Update never reloads a tab over unsaved work (defect 4)', () => {
  it('goes ahead only when every tab says its work is saved', async () => {
    cleanups.push(otherTab(true));
    expect(await prepareUpdate(300)).toBe('ready');
    cleanups.push(otherTab(false));
    expect(await prepareUpdate(300)).toBe('unsaved-elsewhere');
  });

  it('a tab that cannot save (its map deleted elsewhere: its edits kept in memory) says no, and is not reloadable', async () => {
    const db = new JourneyDB(`update-${Date.now()}`);
    const map = makeMap();
    await insertMap(db, map);
    await openSession(db, map.id);
    // Another tab moved the map to the trash: this tab's next save is refused, its edit stays in memory.
    await trashMap(db, map.id);
    actions.addCard(laneOf(map, 'customer'), stepIds(map)[0]!, 'kept only here');
    expect(await saveEverything()).toBe(false);
    expect(nothingUnsaved()).toBe(false);
    expect(await prepareUpdate(300)).toBe('unsaved-here');
    db.close();
  });

  it('answers other tabs after committing its drafts; a dirty draft blocks a reload', async () => {
    let committed = false;
    let dirty = true;
    cleanups.push(
      registerDraft(
        () => {
          committed = true;
          dirty = false;
        },
        () => dirty,
      ),
    );
    expect(nothingUnsaved()).toBe(false);
    listenForUpdates();
    // This process is "another tab" to a second channel: its answer comes back over the channel.
    const answer = await new Promise<boolean>((resolve) => {
      const ch = new BroadcastChannel('journeyprint-update');
      ch.onmessage = (e: MessageEvent<{ type: string; ok: boolean }>) => {
        if (e.data.type !== 'ready') return;
        ch.close();
        resolve(e.data.ok);
      };
      ch.postMessage({ type: 'prepare', id: 'x' });
    });
    expect(answer).toBe(true);
    expect(committed).toBe(true);
    expect(nothingUnsaved()).toBe(true);
    commitDrafts();
  });
});
