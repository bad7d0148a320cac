import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { InFlight, touchedRoots } from '../src/sync/touches.ts';

/** The server's copy and a participant's copy of one document, in sync. */
function pair() {
  const server = new Y.Doc();
  const participant = new Y.Doc();
  participant.transact(() => {
    participant.getMap('steps').set('s1', new Y.Map([['title', 'Arrive']]));
    participant.getMap('cards').set('c1', new Y.Map([['text', 'Queue']]));
    participant.getMap('workshop').set('structureLocked', false);
  });
  Y.applyUpdate(server, Y.encodeStateAsUpdate(participant));
  return { server, participant };
}

/**
 * The update one change of the participant's makes, and what it touches on the server; then the
 * server applies it, as it would once accepted (unless `inFlight` is given: still on its way).
 */
function touches(server: Y.Doc, participant: Y.Doc, change: () => void, inFlight?: InFlight) {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  participant.on('update', record);
  participant.transact(change);
  participant.off('update', record);
  const { roots, unknown } = touchedRoots(server, Y.decodeUpdate(updates[0]!), inFlight ?? new InFlight());
  if (!inFlight) Y.applyUpdate(server, updates[0]!);
  return { roots: [...roots].sort(), unknown, update: updates[0]! };
}

describe('touchedRoots: which top-level types an update changes, without applying it', () => {
  it('finds the collection of a record field edit, an overwrite, a new record and a deletion', () => {
    const { server, participant } = pair();
    const steps = participant.getMap<Y.Map<unknown>>('steps');
    const cards = participant.getMap<Y.Map<unknown>>('cards');
    expect(touches(server, participant, () => cards.get('c1')!.set('text', 'Long queue')).roots).toEqual(['cards']);
    expect(touches(server, participant, () => steps.get('s1')!.set('title', 'Walk in')).roots).toEqual(['steps']);
    expect(touches(server, participant, () => steps.set('s2', new Y.Map([['title', 'Pay']]))).roots).toEqual(['steps']);
    expect(touches(server, participant, () => steps.delete('s1')).roots).toEqual(['steps']);
    expect(touches(server, participant, () => participant.getMap('workshop').set('structureLocked', true)).roots).toEqual(['workshop']);
    expect(touches(server, participant, () => {
      cards.get('c1')!.set('text', 'both');
      participant.getMap('workshop').delete('structureLocked');
    }).roots).toEqual(['cards', 'workshop']);
  });

  it('resolves content still on its way in (in flight), and flags content nobody has seen', () => {
    const { server, participant } = pair();
    const cards = participant.getMap<Y.Map<unknown>>('cards');
    const inFlight = new InFlight();
    // The first update is accepted but not applied yet; the second builds on it.
    const first = touches(server, participant, () => cards.set('c2', new Y.Map()), inFlight);
    const decoded = Y.decodeUpdate(first.update);
    inFlight.add(server, touchedRoots(server, decoded, new InFlight()).own);
    const second = touches(server, participant, () => cards.get('c2')!.set('text', 'new'), inFlight);
    expect(second).toMatchObject({ roots: ['cards'], unknown: false });
    // Without the first anywhere, the second refers to content the server has never seen.
    const blind = touches(server, participant, () => cards.get('c2')!.set('text', 'newer'), new InFlight());
    expect(blind.unknown).toBe(true);
  });
});
