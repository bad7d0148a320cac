import { z } from 'zod';

/**
 * Dot voting. The facilitator opens a round on a set of cards; each person places dots on them.
 * Every dot is its own record (keyed by a random id: who, which card, which round, when), so
 * people voting at the same moment never overwrite each other. What a dot counts for is decided
 * here, when the result is built, the same way on every copy of the document: a person's dots
 * beyond the round's limit (two tabs racing, or a hostile client) and dots on cards outside the
 * round are ignored, so nobody can vote more than the facilitator allowed.
 */

export const VOTE_STATUSES = ['open', 'revealed', 'closed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

export const DEFAULT_DOTS = 3;
export const MAX_DOTS = 20;
export const MAX_VOTE_CARDS = 5_000;

const id = z.string().min(1).max(200);

export const roundSchema = z.object({
  id,
  /** The cards being voted on, fixed when the round starts. */
  cards: z.array(id).max(MAX_VOTE_CARDS),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS),
  /** May one person put several of their dots on one card? */
  multiple: z.boolean(),
  /** Wall clock after which no more dots can be placed (enforced by the clients), or null. */
  deadline: z.number().finite().min(0).nullable(),
  /** May people with the viewer role vote? */
  viewers: z.boolean(),
  status: z.enum(VOTE_STATUSES),
  startedAt: z.number().finite().min(0),
  /** Totals frozen when the round is closed: the result survives even if its dots are pruned. */
  result: z.record(id, z.number().int().min(0)).nullable().default(null),
});
export type VoteRound = z.infer<typeof roundSchema>;

export const dotSchema = z.object({
  id,
  /** The voter's person id (src/session/identity.ts). */
  voter: id,
  card: id,
  round: id,
  /** When it was placed (the voter's clock): orders a person's dots when they exceed the limit. */
  at: z.number().finite(),
});
export type Dot = z.infer<typeof dotSchema>;

export interface Tally {
  /** Counted dots per card. */
  readonly totals: ReadonlyMap<string, number>;
  /** The ids of the dots that count (a dot not in here is over a limit). */
  readonly counted: ReadonlySet<string>;
  /** Counted dots per voter. */
  readonly perVoter: ReadonlyMap<string, number>;
}

const byTimeThenId = (a: Dot, b: Dot) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Which dots count: per voter, in the order they were placed (ties by id, so every copy agrees),
 * up to the round's limit, at most one per card unless the round allows several.
 */
export function tally(round: VoteRound, dots: Iterable<Dot>): Tally {
  const cards = new Set(round.cards);
  const byVoter = new Map<string, Dot[]>();
  for (const d of dots) {
    if (d.round !== round.id || !cards.has(d.card)) continue;
    const list = byVoter.get(d.voter);
    if (list) list.push(d);
    else byVoter.set(d.voter, [d]);
  }
  const totals = new Map<string, number>();
  const counted = new Set<string>();
  const perVoter = new Map<string, number>();
  for (const [voter, list] of byVoter) {
    list.sort(byTimeThenId);
    const onCard = new Set<string>();
    let n = 0;
    for (const d of list) {
      if (n >= round.dotsPerPerson) break;
      if (!round.multiple && onCard.has(d.card)) continue;
      onCard.add(d.card);
      counted.add(d.id);
      totals.set(d.card, (totals.get(d.card) ?? 0) + 1);
      n++;
    }
    perVoter.set(voter, n);
  }
  return { totals, counted, perVoter };
}

/** How many dots this voter may still place. */
export function dotsLeft(round: VoteRound, t: Tally, voter: string): number {
  return Math.max(0, round.dotsPerPerson - (t.perVoter.get(voter) ?? 0));
}

/** This voter's counted dots on one card. */
export function myDotsOn(round: VoteRound, dots: Iterable<Dot>, t: Tally, voter: string, card: string): Dot[] {
  const out: Dot[] = [];
  for (const d of dots) if (d.round === round.id && d.voter === voter && d.card === card && t.counted.has(d.id)) out.push(d);
  return out;
}

export type PlaceRefusal = 'not-open' | 'not-in-round' | 'no-dots-left' | 'one-per-card' | 'deadline' | 'viewer';

/** Whether a dot may be placed now (the UI's check; `tally` enforces the limits regardless). */
export function canPlace(
  round: VoteRound | null,
  t: Tally,
  args: { voter: string; card: string; now: number; isViewer: boolean; mineOnCard: number },
): PlaceRefusal | null {
  if (!round || round.status !== 'open') return 'not-open';
  if (!round.cards.includes(args.card)) return 'not-in-round';
  if (args.isViewer && !round.viewers) return 'viewer';
  if (round.deadline !== null && args.now > round.deadline) return 'deadline';
  if (dotsLeft(round, t, args.voter) === 0) return 'no-dots-left';
  if (!round.multiple && args.mineOnCard > 0) return 'one-per-card';
  return null;
}

/** The cards of a round by their totals, most dots first; ties keep the board's order. */
export function ranking(round: VoteRound, totals: ReadonlyMap<string, number> | Readonly<Record<string, number>>): { card: string; total: number }[] {
  const get = (c: string) => (totals instanceof Map ? totals.get(c) : (totals as Record<string, number>)[c]) ?? 0;
  return round.cards
    .map((card, i) => ({ card, total: get(card), i }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.i - b.i)
    .map(({ card, total }) => ({ card, total }));
}

/** Totals as a plain record, as `result` keeps them when the round closes. */
export function totalsRecord(t: Tally): Record<string, number> {
  return Object.fromEntries(t.totals);
}

/** The totals the board and the ranked list show: none while the vote is secret. */
export function visibleTotals(round: VoteRound | null, t: Tally | null): ReadonlyMap<string, number> | null {
  if (!round) return null;
  if (round.status === 'closed') return new Map(Object.entries(round.result ?? {}));
  if (round.status === 'revealed' && t) return t.totals;
  return null;
}

/** A new round: cards in board order, without duplicates. */
export function newRound(args: { id: string; cards: readonly string[]; dotsPerPerson?: number; multiple?: boolean; deadline?: number | null; viewers?: boolean; now: number }): VoteRound {
  return {
    id: args.id,
    cards: [...new Set(args.cards)].slice(0, MAX_VOTE_CARDS),
    dotsPerPerson: Math.min(MAX_DOTS, Math.max(1, Math.round(args.dotsPerPerson ?? DEFAULT_DOTS))),
    multiple: args.multiple ?? false,
    deadline: args.deadline ?? null,
    viewers: args.viewers ?? false,
    status: 'open',
    startedAt: args.now,
    result: null,
  };
}

/**
 * The cards a round is started on: those in lanes of the given types (e.g. pain points and
 * opportunities), optionally only in some steps (the selected stage or step), in board order.
 */
export function cardsForVote(map: { readonly lanes: readonly { id: string; type: string }[]; readonly cards: readonly { id: string; laneId: string; stepId: string }[] }, args: { laneTypes: readonly string[]; stepIds?: ReadonlySet<string> | null }): string[] {
  const types = new Set(args.laneTypes);
  const lanes = new Set(map.lanes.filter((l) => types.has(l.type)).map((l) => l.id));
  return map.cards.filter((c) => lanes.has(c.laneId) && (!args.stepIds || args.stepIds.has(c.stepId))).map((c) => c.id);
}
