import { findCard } from '../query';
import { MAX_TITLE, clampText, type Connection, type JourneyMap } from '../types';
import { patchObject } from './util';

/** Connects two different cards; a second arrow between the same pair (either way) is refused. */
export function addConnection(
  map: JourneyMap,
  args: { id: string; from: string; to: string; twoWay?: boolean; label?: string },
): JourneyMap {
  if (args.from === args.to || !findCard(map, args.from) || !findCard(map, args.to)) return map;
  const exists = map.connections.some(
    (k) => k.id === args.id || (k.from === args.from && k.to === args.to) || (k.from === args.to && k.to === args.from),
  );
  if (exists) return map;
  const connection: Connection = {
    id: args.id,
    from: args.from,
    to: args.to,
    twoWay: args.twoWay ?? false,
    label: clampText(args.label?.trim() ?? '', MAX_TITLE),
  };
  return { ...map, connections: [...map.connections, connection] };
}

export function updateConnection(
  map: JourneyMap,
  args: { id: string; patch: { twoWay?: boolean; label?: string } },
): JourneyMap {
  const label = args.patch.label === undefined ? undefined : clampText(args.patch.label.trim(), MAX_TITLE);
  const patch = { twoWay: args.patch.twoWay, label };
  let changed = false;
  const connections = map.connections.map((k) => {
    if (k.id !== args.id) return k;
    const next = patchObject(k, patch);
    changed = next !== k;
    return next;
  });
  return changed ? { ...map, connections } : map;
}

/** Swaps the direction of a one-way arrow. */
export function reverseConnection(map: JourneyMap, args: { id: string }): JourneyMap {
  const k = map.connections.find((c) => c.id === args.id);
  if (!k) return map;
  return { ...map, connections: map.connections.map((c) => (c === k ? { ...c, from: k.to, to: k.from } : c)) };
}

export function deleteConnection(map: JourneyMap, args: { id: string }): JourneyMap {
  if (!map.connections.some((k) => k.id === args.id)) return map;
  return { ...map, connections: map.connections.filter((k) => k.id !== args.id) };
}
