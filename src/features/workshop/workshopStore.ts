import type * as Y from 'yjs';
import { create } from 'zustand';
import { tally, type Dot, type Tally } from '../../domain/workshop';
import { useDocStore } from '../../store/docState';
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
}

export const useWorkshop = create<WorkshopView>(() => ({ state: EMPTY_WORKSHOP, dots: [], tally: null }));

function refresh(doc: Y.Doc): void {
  const prev = useWorkshop.getState();
  const state = readWorkshop(doc, prev.state);
  const dots = readDots(doc);
  useWorkshop.setState({ state, dots, tally: state.vote ? tally(state.vote, dots) : null });
}

let unbind: (() => void) | null = null;
let bound: Y.Doc | null = null;

function bind(doc: Y.Doc | null): void {
  if (doc === bound) return;
  unbind?.();
  unbind = null;
  bound = doc;
  if (!doc) {
    useWorkshop.setState({ state: EMPTY_WORKSHOP, dots: [], tally: null });
    return;
  }
  const onChange = () => refresh(doc);
  const w = workshopMap(doc);
  const v = votesMap(doc);
  w.observe(onChange);
  v.observe(onChange);
  unbind = () => {
    w.unobserve(onChange);
    v.unobserve(onChange);
  };
  useWorkshop.setState({ state: EMPTY_WORKSHOP, dots: [], tally: null });
  refresh(doc);
}

bind(useDocStore.getState().session?.doc ?? null);
useDocStore.subscribe((s) => bind(s.session?.doc ?? null));
