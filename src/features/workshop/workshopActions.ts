import * as timer from '../../domain/workshop/timer';
import { addVotedToBacklog, canPlace, newRound, nextFocus, tally, totalsRecord, type FocusTarget, type PlaceRefusal } from '../../domain/workshop';
import { getIdentity } from '../../session/identity';
import { currentSession, getDoc } from '../../store/docState';
import { applyEdit } from '../../store/docStore';
import { newId } from '../../store/ids';
import { useRoomState } from '../../store/roomState';
import { PAGE_ID } from './workshopUi';
import { deleteDots, readDots, readWorkshop, staleDots, writeDot, writeWorkshop, type WorkshopField, type WorkshopState } from './workshopDoc';

/**
 * What the facilitator and the participants do, each one write to the open map's document.
 * Settings are the facilitator's (the server refuses anyone else's change to them); dots are
 * everyone's own.
 */

export const isFacilitator = () => useRoomState.getState().role === 'facilitator';

function current(): { doc: import('yjs').Doc; origin: unknown; state: WorkshopState } | null {
  const s = currentSession();
  return s ? { doc: s.doc, origin: s.origin, state: readWorkshop(s.doc) } : null;
}

function facilitate<F extends WorkshopField>(field: F, make: (state: WorkshopState) => WorkshopState[F]): boolean {
  const c = current();
  if (!c || !isFacilitator()) return false;
  const value = make(c.state);
  if (value === c.state[field]) return false;
  writeWorkshop(c.doc, field, value, c.origin);
  return true;
}

/* structure lock and anonymous capture */

export const setStructureLocked = (on: boolean) => facilitate('structureLocked', () => on);
export const setAnonymous = (on: boolean) => facilitate('anonymous', () => on);

/* timer */

export const startTimer = (ms: number) => facilitate('timer', () => timer.startTimer(ms, Date.now()));
export const pauseTimer = () => facilitate('timer', (s) => s.timer && timer.pauseTimer(s.timer, Date.now()));
export const resumeTimer = () => facilitate('timer', (s) => s.timer && timer.resumeTimer(s.timer, Date.now()));
export const addTimerMinute = () => facilitate('timer', (s) => s.timer && timer.addMinute(s.timer, Date.now()));
export const resetTimer = () => facilitate('timer', (s) => s.timer && timer.resetTimer(s.timer));
export const clearTimer = () => facilitate('timer', () => null);

/* look here */

export const lookHere = (target: FocusTarget) =>
  facilitate('focus', (s) => nextFocus(s.focus, { id: newId(), by: PAGE_ID, at: Date.now(), target }));

/* dot voting */

export function startVote(args: { cards: readonly string[]; dotsPerPerson: number; multiple: boolean; deadlineMin: number | null; viewers: boolean }): boolean {
  const c = current();
  if (!c || !isFacilitator() || args.cards.length === 0) return false;
  const now = Date.now();
  const round = newRound({ id: newId(), cards: args.cards, dotsPerPerson: args.dotsPerPerson, multiple: args.multiple, viewers: args.viewers, now, deadline: args.deadlineMin ? now + args.deadlineMin * 60_000 : null });
  c.doc.transact(() => {
    // The previous round's dots go: its result, if it was closed, is kept in the round itself.
    deleteDots(c.doc, staleDots(c.doc, round.id), c.origin);
    writeWorkshop(c.doc, 'vote', round, c.origin);
  }, c.origin);
  return true;
}

export const revealVote = () => facilitate('vote', (s) => (s.vote?.status === 'open' ? { ...s.vote, status: 'revealed' } : s.vote));

/** Ends the round and freezes its totals, so the result stays whatever happens to the dots. */
export const closeVote = () =>
  facilitate('vote', (s) => {
    const c = currentSession();
    if (!s.vote || s.vote.status === 'closed' || !c) return s.vote;
    return { ...s.vote, status: 'closed', result: totalsRecord(tally(s.vote, readDots(c.doc))) };
  });

/** Drops the round and its dots (a vote started by mistake). */
export function cancelVote(): boolean {
  const c = current();
  if (!c || !isFacilitator() || !c.state.vote) return false;
  c.doc.transact(() => {
    deleteDots(c.doc, staleDots(c.doc, null), c.origin);
    writeWorkshop(c.doc, 'vote', null, c.origin);
  }, c.origin);
  return true;
}

/** Places one of this person's dots on a card; says why not when it may not. */
export function placeDot(card: string): PlaceRefusal | null {
  const c = current();
  const round = c?.state.vote ?? null;
  if (!c || !round) return 'not-open';
  const me = getIdentity().id;
  const dots = readDots(c.doc);
  const t = tally(round, dots);
  const mineOnCard = dots.filter((d) => d.round === round.id && d.voter === me && d.card === card && t.counted.has(d.id)).length;
  const refusal = canPlace(round, t, { voter: me, card, now: Date.now(), isViewer: useRoomState.getState().role === 'viewer', mineOnCard });
  if (refusal) return refusal;
  c.doc.transact(() => {
    // Dots of mine that do not count (another tab of mine raced this one) are tidied away.
    deleteDots(c.doc, dots.filter((d) => d.voter === me && d.round === round.id && !t.counted.has(d.id)).map((d) => d.id), c.origin);
    writeDot(c.doc, { id: newId(), voter: me, card, round: round.id, at: Date.now() }, c.origin);
  }, c.origin);
  return null;
}

/** Takes back this person's latest dot on a card, while the round is open. */
export function removeDot(card: string): boolean {
  const c = current();
  const round = c?.state.vote;
  if (!c || !round || round.status !== 'open') return false;
  const me = getIdentity().id;
  const mine = readDots(c.doc)
    .filter((d) => d.round === round.id && d.voter === me && d.card === card)
    .sort((a, b) => b.at - a.at);
  if (!mine.length) return false;
  deleteDots(c.doc, [mine[0]!.id], c.origin);
  return true;
}

/** The top cards of the vote become improvement items, in one edit. */
export function voteToBacklog(cards: readonly string[]): number {
  const before = getDoc()?.backlog?.length ?? 0;
  const ok = applyEdit(addVotedToBacklog, { cards, ids: cards.map(() => newId()) });
  return ok ? (getDoc()?.backlog?.length ?? 0) - before : 0;
}
