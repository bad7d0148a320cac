import type * as Y from 'yjs';
import { create } from 'zustand';
import { tally, visibleTotals, type Dot, type Tally, type VoteRound } from '../../domain/workshop';
import { getIdentity } from '../../session/identity';
import type { DocumentSession } from '../../session/DocumentSession';
import { useDocStore } from '../../store/docState';
import { tagStructureSteps } from './historyTags';
import { EMPTY_WORKSHOP, readDots, readWorkshop, votesMap, workshopMap, type WorkshopState } from './workshopDoc';

/**
 * The open map's workshop state as the views read it, rebuilt from its document whenever the
 * workshop settings or the dots change (locally, from another tab or over the network).
 */
export interface WorkshopView {
  readonly state: WorkshopState;
  readonly dots: readonly Dot[];
  /** The current round's counted dots (null without a round). */
  readonly tally: Tally | null;
  /** The round's cards, for a card to ask "am I in the vote?" in O(1). */
  readonly roundCards: ReadonlySet<string>;
  /** This person's counted dots per card. */
  readonly mine: ReadonlyMap<string, number>;
  /** Totals everyone may see: none while the vote is secret. */
  readonly totals: ReadonlyMap<string, number> | null;
}

const EMPTY: WorkshopView = { state: EMPTY_WORKSHOP, dots: [], tally: null, roundCards: new Set(), mine: new Map(), totals: null };

export const useWorkshop = create<WorkshopView>(() => EMPTY);

const cardSets = new WeakMap<VoteRound, ReadonlySet<string>>();

function refresh(doc: Y.Doc): void {
  const prev = useWorkshop.getState();
  const state = readWorkshop(doc, prev.state);
  const dots = readDots(doc);
  const round = state.vote;
  const t = round ? tally(round, dots) : null;
  let roundCards = EMPTY.roundCards;
  if (round) {
    roundCards = cardSets.get(round) ?? new Set(round.cards);
    cardSets.set(round, roundCards);
  }
  const me = getIdentity().id;
  const mine = new Map<string, number>();
  if (t) for (const d of dots) if (d.voter === me && t.counted.has(d.id)) mine.set(d.card, (mine.get(d.card) ?? 0) + 1);
  useWorkshop.setState({ state, dots, tally: t, roundCards, mine, totals: visibleTotals(round, t) });
}

let unbind: (() => void) | null = null;
let bound: DocumentSession | null = null;

function bind(session: DocumentSession | null): void {
  if (session === bound) return;
  unbind?.();
  unbind = null;
  bound = session;
  const doc = session?.doc;
  if (!session || !doc) {
    useWorkshop.setState(EMPTY);
    return;
  }
  const onChange = () => refresh(doc);
  const w = workshopMap(doc);
  const v = votesMap(doc);
  w.observe(onChange);
  v.observe(onChange);
  const untag = tagStructureSteps(session.undoManager, doc);
  unbind = () => {
    w.unobserve(onChange);
    v.unobserve(onChange);
    untag();
  };
  useWorkshop.setState(EMPTY);
  refresh(doc);
}

bind(useDocStore.getState().session);
useDocStore.subscribe((s) => bind(s.session));
