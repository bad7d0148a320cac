import * as Y from 'yjs';
import { z } from 'zod';
import { dotSchema, focusSchema, roundSchema, timerSchema, type Dot, type FocusRequest, type TimerState, type VoteRound } from '../../domain/workshop';
import { STRUCTURE_LOCK_KEY, VOTE_ROUND_KEY, VOTES_MAP, WORKSHOP_MAP } from '../../sync/protocol';

/**
 * The workshop's live state in the map's Yjs document: the facilitator's settings in the
 * WORKSHOP_MAP (one key each, so changing the timer never touches the vote) and everyone's dots
 * in VOTES_MAP. Neither is part of the map's JSON, nor of undo. Every value is validated when
 * read: a bad value from a buggy or hostile peer reads as "not set" and never reaches the screen.
 */
export interface WorkshopState {
  readonly structureLocked: boolean;
  readonly anonymous: boolean;
  readonly timer: TimerState | null;
  readonly focus: FocusRequest | null;
  readonly vote: VoteRound | null;
}

export const EMPTY_WORKSHOP: WorkshopState = { structureLocked: false, anonymous: false, timer: null, focus: null, vote: null };

/** Each setting's key in WORKSHOP_MAP and its rule. */
const FIELDS = {
  structureLocked: { key: STRUCTURE_LOCK_KEY, schema: z.boolean() },
  anonymous: { key: 'anonymousCapture', schema: z.boolean() },
  timer: { key: 'timer', schema: timerSchema },
  focus: { key: 'focus', schema: focusSchema },
  vote: { key: VOTE_ROUND_KEY, schema: roundSchema },
} as const;

export type WorkshopField = keyof WorkshopState;

export const workshopMap = (doc: Y.Doc) => doc.getMap<unknown>(WORKSHOP_MAP);
export const votesMap = (doc: Y.Doc) => doc.getMap<unknown>(VOTES_MAP);

export function readWorkshop(doc: Y.Doc, prev: WorkshopState = EMPTY_WORKSHOP): WorkshopState {
  const m = workshopMap(doc);
  const out: Record<string, unknown> = {};
  let same = true;
  for (const [field, { key, schema }] of Object.entries(FIELDS)) {
    const raw = m.get(key);
    const parsed = raw === undefined || raw === null ? null : (schema as z.ZodType).safeParse(raw);
    const value = parsed?.success ? parsed.data : EMPTY_WORKSHOP[field as WorkshopField];
    const old = prev[field as WorkshopField];
    // Unchanged settings keep their object, so a selector on one of them does not wake.
    const keep = JSON.stringify(old) === JSON.stringify(value);
    out[field] = keep ? old : value;
    if (!keep) same = false;
  }
  return same ? prev : (out as unknown as WorkshopState);
}

export function readDots(doc: Y.Doc): Dot[] {
  const out: Dot[] = [];
  votesMap(doc).forEach((raw, id) => {
    const parsed = dotSchema.safeParse({ ...(typeof raw === 'object' && raw ? raw : {}), id });
    if (parsed.success) out.push(parsed.data);
  });
  return out;
}

export function writeWorkshop<F extends WorkshopField>(doc: Y.Doc, field: F, value: WorkshopState[F], origin: unknown): void {
  const { key } = FIELDS[field];
  doc.transact(() => {
    if (value === null || value === false) workshopMap(doc).delete(key);
    else workshopMap(doc).set(key, value);
  }, origin);
}

export function writeDot(doc: Y.Doc, dot: Dot, origin: unknown): void {
  const { id, ...fields } = dot;
  doc.transact(() => votesMap(doc).set(id, fields), origin);
}

export function deleteDots(doc: Y.Doc, ids: Iterable<string>, origin: unknown): void {
  doc.transact(() => {
    const m = votesMap(doc);
    for (const id of ids) m.delete(id);
  }, origin);
}

/** Dots of every round but `keep`: a new round starts clean, so the document does not grow. */
export function staleDots(doc: Y.Doc, keep: string | null): string[] {
  const out: string[] = [];
  votesMap(doc).forEach((raw, id) => {
    const round = typeof raw === 'object' && raw ? (raw as { round?: unknown }).round : undefined;
    if (round !== keep) out.push(id);
  });
  return out;
}
