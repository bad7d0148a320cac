import { useEffect, useState } from 'react';
import { dotsLeft, mayEditStructure } from '../../domain/workshop';
import { getIdentity } from '../../session/identity';
import { useRoomState } from '../../store/roomState';
import { useWorkshop } from './workshopStore';

/** Narrow selectors on the workshop state: each returns a primitive or a kept object. */
export const useVote = () => useWorkshop((s) => s.state.vote);
export const useTimer = () => useWorkshop((s) => s.state.timer);
export const useLocked = () => useWorkshop((s) => s.state.structureLocked);
export const useAnonymous = () => useWorkshop((s) => s.state.anonymous);

/** True when the structure is locked and this person is not the facilitator. */
export function useStructureLockedForMe(): boolean {
  const locked = useLocked();
  const role = useRoomState((s) => s.role);
  return !mayEditStructure(locked, role);
}

export const useIsFacilitator = () => useRoomState((s) => s.role === 'facilitator');

/** This person's dots left in the current round (null without an open one). */
export function useMyDotsLeft(): number | null {
  return useWorkshop((s) => (s.state.vote && s.tally && s.state.vote.status === 'open' ? dotsLeft(s.state.vote, s.tally, getIdentity().id) : null));
}

/** The clock, ticking while `active` (a running timer, an open deadline). */
export function useNow(active: boolean, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [active, everyMs]);
  return now;
}
