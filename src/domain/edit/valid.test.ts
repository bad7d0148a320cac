import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMap } from '../../test/fixtures';
import { cloneMap } from '../create';
import { CARD_COLORS, CHANNELS, LANE_TYPES, METRIC_TYPES } from '../lanes';
import { restoreMap } from '../migrate';
import { MAX_TITLE, type JourneyMap } from '../types';
import * as edit from './index';

/*
 * No operation can make a document the validator refuses (defect 6: "(copy)" after a
 * 500-character title made a map that could not be opened). Every edit, with hostile arguments
 * (over-long text, huge and non-finite numbers, ids that exist or do not), in random order,
 * must leave a document the boundary accepts unchanged.
 */
const long = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ minLength: 490, maxLength: 520 }), fc.constant('x'.repeat(MAX_TITLE + 30)), fc.constant(' '.repeat(600)));
const num = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.constantFrom(1e308, -1e308, Infinity, -Infinity, NaN, 1e20, 2e6, 999_999), fc.constant(null));
const pick = <T,>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

type Op = (m: JourneyMap, fresh: () => string) => JourneyMap;
const ops: fc.Arbitrary<Op>[] = [
  fc.record({ t: long }).map(({ t }) => (m) => edit.setTitle(m, { title: t })),
  fc.record({ t: long, n: num }).map(({ t, n }) => (m) => edit.updateMapInfo(m, { scenario: t, expectations: t, toleranceFloor: n ?? undefined, persona: { name: t, role: t, quote: t, color: t } })),
  fc.record({ t: long, u: long, i: fc.nat() }).map(({ t, u, i }) => (m, id) => edit.addStage(m, { stageId: id(), stepId: id(), title: t, stepTitle: u, index: i })),
  fc.record({ t: long, i: fc.nat() }).map(({ t, i }) => (m) => edit.renameStage(m, { stageId: pick(m.stages, i)!.id, title: t })),
  fc.record({ i: fc.nat(), to: fc.integer({ min: -2, max: 9 }) }).map(({ i, to }) => (m) => edit.moveStage(m, { stageId: pick(m.stages, i)!.id, toIndex: to })),
  fc.nat().map((i) => (m: JourneyMap) => edit.deleteStage(m, { stageId: pick(m.stages, i)!.id })),
  fc.record({ t: long, i: fc.nat() }).map(({ t, i }) => (m: JourneyMap, id: () => string) => edit.addStep(m, { stageId: pick(m.stages, i)!.id, stepId: id(), title: t })),
  fc.record({ t: long, n: num, i: fc.nat() }).map(({ t, n, i }) => (m: JourneyMap) => edit.updateStep(m, { stepId: pick(m.stages.flatMap((s) => s.steps), i)!.id, patch: { title: t, durationMin: n } })),
  fc.record({ n: num, i: fc.nat() }).map(({ n, i }) => (m: JourneyMap) => edit.setEmotion(m, { stepId: pick(m.stages.flatMap((s) => s.steps), i)!.id, value: n })),
  fc.record({ i: fc.nat(), j: fc.nat(), to: fc.integer({ min: -2, max: 9 }) }).map(({ i, j, to }) => (m: JourneyMap) => edit.moveStep(m, { stepId: pick(m.stages.flatMap((s) => s.steps), i)!.id, toStageId: pick(m.stages, j)!.id, toIndex: to })),
  fc.nat().map((i) => (m: JourneyMap) => edit.deleteStep(m, { stepId: pick(m.stages.flatMap((s) => s.steps), i)!.id })),
  fc.record({ t: long, type: fc.constantFrom(...LANE_TYPES) }).map(({ t, type }) => (m: JourneyMap, id: () => string) => edit.addLane(m, { laneId: id(), type, title: t })),
  fc.record({ t: long, type: fc.constantFrom(...LANE_TYPES), i: fc.nat() }).map(({ t, type, i }) => (m: JourneyMap) => edit.updateLane(m, { laneId: pick(m.lanes, i)!.id, patch: { title: t, type } })),
  fc.record({ i: fc.nat(), to: fc.integer({ min: -2, max: 9 }) }).map(({ i, to }) => (m: JourneyMap) => edit.moveLane(m, { laneId: pick(m.lanes, i)!.id, toIndex: to })),
  fc.nat().map((i) => (m: JourneyMap) => edit.deleteLane(m, { laneId: pick(m.lanes, i)!.id })),
  fc.record({ t: long, i: fc.nat(), j: fc.nat() }).map(({ t, i, j }) => (m: JourneyMap, id: () => string) => edit.addCard(m, { cardId: id(), laneId: pick(m.lanes, i)!.id, stepId: pick(m.stages.flatMap((s) => s.steps), j)!.id, text: t })),
  fc
    .record({ t: long, n: num, i: fc.nat(), c: fc.constantFrom(...CARD_COLORS, null), ch: fc.constantFrom(...CHANNELS, null), mt: fc.constantFrom(...METRIC_TYPES, null) })
    .map(({ t, n, i, c, ch, mt }) => (m: JourneyMap) => {
      const card = pick(m.cards, i);
      return card ? edit.updateCard(m, { cardId: card.id, patch: { text: t, owner: t, rootCause: t, waitMin: n, metricValue: n, sampleSize: n, color: c, channel: ch, metricType: mt, failPoint: true } }) : m;
    }),
  fc.record({ i: fc.nat(), j: fc.nat(), k: fc.nat() }).map(({ i, j, k }) => (m: JourneyMap) => {
    const card = pick(m.cards, i);
    return card ? edit.moveCard(m, { cardId: card.id, laneId: pick(m.lanes, j)!.id, stepId: pick(m.stages.flatMap((s) => s.steps), k)!.id }) : m;
  }),
  fc.nat().map((i) => (m: JourneyMap, id: () => string) => (pick(m.cards, i) ? edit.duplicateCard(m, { cardId: pick(m.cards, i)!.id, newId: id() }) : m)),
  fc.nat().map((i) => (m: JourneyMap) => (pick(m.cards, i) ? edit.deleteCard(m, { cardId: pick(m.cards, i)!.id }) : m)),
  fc.record({ i: fc.nat(), j: fc.nat(), t: long }).map(({ i, j, t }) => (m: JourneyMap, id: () => string) => {
    const a = pick(m.cards, i);
    const b = pick(m.cards, j);
    return a && b ? edit.addConnection(m, { id: id(), from: a.id, to: b.id, label: t }) : m;
  }),
  fc.record({ i: fc.nat(), t: long }).map(({ i, t }) => (m: JourneyMap) => (pick(m.connections, i) ? edit.updateConnection(m, { id: pick(m.connections, i)!.id, patch: { label: t, twoWay: true } }) : m)),
  fc.nat().map((i) => (m: JourneyMap) => (pick(m.connections, i) ? edit.reverseConnection(m, { id: pick(m.connections, i)!.id }) : m)),
  fc.nat().map((i) => (m: JourneyMap) => (pick(m.connections, i) ? edit.deleteConnection(m, { id: pick(m.connections, i)!.id }) : m)),
  fc.record({ i: fc.nat(), peak: fc.boolean() }).map(({ i, peak }) => (m: JourneyMap) => edit.setMark(m, { kind: peak ? 'peak' : 'end', stepId: pick(m.stages.flatMap((s) => s.steps), i)!.id })),
  fc.record({ t: long }).map(({ t }) => (m: JourneyMap, id: () => string) => cloneMap(m, { id: id(), title: `${t} (copy)`, ids: id, now: 1 })),
];

describe('no operation makes a document the validator refuses (defect 6)', () => {
  it('every edit, with hostile arguments, in any order (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('journey', 'blueprint'), fc.array(fc.oneof(...ops), { maxLength: 25 }), (kind, sequence) => {
        let n = 0;
        const fresh = () => `n${++n}`;
        let m = makeMap(kind as 'journey');
        for (const op of sequence) {
          m = op(m, fresh);
          const r = restoreMap(m);
          if (!r.ok) throw new Error(r.error);
          expect(r.repaired).toEqual([]);
          expect(r.map).toEqual(m);
        }
      }),
      { numRuns: 400 },
    );
  });
});
