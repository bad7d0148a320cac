import { LANES, type LaneRole } from './lanes';
import type { Lane } from './types';

export type BlueprintLineKind = 'interaction' | 'visibility' | 'internal';

/** Each line sits between two roles: above it the first, below it the second. */
const LINE_ROLES: readonly [BlueprintLineKind, LaneRole, LaneRole][] = [
  ['interaction', 'customer', 'frontstage'],
  ['visibility', 'frontstage', 'backstage'],
  ['internal', 'backstage', 'support'],
];

/**
 * The three blueprint lines are derived from lane order, never drawn by hand: a line is placed
 * on top of the first lane of the lower role that comes after a lane of the upper role, so it
 * follows the lanes when they move. Returns the index of the lane the line sits on top of.
 */
export function blueprintLines(lanes: readonly Lane[]): { kind: BlueprintLineKind; laneIndex: number }[] {
  const roles = lanes.map((l) => LANES[l.type].role);
  const out: { kind: BlueprintLineKind; laneIndex: number }[] = [];
  for (const [kind, above, below] of LINE_ROLES) {
    const firstAbove = roles.indexOf(above);
    if (firstAbove < 0) continue;
    const index = roles.findIndex((r, i) => i > firstAbove && r === below);
    if (index >= 0) out.push({ kind, laneIndex: index });
  }
  return out;
}
