import { z } from 'zod';
import { commentSchema, targetsOf, visibleComments } from './comments';
import { IMAGE_HASH } from './images';
import { CARD_COLORS, LANE_TYPES, LANES, METRIC_TYPES } from './lanes';
import { personSchema } from './people';
import { BACKLOG_STATUSES, EMOTION_MAX, EMOTION_MIN, MAX_DATE, MAX_METRIC, MAX_MINUTES, MAX_SAMPLE, MAX_TEXT, MAX_TITLE, MIN_DATE, SCHEMA_VERSION, type JourneyMap } from './types';

/**
 * The one boundary every document passes on its way in: database load, file import, template
 * (DESIGN.md §3.4). It migrates old schema versions forward, validates with zod, fills defaults,
 * and repairs dangling references so the rest of the app can trust the document.
 */

/*
 * Missing fields get defaults (older or hand-written files); a value of the wrong type is an
 * error naming its field. Only unknown enum values degrade (to none), so files from a newer
 * version with, say, a new colour still open.
 */
const text = (max = MAX_TEXT) => z.string().max(max).default('');
const id = z.string().min(1).max(200);
const minutes = z.number().finite().min(0).max(MAX_MINUTES).nullable().default(null);
/** A date (ms since 1970) that Date can format and a person could have made: 1970 to 2100. */
export const dateSchema = z.number().finite().min(MIN_DATE).max(MAX_DATE);
const MAX_CHANNEL = 100;

const stepSchema = z.object({
  id,
  title: text(MAX_TITLE),
  emotion: z.number().finite().min(EMOTION_MIN).max(EMOTION_MAX).nullable().default(null),
  durationMin: minutes,
  // Fields added after version 1 are optional, so older documents pass unchanged.
  keyMoment: z.boolean().optional(),
  surprise: z.boolean().optional(),
});

const cardSchema = z.object({
  id,
  laneId: id,
  stepId: id,
  order: z.number().finite().min(-1e15).max(1e15).default(0),
  text: z.string().max(MAX_TEXT),
  color: z.enum(CARD_COLORS).nullable().catch(null),
  failPoint: z.boolean().default(false),
  waitMin: minutes,
  // A built-in channel key or the name of a channel the team added.
  channel: z.string().max(MAX_CHANNEL).nullable().catch(null),
  rootCause: text(),
  owner: text(MAX_TITLE),
  metricType: z.enum(METRIC_TYPES).nullable().catch(null),
  metricValue: z.number().finite().min(-MAX_METRIC).max(MAX_METRIC).nullable().default(null),
  sampleSize: z.number().finite().min(0).max(MAX_SAMPLE).nullable().default(null),
  recoveryCardId: id.nullable().optional(),
  staffPain: z.string().max(MAX_TEXT).optional(),
  staffEmotion: z.number().finite().min(EMOTION_MIN).max(EMOTION_MAX).nullable().optional(),
  image: z.string().regex(IMAGE_HASH).nullable().optional(),
  imageAlt: z.string().max(MAX_TITLE).optional(),
  author: id.optional(),
});

const score = z.number().int().min(1).max(5);
const backlogSchema = z.object({
  id,
  title: z.string().max(MAX_TEXT),
  stepId: id.nullable().default(null),
  source: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('card'), cardId: id }),
      z.object({ kind: z.literal('finding'), code: z.string().max(100) }),
      z.object({ kind: z.literal('manual') }),
    ])
    .catch({ kind: 'manual' }),
  department: text(MAX_TITLE),
  owner: text(MAX_TITLE),
  due: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/).catch(''),
  status: z.enum(BACKLOG_STATUSES).catch('proposed'),
  impact: score.catch(3),
  effort: score.catch(3),
});

const stageFields = z.object({ id, title: text(MAX_TITLE) });
const laneSchema = z.object({ id, type: z.enum(LANE_TYPES), title: text(MAX_TITLE) });
const connectionSchema = z.object({ id, from: id, to: id, twoWay: z.boolean().default(false), label: text(MAX_TITLE) });

export const mapSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  kind: z.enum(['journey', 'blueprint']),
  title: z.string().min(1).max(MAX_TITLE),
  persona: z
    .object({
      name: text(MAX_TITLE),
      role: text(MAX_TITLE),
      goals: text(),
      frustrations: text(),
      quote: text(),
      color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable().catch(null).default(null),
    })
    .default({ name: '', role: '', goals: '', frustrations: '', quote: '', color: null }),
  scenario: text(),
  expectations: text(),
  toleranceFloor: z.number().finite().min(EMOTION_MIN).max(EMOTION_MAX).default(-2),
  marks: z.object({ peak: id.nullable().default(null), end: id.nullable().default(null) }).default({ peak: null, end: null }),
  stages: z.array(stageFields.extend({ steps: z.array(stepSchema).min(1) })).min(1),
  lanes: z.array(laneSchema).min(1),
  cards: z.array(cardSchema).default([]),
  connections: z.array(connectionSchema).default([]),
  createdAt: dateSchema.default(0),
  backlog: z.array(backlogSchema).max(10_000).optional(),
  customChannels: z.array(z.string().trim().min(1).max(MAX_CHANNEL)).max(500).optional(),
  waitThresholds: z.record(z.string().max(MAX_CHANNEL), z.number().finite().min(0).max(MAX_MINUTES)).optional(),
  comments: z.array(commentSchema).max(100_000).optional(),
  people: z.array(personSchema).max(10_000).optional(),
});

/**
 * The same rules one entity at a time, for documents assembled from records (the Yjs binding):
 * each record is checked when it changes, the whole map never re-parsed on every edit.
 */
export const entitySchemas = {
  stages: stageFields,
  steps: stepSchema,
  lanes: laneSchema,
  cards: cardSchema,
  connections: connectionSchema,
  comments: commentSchema,
  people: personSchema,
} as const;

/** The map's own fields, without its collections. */
export const rootSchema = mapSchema.omit({ stages: true, lanes: true, cards: true, connections: true, comments: true, people: true });

/** Upgrades from version N to N+1, keyed by N. Add one here with each schema change. */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export type RestoreResult = { ok: true; map: JourneyMap; repaired: Repair[] } | { ok: false; error: string };

export function restoreMap(input: unknown): RestoreResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'not-an-object' };
  }
  let doc = input as Record<string, unknown>;
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : NaN;
  if (!Number.isInteger(version) || version < 1) return { ok: false, error: 'schemaVersion: missing or invalid' };
  if (version > SCHEMA_VERSION) return { ok: false, error: `schemaVersion: ${version} is newer than this app (${SCHEMA_VERSION})` };
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, error: `schemaVersion: no upgrade from ${version}` };
    doc = { ...step(doc), schemaVersion: version + 1 };
    version += 1;
  }
  const parsed = mapSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return repair(parsed.data as JourneyMap);
}

/** What the boundary had to fix, for the import message: a kind and how many. */
export type RepairKind = 'duplicate-cards' | 'orphan-cards' | 'empty-cards' | 'cards-in-cardless-lane' | 'dangling-connections' | 'duplicate-connections' | 'stale-marks' | 'orphan-comments';
export interface Repair {
  kind: RepairKind;
  count: number;
}

/** Drops what points nowhere, and refuses duplicate structure ids (they would corrupt every edit). */
function repair(map: JourneyMap): RestoreResult {
  const repaired: Repair[] = [];
  const note = (kind: RepairKind, count: number) => count > 0 && repaired.push({ kind, count });
  const ids = new Set<string>();
  const unique = (x: string) => (ids.has(x) ? false : (ids.add(x), true));
  const stepIds = map.stages.flatMap((s) => [s.id, ...s.steps.map((st) => st.id)]);
  for (const x of [...stepIds, ...map.lanes.map((l) => l.id)]) {
    if (!unique(x)) return { ok: false, error: `duplicate id: ${x}` };
  }
  const steps = new Set(map.stages.flatMap((s) => s.steps.map((st) => st.id)));
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));
  const counts: Record<'orphan' | 'empty' | 'cardless' | 'duplicate', number> = { orphan: 0, empty: 0, cardless: 0, duplicate: 0 };
  const cards = map.cards.filter((c) => {
    const type = laneType.get(c.laneId);
    const problem = !steps.has(c.stepId) || !type ? 'orphan' : !LANES[type].hasCards ? 'cardless' : c.text.trim() === '' ? 'empty' : !unique(c.id) ? 'duplicate' : null;
    if (problem) counts[problem]++;
    return !problem;
  });
  note('orphan-cards', counts.orphan);
  note('cards-in-cardless-lane', counts.cardless);
  note('empty-cards', counts.empty);
  note('duplicate-cards', counts.duplicate);
  const cardIds = new Set(cards.map((c) => c.id));
  let dangling = 0;
  const connections = map.connections.filter((k) => {
    if (!cardIds.has(k.from) || !cardIds.has(k.to) || k.from === k.to) return (dangling++, false);
    return unique(k.id);
  });
  note('dangling-connections', dangling);
  note('duplicate-connections', map.connections.length - connections.length - dangling);
  // A recovery link to a card that is gone, or to itself, is dropped.
  const linked = cards.map((c) => (c.recoveryCardId && (!cardIds.has(c.recoveryCardId) || c.recoveryCardId === c.id) ? { ...c, recoveryCardId: null } : c));
  const marks = {
    peak: map.marks.peak && steps.has(map.marks.peak) ? map.marks.peak : null,
    end: map.marks.end && steps.has(map.marks.end) ? map.marks.end : null,
  };
  note('stale-marks', Number(marks.peak !== map.marks.peak) + Number(marks.end !== map.marks.end));
  let backlog = map.backlog;
  if (backlog) {
    for (const item of backlog) if (!unique(item.id)) return { ok: false, error: `duplicate id: ${item.id}` };
    backlog = backlog.map((item) => (item.stepId && !steps.has(item.stepId) ? { ...item, stepId: null } : item));
  }
  // A comment on something the file does not hold (or a reply without its thread) is dropped.
  let comments = map.comments;
  if (comments) {
    comments = visibleComments(comments, targetsOf({ cards: linked, stages: map.stages }));
    note('orphan-comments', map.comments!.length - comments.length);
  }
  let people = map.people;
  if (people) {
    const seen = new Set<string>();
    people = people.filter((p) => !seen.has(p.id) && !!seen.add(p.id));
  }
  const extra = { ...(backlog ? { backlog } : {}), ...(comments ? { comments } : {}), ...(people ? { people } : {}) };
  return { ok: true, map: { ...map, cards: linked, connections, marks, ...extra }, repaired };
}
