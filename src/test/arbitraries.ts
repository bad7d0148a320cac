import fc from 'fast-check';
import { CARD_COLORS, CHANNELS, LANE_TYPES, LANES, METRIC_TYPES, laneHasField } from '../domain/lanes';
import { restoreMap } from '../domain/migrate';
import { SCHEMA_VERSION, type Card, type JourneyMap } from '../domain/types';

/** Characters that break formats: separators, quotes, formula starters, comment marks, CJK, line ends. */
const HOSTILE = ['a', 'Z', '中', '文', '繁', ' ', ' ', '%', '%%', ':', '#', ';', ',', '"', "'", '=', '-', '+', '@', '\n', '\r', '\t', '{', '}', '\u2028', 'title ', 'section ', 'journey', 'accDescr', '\u200b', '😀', '3', '<b>'];

export const hostileText = (maxLength = 12) => fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength });
const nonBlank = (maxLength = 12) => hostileText(maxLength).filter((s) => s.trim() !== '');

/** A valid map with hostile text everywhere (structure ids unique; titles unique when asked). */
/**
 * Fields a newer version of the app (or a plug-in) might add, for round-trip properties. Without
 * "__proto__" keys, which no document can hold: Yjs decodes a map by assignment, so the key
 * becomes a prototype (or vanishes), and no boundary lets one in (files pass zod, which drops
 * unknown keys; peers' data arrives through Yjs). fast-check generates the key on purpose.
 */
export const arbExtraFields = (keyLength = 6) =>
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: keyLength }).map((k) => `x_${k}`),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v), (k, x: unknown) => (k === '__proto__' ? undefined : x)) as unknown),
    { maxKeys: 3 },
  );

export function arbMap(opts: { uniqueTitles?: boolean } = {}): fc.Arbitrary<JourneyMap> {
  return fc
    .record({
      title: nonBlank(20),
      scenario: hostileText(30),
      stages: fc.array(fc.array(fc.record({ emotion: fc.option(fc.integer({ min: -3, max: 3 })), durationMin: fc.option(fc.integer({ min: 0, max: 1000 })) }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      lanes: fc.array(fc.constantFrom(...LANE_TYPES), { minLength: 1, maxLength: 5 }),
      cards: fc.array(
        fc.record({
          lane: fc.nat(),
          step: fc.nat(),
          text: nonBlank(20),
          color: fc.option(fc.constantFrom(...CARD_COLORS)),
          failPoint: fc.boolean(),
          waitMin: fc.option(fc.integer({ min: 0, max: 999 })),
          channel: fc.option(fc.constantFrom(...CHANNELS)),
          rootCause: hostileText(),
          owner: hostileText(),
          metricType: fc.option(fc.constantFrom(...METRIC_TYPES)),
          metricValue: fc.option(fc.integer({ min: -100, max: 100 })),
          sampleSize: fc.option(fc.integer({ min: 0, max: 999 })),
        }),
        { maxLength: 12 },
      ),
      stageTitles: fc.array(hostileText(), { minLength: 3, maxLength: 3 }),
      stepTitles: fc.array(hostileText(), { minLength: 9, maxLength: 9 }),
      laneTitles: fc.array(hostileText(), { minLength: 5, maxLength: 5 }),
    })
    .map((r) => {
      let n = 0;
      const id = () => `x${++n}`;
      let k = 0;
      const stages = r.stages.map((steps, si) => ({
        id: id(),
        title: opts.uniqueTitles ? `${r.stageTitles[si]}·${si}` : r.stageTitles[si]!,
        steps: steps.map((st) => ({ id: id(), title: opts.uniqueTitles ? `${r.stepTitles[k]}·${k++}` : r.stepTitles[k++]!, ...st })),
      }));
      const lanes = r.lanes.map((type, i) => ({ id: id(), type, title: r.laneTitles[i]! }));
      const steps = stages.flatMap((s) => s.steps);
      const cardLanes = lanes.filter((l) => LANES[l.type].hasCards);
      const cards: Card[] = cardLanes.length
        ? r.cards.map((c, i) => {
            const lane = cardLanes[c.lane % cardLanes.length]!;
            const has = (f: Parameters<typeof laneHasField>[1]) => laneHasField(lane.type, f);
            return {
              id: id(),
              laneId: lane.id,
              stepId: steps[c.step % steps.length]!.id,
              order: i,
              text: c.text,
              color: c.color,
              failPoint: has('failPoint') && c.failPoint,
              waitMin: has('wait') ? c.waitMin : null,
              channel: has('channel') ? c.channel : null,
              rootCause: has('rootCause') ? c.rootCause : '',
              owner: has('owner') ? c.owner : '',
              metricType: has('metric') ? c.metricType : null,
              metricValue: has('metric') ? c.metricValue : null,
              sampleSize: has('metric') ? c.sampleSize : null,
            };
          })
        : [];
      const result = restoreMap({ schemaVersion: SCHEMA_VERSION, id: 'm', kind: 'blueprint', title: r.title, scenario: r.scenario, stages, lanes, cards, createdAt: 1 });
      if (!result.ok) throw new Error(result.error);
      return result.map;
    });
}
