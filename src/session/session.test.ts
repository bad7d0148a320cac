import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertMap, loadDocument, loadMap } from '../db/repo';
import { JourneyDB } from '../db/schema';
import { directWriter } from '../db/writer';
import * as edit from '../domain/edit';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { Replica } from '../sync/testing';
import { DocumentSession } from './DocumentSession';

let db: JourneyDB;
let n = 0;
beforeEach(() => {
  db = new JourneyDB(`session-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A stand-in for @hocuspocus/provider: applies what the server sends with itself as origin. */
class FakeProvider {
  destroyed = false;
  constructor(readonly doc: Y.Doc) {}
  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, this);
  }
  destroy(): void {
    this.destroyed = true;
  }
}

describe('DocumentSession.connect (the network seam)', () => {
  it('saves what arrives from the network, never undoes it, and destroys the provider on close', async () => {
    const map = makeMap();
    await insertMap(db, map);
    const loaded = await loadDocument(db, map.id);
    if (!loaded.ok) throw new Error(loaded.error);
    const session = new DocumentSession(map.id, loaded.doc, { writer: directWriter(db) });
    const provider = session.connect((doc) => new FakeProvider(doc));
    // Someone else, on the server, adds a card.
    const peer = new Replica(Y.encodeStateAsUpdate(loaded.doc));
    const sv = Y.encodeStateVector(peer.doc);
    peer.edit(edit.addCard, { cardId: 'remote', laneId: laneOf(map, 'customer'), stepId: stepIds(map)[0]!, text: 'from the workshop' });
    provider.receive(Y.encodeStateAsUpdate(peer.doc, sv));
    session.applyEdit(edit.setTitle, { title: 'mine' });
    await session.saver!.flush();
    session.undo();
    expect(session.map!.title).toBe('Test map');
    expect(session.map!.cards.map((c) => c.text)).toEqual(['from the workshop']);
    expect(session.undoManager.canUndo()).toBe(false);
    await session.close();
    expect(provider.destroyed).toBe(true);
    const stored = await loadMap(db, map.id);
    expect(stored.ok && stored.map.cards.map((c) => c.text)).toEqual(['from the workshop']);
    expect(stored.ok && stored.map.title).toBe('Test map');
  });
});
