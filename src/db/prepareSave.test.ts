import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as edit from '../domain/edit';
import type { JourneyMap } from '../domain/types';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { diffCards } from './diff';
import { prepareSave } from './repo';
import type { PreparedSave } from './write';

/** What the database holds, as the saves leave it: card rows by id, the map row, the doc row. */
type Stored = { cards: Map<string, unknown>; meta: unknown; doc: unknown };

function apply(stored: Stored, save: PreparedSave): void {
  for (const row of save.put) stored.cards.set(row.id, row);
  for (const [, id] of save.remove) stored.cards.delete(id);
  stored.meta = save.meta;
  if (save.doc) stored.doc = save.doc;
}

function expected(map: JourneyMap): Stored {
  const full = prepareSave(null, map);
  return { cards: new Map(full.put.map((r) => [r.id, r])), meta: full.meta, doc: full.doc };
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), lane: fc.nat(5), step: fc.nat(5), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), lane: fc.nat(5), step: fc.nat(5), index: fc.nat(3) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('emotion' as const), step: fc.nat(5), value: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ kind: fc.constant('connect' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('title' as const), text: fc.string({ minLength: 1, maxLength: 8 }) }),
);

describe('prepareSave', () => {
  it('after any sequence of edits, the saved rows are exactly the document', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let map = makeMap();
        const lanes = map.lanes.filter((l) => l.type !== 'emotion').map((l) => l.id);
        const steps = stepIds(map);
        const stored = expected(map);
        let n = 0;
        for (const o of ops) {
          const ids = map.cards.map((c) => c.id);
          const pick = (i: number) => ids[i % Math.max(1, ids.length)] ?? 'none';
          const prev = map;
          if (o.kind === 'add') map = edit.addCard(map, { cardId: `n${++n}`, laneId: lanes[o.lane % lanes.length]!, stepId: steps[o.step % steps.length]!, text: o.text });
          if (o.kind === 'update') map = edit.updateCard(map, { cardId: pick(o.pick), patch: { text: o.text } });
          if (o.kind === 'move') map = edit.moveCard(map, { cardId: pick(o.pick), laneId: lanes[o.lane % lanes.length]!, stepId: steps[o.step % steps.length]!, index: o.index });
          if (o.kind === 'delete') map = edit.deleteCard(map, { cardId: pick(o.pick) });
          if (o.kind === 'duplicate') map = edit.duplicateCard(map, { cardId: pick(o.pick), newId: `n${++n}` });
          if (o.kind === 'emotion') map = edit.setEmotion(map, { stepId: steps[o.step % steps.length]!, value: o.value });
          if (o.kind === 'connect') map = edit.addConnection(map, { id: `k${++n}`, from: pick(o.a), to: pick(o.b) });
          if (o.kind === 'title') map = edit.setTitle(map, { title: o.text });
          apply(stored, prepareSave(prev, map));
          expect(stored).toEqual(expected(map));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a card edit writes that card and the small map row, not the structure', () => {
    const map = makeMap();
    const withCard = edit.addCard(map, { cardId: 'a', laneId: laneOf(map, 'customer'), stepId: stepIds(map)[0]!, text: '打电话' });
    const save = prepareSave(withCard, edit.updateCard(withCard, { cardId: 'a', patch: { text: '打电话给客服' } }));
    expect(save.put.map((c) => c.text)).toEqual(['打电话给客服']);
    expect(save.doc).toBeNull();
    expect(Object.keys(save.meta).sort()).toEqual(['cardCount', 'createdAt', 'deletedAt', 'id', 'kind', 'title']);
    expect(prepareSave(withCard, edit.setEmotion(withCard, { stepId: stepIds(map)[0]!, value: 2 })).doc).not.toBeNull();
  });

  it('finds reordered, added and removed cards', () => {
    const map = makeMap();
    const lane = laneOf(map, 'customer');
    const [s1] = stepIds(map);
    let m = map;
    for (const id of ['a', 'b', 'c']) m = edit.addCard(m, { cardId: id, laneId: lane, stepId: s1!, text: id });
    const reordered = { ...m, cards: [m.cards[2]!, m.cards[0]!, m.cards[1]!] };
    expect(diffCards(m, reordered)).toEqual({ put: [], remove: [] });
    const swapped = { ...m, cards: [m.cards[0]!, m.cards[2]!] };
    expect(diffCards(m, swapped)).toEqual({ put: [], remove: ['b'] });
  });
});
