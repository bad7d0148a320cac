import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, replyComment, setResolved, targetsOf, threadsOf, visibleComments } from '../domain/comments';
import * as edit from '../domain/edit';
import { restoreMap } from '../domain/migrate';
import { canonical } from '../domain/query';
import type { JourneyMap } from '../domain/types';
import { arbExtraFields } from '../test/arbitraries';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import { jsonEqual } from './equal';
import { Replica } from './testing';

function withCards(map: JourneyMap, n: number): JourneyMap {
  const lane = laneOf(map, 'customer');
  const steps = stepIds(map);
  let m = map;
  for (let i = 0; i < n; i++) m = edit.addCard(m, { cardId: `c${i}`, laneId: lane, stepId: steps[i % steps.length]!, text: `card ${i}` });
  return m;
}

/** A valid map: the import boundary takes it as it is, with nothing to repair. */
function expectValid(map: JourneyMap): void {
  const r = restoreMap(map);
  expect(r.ok && r.repaired).toEqual([]);
}

describe('the map as a Yjs document', () => {
  it('gives back the map it was written from', () => {
    const map = withCards(makeMap(), 12);
    const r = new Replica(map);
    expect(r.map).toEqual(canonical(map));
    expect(new Replica(r.state()).map).toEqual(canonical(map));
  });

  it('rebuilds only what an edit changed and keeps every other object', () => {
    const r = new Replica(withCards(makeMap(), 12));
    const before = r.map;
    r.edit(edit.updateCard, { cardId: 'c3', patch: { text: 'renamed' } });
    const after = r.map;
    expect(after.cards.find((c) => c.id === 'c3')!.text).toBe('renamed');
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
    expect(after.connections).toBe(before.connections);
    expect(after.persona).toBe(before.persona);
    after.cards.forEach((c, i) => (c.id === 'c3' ? expect(c).not.toBe(before.cards[i]) : expect(c).toBe(before.cards[i])));
    // A remote update that writes the same values changes nothing the views see.
    const other = new Replica(r.state());
    other.edit(edit.setTitle, { title: 'Another title' });
    r.pull(other);
    expect(r.map.cards).toBe(after.cards);
    expect(r.map.stages).toBe(after.stages);
  });

  it('writes only the fields that changed', () => {
    const r = new Replica(withCards(makeMap(), 200));
    const sv = Y.encodeStateVector(r.doc);
    r.edit(edit.updateCard, { cardId: 'c7', patch: { failPoint: true } });
    expect(Y.encodeStateAsUpdate(r.doc, sv).length).toBeLessThan(80);
  });

  it('keeps both of two concurrent moves, and both concurrent field edits of one card', () => {
    const a = new Replica(withCards(makeMap(), 4));
    const b = new Replica(a.state());
    const lanes = a.map.lanes.map((l) => l.id);
    a.edit(edit.moveLane, { laneId: lanes[0]!, toIndex: 4 });
    b.edit(edit.moveLane, { laneId: lanes[1]!, toIndex: 0 });
    a.edit(edit.updateCard, { cardId: 'c1', patch: { text: 'from a' } });
    b.edit(edit.updateCard, { cardId: 'c1', patch: { color: 'red' } });
    a.pull(b);
    b.pull(a);
    expect(a.map).toEqual(b.map);
    const order = a.map.lanes.map((l) => l.id);
    expect(order[0]).toBe(lanes[1]);
    expect(order.at(-1)).toBe(lanes[0]);
    expect(a.map.cards.find((c) => c.id === 'c1')).toMatchObject({ text: 'from a', color: 'red' });
  });

  it('never shows what a hostile or buggy peer wrote', () => {
    const r = new Replica(withCards(edit.addStage(makeMap(), { stageId: 'st2', title: 'Two', stepId: 'sp2', stepTitle: 'x', index: 1 }), 24));
    const stage0 = new Set(r.map.stages[0]!.steps.map((s) => s.id));
    const safe = r.map.cards.filter((c) => !stage0.has(c.stepId)).map((c) => c.id);
    const evil = new Replica(r.state());
    evil.doc.transact(() => {
      (evil.doc.getMap('cards').get(safe[0]!) as Y.Map<unknown>).set('text', 5);
      (evil.doc.getMap('cards').get(safe[1]!) as Y.Map<unknown>).set('color', 'not-a-colour');
      (evil.doc.getMap('lanes').get(r.map.lanes[0]!.id) as Y.Map<unknown>).set('type', 'bogus');
      evil.doc.getMap('map').set('title', 42);
      evil.doc.getMap('map').set('toleranceFloor', Infinity);
      evil.doc.getMap('steps').set('x', 'not a record');
      for (const s of r.map.stages[0]!.steps) evil.doc.getMap('steps').delete(s.id);
      evil.doc.getMap('connections').set('k', new Y.Map<unknown>([['from', safe[2]!], ['to', 'nowhere']]));
    });
    r.pull(evil);
    const map = r.map;
    expectValid(map);
    expect(map.title).toBe('Test map');
    expect(map.cards.find((c) => c.id === safe[0])).toBeUndefined();
    expect(map.cards.find((c) => c.id === safe[1])!.color).toBeNull();
    expect(map.stages.every((s) => s.steps.length > 0)).toBe(true);
    expect(map.connections).toEqual([]);
  });

  it('keeps a map valid when everyone deletes every stage at once', () => {
    const a = new Replica(makeMap());
    const b = new Replica(a.state());
    const [s1, s2] = a.map.stages.map((s) => s.id);
    for (const id of a.map.stages.map((s) => s.id).filter((id) => id !== s1)) a.edit(edit.deleteStage, { stageId: id });
    for (const id of b.map.stages.map((s) => s.id).filter((id) => id !== s2)) b.edit(edit.deleteStage, { stageId: id });
    a.pull(b);
    b.pull(a);
    expectValid(a.map);
    expect(a.map).toEqual(b.map);
  });
});

const extra = arbExtraFields();

describe('saving derives what changed from the data', () => {
  it('saves and restores every field, known or not, through any edit sequence', () => {
    fc.assert(
      fc.property(extra, extra, extra, extra, fc.array(opArb, { maxLength: 25 }), (rootX, cardX, stepX, laneX, ops) => {
        let map = withCards(makeMap(), 6);
        map = { ...map, ...rootX, persona: { ...map.persona, ...rootX } } as JourneyMap;
        map = { ...map, cards: map.cards.map((c, i) => (i % 2 ? { ...c, ...cardX } : c)), lanes: map.lanes.map((l) => ({ ...l, ...laneX })) };
        map = { ...map, stages: map.stages.map((s) => ({ ...s, ...stepX, steps: s.steps.map((st) => ({ ...st, ...stepX })) })) };
        const r = new Replica(map);
        let expected = canonical(map);
        ops.forEach((op, i) => {
          const next = applyOp(r.map, op, `r${i}`);
          if (!next) return;
          r.edit(() => next, null);
          expected = canonical(shown(next));
        });
        const restored = new Replica(r.state()).map;
        expect(jsonEqual(restored, expected)).toBe(true);
        expect(jsonEqual(r.map, expected)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

const people = [
  { id: 'person-a', name: 'Ann', color: '#1971c2' },
  { id: 'person-b', name: '小李', color: '#2f9e44' },
];

/** What a snapshot shows of a map: comments whose card, step or stage is gone stay in the document, hidden. */
function shown(map: JourneyMap): JourneyMap {
  if (!map.comments) return map;
  const comments = visibleComments(map.comments, targetsOf(map));
  const { comments: _all, ...rest } = map;
  return (comments.length ? { ...rest, comments } : rest) as JourneyMap;
}

type Op = { kind: number; a: number; b: number; c: number };
const opArb = fc.record({ kind: fc.nat(16), a: fc.nat(50), b: fc.nat(50), c: fc.nat(50) });

/** One random edit, resolved against the map it is applied to; null when it does not apply. */
function applyOp(map: JourneyMap, op: Op, id: string): JourneyMap | null {
  const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
  const steps = stepIds(map);
  const cardLanes = map.lanes.filter((l) => l.type !== 'emotion');
  const card = pick(map.cards, op.a);
  const lane = pick(cardLanes, op.b);
  const step = pick(steps, op.c);
  const stage = pick(map.stages, op.a);
  switch (op.kind) {
    case 0:
    case 1:
      return lane && step ? edit.addCard(map, { cardId: `card-${id}`, laneId: lane.id, stepId: step, text: `text ${id}`, index: op.a % 3 }) : null;
    case 2:
      return card ? edit.updateCard(map, { cardId: card.id, patch: { text: `edited ${id}`, failPoint: op.b % 2 === 0 } }) : null;
    case 3:
      return card && lane && step ? edit.moveCard(map, { cardId: card.id, laneId: lane.id, stepId: step, index: op.a % 3 }) : null;
    case 4:
      return card ? edit.deleteCard(map, { cardId: card.id }) : null;
    case 5: {
      const to = pick(map.cards, op.b);
      return card && to ? edit.addConnection(map, { id: `conn-${id}`, from: card.id, to: to.id }) : null;
    }
    case 6:
      return stage ? edit.moveStage(map, { stageId: stage.id, toIndex: op.b % map.stages.length }) : null;
    case 7:
      return step ? edit.addStep(map, { stageId: stage!.id, stepId: `step-${id}`, title: `step ${id}`, index: op.b % 3 }) : null;
    case 8:
      return step && map.stages.length ? edit.moveStep(map, { stepId: step, toStageId: pick(map.stages, op.b)!.id, toIndex: op.a % 3 }) : null;
    case 9:
      return step && steps.length > 1 ? edit.deleteStep(map, { stepId: step }) : null;
    case 10:
      return lane ? edit.moveLane(map, { laneId: lane.id, toIndex: op.c % map.lanes.length }) : null;
    case 11:
      return step ? edit.setEmotion(map, { stepId: step, value: (op.b % 7) - 3 }) : null;
    case 12:
      return edit.addStage(map, { stageId: `stage-${id}`, title: `stage ${id}`, stepId: `sstep-${id}`, stepTitle: 's', index: op.a % 4 });
    case 14:
      return card ? addComment(map, { id: `comment-${id}`, target: { kind: 'card', id: card.id }, text: `on ${id}`, author: people[op.b % 2]!, now: op.c }) : null;
    case 15: {
      const root = pick(threadsOf(map), op.b)?.root;
      return root ? replyComment(map, { id: `reply-${id}`, parentId: root.id, text: `re ${id}`, author: people[op.a % 2]!, now: op.c }) : null;
    }
    case 16: {
      const root = pick(threadsOf(map), op.a)?.root;
      return root ? setResolved(map, { id: root.id, resolved: op.b % 2 === 0 }) : null;
    }
    default:
      return step ? edit.setMark(map, { kind: 'peak', stepId: step }) : null;
  }
}

describe('concurrent editing', () => {
  it('converges: 2–3 documents editing at random, updates exchanged in any order, end as the same valid map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.record({ who: fc.nat(2), op: opArb, sync: fc.nat(5) }), { maxLength: 40 }),
        (n, script) => {
          const first = new Replica(withCards(makeMap(), 8));
          const replicas = [first, ...Array.from({ length: n - 1 }, () => new Replica(first.state()))];
          script.forEach(({ who, op, sync }, i) => {
            const r = replicas[who % n]!;
            const next = applyOp(r.map, op, `${who % n}-${i}`);
            if (next) r.edit(() => next, null);
            if (sync === 0) replicas[(who + 1) % n]!.pull(r); // partial syncs along the way
          });
          for (const r of replicas) for (const other of replicas) r.pull(other);
          for (const r of replicas) {
            expectValid(r.map);
            expect(jsonEqual(r.map, replicas[0]!.map)).toBe(true);
            // A fresh load of the merged state shows the same.
            expect(jsonEqual(new Replica(r.state()).map, r.map)).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
