import type { JourneyMap } from '../types';

/**
 * The structure lock and authorship, as pure rules.
 *
 * Structure is everything in stages, steps and lanes, fields included (titles, a step's emotion
 * score and duration): the same three collections the server protects while the lock is on, so
 * the client never shows an edit the server would refuse.
 */
export function touchesStructure(prev: JourneyMap, next: JourneyMap): boolean {
  return prev.stages !== next.stages || prev.lanes !== next.lanes;
}

/** Whether this person may change the structure now. */
export function mayEditStructure(locked: boolean, role: string): boolean {
  return !locked || role === 'facilitator';
}

/**
 * Who a new card is by. In a shared map a card records its author's person id (never a name:
 * names live with the people who joined, and change); with anonymous capture on it records
 * nobody. A map nobody shared has one author, so its cards record none.
 */
export function authorOf(args: { shared: boolean; anonymous: boolean; personId: string }): { author?: string } {
  return args.shared && !args.anonymous ? { author: args.personId } : {};
}
