import { targetsOf, visibleComments, type Comment } from '../domain/comments';
import { LANES } from '../domain/lanes';
import type { Person } from '../domain/people';
import { canonical } from '../domain/query';
import type { Card, Connection, JourneyMap, Lane, Stage, Step } from '../domain/types';
import type { Built } from './binding';
import type { Entity } from './collections';

/**
 * Restores the map's invariants on a snapshot assembled from records. Each rule could be broken
 * by two people editing at once (one deletes a step while the other adds a card to it) or by a
 * faulty peer, so it is enforced here, where every view reads from, not only at edit time:
 * a stage has steps, a map has stages and lanes, a card sits in an existing step and a lane
 * that holds cards, a connection joins two existing cards, a moment mark names a step. What is
 * hidden stays in the document, so a later edit (or undo) can make it valid again.
 * Arrays are reused when nothing in them changed, so reference checks downstream stay cheap.
 */
export function repairMap(
  prev: JourneyMap | null,
  root: Record<string, unknown>,
  lists: ReadonlyMap<string, readonly Built[]>,
  changed: ReadonlyMap<string, ReadonlySet<string>>,
  records: ReadonlyMap<string, ReadonlyMap<string, Built>>,
): { map: JourneyMap; repaired: string[] } {
  const repaired: string[] = [];
  const structureChanged = !prev || changed.has('stages') || changed.has('steps');
  const stages = structureChanged ? buildStages(prev, lists, repaired) : prev.stages;
  const lanes = !prev || changed.has('lanes') ? buildLanes(prev, lists) : prev.lanes;
  if (lanes !== prev?.lanes && lanes.length === 0) repaired.push('lanes: none left');

  const cardsTouched = !prev || structureChanged || lanes !== prev.lanes || changed.has('cards');
  // The common edit changes cards in place: the same cards (ids) in the same places.
  const inPlace = cardsTouched && prev && stages === prev.stages && lanes === prev.lanes ? replaceInPlace(prev.cards, changed.get('cards'), records.get('cards')) : null;
  const cards = inPlace ?? (cardsTouched ? buildCards(prev, stages, lanes, lists.get('cards') ?? [], repaired) : prev.cards);
  // Connections join card ids: with the same ids, only a change to the connections themselves counts.
  const connections =
    !prev || (cards !== prev.cards && !inPlace) || changed.has('connections') ? buildConnections(prev, cards, lists.get('connections') ?? [], repaired) : prev.connections;

  const steps = new Set(stages.flatMap((s) => s.steps.map((st) => st.id)));
  const marks = (root.marks ?? { peak: null, end: null }) as JourneyMap['marks'];
  const fixedMarks =
    (marks.peak && !steps.has(marks.peak)) || (marks.end && !steps.has(marks.end))
      ? { peak: marks.peak && steps.has(marks.peak) ? marks.peak : null, end: marks.end && steps.has(marks.end) ? marks.end : null }
      : marks;
  const comments = !prev || cards !== prev.cards || structureChanged || changed.has('comments') ? buildComments(prev, stages, cards, lists.get('comments') ?? [], repaired) : prev.comments;
  const people = !prev || changed.has('people') ? buildPeople(prev, lists.get('people') ?? []) : prev.people;
  // Collections are never root fields: a root key of that name (a faulty peer) is not shown.
  const { comments: _c, people: _p, ...fields } = root;
  const map = {
    ...fields,
    marks: fixedMarks,
    stages,
    lanes: lanes.length ? lanes : placeholderLanes(root),
    cards,
    connections,
    // Absent rather than empty on a map nobody commented on, as in its JSON.
    ...(comments ? { comments } : {}),
    ...(people ? { people } : {}),
  } as unknown as JourneyMap;
  return { map, repaired };
}

function same<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}

const stageBase = new WeakMap<Stage, Entity>();

function buildStages(prev: JourneyMap | null, lists: ReadonlyMap<string, readonly Built[]>, repaired: string[]): readonly Stage[] {
  const children = new Map<string, Step[]>();
  for (const b of lists.get('steps') ?? []) {
    const list = children.get(b.parent);
    if (list) list.push(b.entity as unknown as Step);
    else children.set(b.parent, [b.entity as unknown as Step]);
  }
  const before = new Map(prev?.stages.map((s) => [s.id, s]));
  const out: Stage[] = [];
  for (const b of lists.get('stages') ?? []) {
    const steps = children.get(b.entity.id);
    children.delete(b.entity.id);
    if (!steps?.length) {
      repaired.push(`stage ${b.entity.id}: no steps`);
      continue;
    }
    const old = before.get(b.entity.id);
    if (old && stageBase.get(old) === b.entity && same(old.steps, steps)) {
      out.push(old);
      continue;
    }
    const stage = { ...b.entity, steps } as unknown as Stage;
    stageBase.set(stage, b.entity);
    out.push(stage);
  }
  if (children.size) repaired.push(`steps: ${[...children.values()].flat().length} without a stage`);
  if (out.length === 0) {
    // Everyone deleted every stage at once: the same placeholder on every replica.
    out.push({ id: 'stage-0', title: '', steps: [{ id: 'step-0', title: '', emotion: null, durationMin: null }] });
    repaired.push('stages: none left');
  }
  return prev && same(prev.stages, out) ? prev.stages : out;
}

function buildLanes(prev: JourneyMap | null, lists: ReadonlyMap<string, readonly Built[]>): readonly Lane[] {
  const out = (lists.get('lanes') ?? []).map((b) => b.entity as unknown as Lane);
  return prev && same(prev.lanes, out) ? prev.lanes : out;
}

function placeholderLanes(root: Record<string, unknown>): readonly Lane[] {
  return [{ id: 'lane-0', type: root.kind === 'blueprint' ? 'customer' : 'touchpoint', title: '' }];
}

function buildCards(prev: JourneyMap | null, stages: readonly Stage[], lanes: readonly Lane[], list: readonly Built[], repaired: string[]): readonly Card[] {
  const steps = new Set(stages.flatMap((s) => s.steps.map((st) => st.id)));
  const holds = new Map(lanes.map((l) => [l.id, LANES[l.type]?.hasCards ?? false]));
  const kept: Card[] = [];
  for (const b of list) {
    const c = b.entity as unknown as Card;
    if (steps.has(c.stepId) && holds.get(c.laneId) && c.text.trim() !== '') kept.push(c);
  }
  if (kept.length !== list.length) repaired.push(`cards: ${list.length - kept.length} hidden`);
  const sorted = canonical({ stages, lanes, cards: kept } as unknown as JourneyMap).cards;
  return prev && same(prev.cards, sorted) ? prev.cards : sorted;
}

/**
 * Some cards' content changed in place (text, colour, fields; not their cell, place or
 * visibility): the previous array with those swapped in. Null when that is not the case.
 */
function replaceInPlace(cards: readonly Card[], changedIds: ReadonlySet<string> | undefined, records: ReadonlyMap<string, Built> | undefined): Card[] | null {
  if (!changedIds || !records) return null;
  const index = new Map<string, number>();
  for (const id of changedIds) index.set(id, -1);
  for (let i = 0; i < cards.length && index.size; i++) if (index.has(cards[i]!.id)) index.set(cards[i]!.id, i);
  const out = cards.slice();
  for (const [id, i] of index) {
    const next = records.get(id)?.entity as unknown as Card | undefined;
    const old = cards[i];
    if (i < 0 || !next || !old || next.laneId !== old.laneId || next.stepId !== old.stepId || next.order !== old.order || next.text.trim() === '') return null;
    out[i] = next;
  }
  return out;
}

function buildConnections(prev: JourneyMap | null, cards: readonly Card[], list: readonly Built[], repaired: string[]): readonly Connection[] {
  const ids = new Set(cards.map((c) => c.id));
  const out: Connection[] = [];
  for (const b of list) {
    const k = b.entity as unknown as Connection;
    if (ids.has(k.from) && ids.has(k.to) && k.from !== k.to) out.push(k);
  }
  if (out.length !== list.length) repaired.push(`connections: ${list.length - out.length} hidden`);
  return prev && same(prev.connections, out) ? prev.connections : out;
}

/** Comments on what exists (a comment on a deleted card stays in the document, hidden: undo brings both back). */
function buildComments(prev: JourneyMap | null, stages: readonly Stage[], cards: readonly Card[], list: readonly Built[], repaired: string[]): readonly Comment[] | undefined {
  if (list.length === 0) return undefined;
  const out = visibleComments(
    list.map((b) => b.entity as unknown as Comment),
    targetsOf({ stages, cards }),
  );
  if (out.length !== list.length) repaired.push(`comments: ${list.length - out.length} hidden`);
  if (out.length === 0) return undefined;
  return prev?.comments && same(prev.comments, out) ? prev.comments : out;
}

function buildPeople(prev: JourneyMap | null, list: readonly Built[]): readonly Person[] | undefined {
  if (list.length === 0) return undefined;
  const out = list.map((b) => b.entity as unknown as Person).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return prev?.people && same(prev.people, out) ? prev.people : out;
}
