import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newRound, tally } from '../../domain/workshop';
import { STRUCTURE_LOCK_KEY, WORKSHOP_MAP } from '../../sync/protocol';
import { deleteDots, readDots, readWorkshop, staleDots, writeDot, writeWorkshop } from './workshopDoc';

/** Brings every doc up to date with every other (what the server and tab sync do). */
function syncAll(docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
}

function fork(doc: Y.Doc, n: number): Y.Doc[] {
  return Array.from({ length: n }, () => {
    const d = new Y.Doc();
    Y.applyUpdate(d, Y.encodeStateAsUpdate(doc));
    return d;
  });
}

const round = newRound({ id: 'r1', cards: ['a', 'b', 'c', 'd'], dotsPerPerson: 3, now: 0 });

describe('workshop state in the document', () => {
  it('reads what the facilitator wrote, and a bad value as not set', () => {
    const doc = new Y.Doc();
    writeWorkshop(doc, 'vote', round, 'me');
    writeWorkshop(doc, 'structureLocked', true, 'me');
    const state = readWorkshop(doc);
    expect(state.vote).toEqual(round);
    expect(state.structureLocked).toBe(true);
    expect(doc.getMap(WORKSHOP_MAP).get(STRUCTURE_LOCK_KEY)).toBe(true);
    doc.getMap(WORKSHOP_MAP).set('timer', { durationMs: 'soon' });
    doc.getMap(WORKSHOP_MAP).set(STRUCTURE_LOCK_KEY, 'yes');
    expect(readWorkshop(doc)).toMatchObject({ timer: null, structureLocked: false, vote: round });
    // Unchanged settings keep their objects (selectors on them stay asleep).
    expect(readWorkshop(doc, state).vote).toBe(state.vote);
  });

  it('keeps every voter’s dots when people vote at the same moment', () => {
    const [a, b, c] = fork(new Y.Doc(), 3) as [Y.Doc, Y.Doc, Y.Doc];
    writeDot(a, { id: 'a1', voter: 'ann', card: 'a', round: 'r1', at: 1 }, 'x');
    writeDot(b, { id: 'b1', voter: 'bo', card: 'a', round: 'r1', at: 1 }, 'x');
    writeDot(c, { id: 'c1', voter: 'cy', card: 'b', round: 'r1', at: 1 }, 'x');
    syncAll([a, b, c]);
    for (const d of [a, b, c]) expect(Object.fromEntries(tally(round, readDots(d)).totals)).toEqual({ a: 2, b: 1 });
  });

  it('one person racing dots from several tabs never gets more than the limit, and every copy agrees which count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ tab: fc.integer({ min: 0, max: 2 }), card: fc.constantFrom('a', 'b', 'c', 'd', 'x'), at: fc.integer({ min: 0, max: 50 }), voter: fc.constantFrom('p', 'q') }), { maxLength: 30 }),
        fc.boolean(),
        (moves, multiple) => {
          const r = { ...round, multiple };
          const docs = fork(new Y.Doc(), 3);
          moves.forEach((m, i) => writeDot(docs[m.tab]!, { id: `d${i}`, voter: m.voter, card: m.card, round: 'r1', at: m.at }, 'x'));
          syncAll(docs);
          const tallies = docs.map((d) => tally(r, readDots(d)));
          for (const t of tallies) {
            expect([...t.counted].sort()).toEqual([...tallies[0]!.counted].sort());
            for (const n of t.perVoter.values()) expect(n).toBeLessThanOrEqual(r.dotsPerPerson);
            expect([...t.totals.values()].reduce((s, n) => s + n, 0)).toBe(t.counted.size);
          }
        },
      ),
    );
  });

  it('a new round clears the old round’s dots; a removed dot stays removed after merging', () => {
    const [a, b] = fork(new Y.Doc(), 2) as [Y.Doc, Y.Doc];
    writeDot(a, { id: 'old', voter: 'p', card: 'a', round: 'r0', at: 1 }, 'x');
    writeDot(a, { id: 'new', voter: 'p', card: 'a', round: 'r1', at: 1 }, 'x');
    syncAll([a, b]);
    expect(staleDots(b, 'r1')).toEqual(['old']);
    deleteDots(b, ['old'], 'x');
    writeDot(a, { id: 'more', voter: 'q', card: 'b', round: 'r1', at: 2 }, 'x');
    syncAll([a, b]);
    expect(readDots(a).map((d) => d.id).sort()).toEqual(['more', 'new']);
    expect(readDots(b).map((d) => d.id).sort()).toEqual(['more', 'new']);
  });
});
