import { z } from 'zod';

/**
 * "Everyone look here": the facilitator's request to bring every participant to a region of the
 * board or a slide of the presentation. Each request has a sequence number and an id; a client
 * moves once per request it has not seen, never again for the same one, and never for a request
 * that was already there when it opened the map (or is long past).
 */

export const regionSchema = z.object({
  kind: z.literal('region'),
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive(),
  h: z.number().finite().positive(),
});
export const slideSchema = z.object({ kind: z.literal('slide'), index: z.number().int().min(0).max(10_000) });

export const focusSchema = z.object({
  seq: z.number().int().min(1),
  id: z.string().min(1).max(200),
  /** The page that asked (not the person: the facilitator's other tabs, say on the projector, follow too). */
  by: z.string().min(1).max(200),
  at: z.number().finite(),
  target: z.discriminatedUnion('kind', [regionSchema, slideSchema]),
});
export type FocusRequest = z.infer<typeof focusSchema>;
export type FocusTarget = FocusRequest['target'];

/** A request older than this (by the requester's clock) is history, not a call to move. */
export const FOCUS_STALE_MS = 5 * 60_000;

export function nextFocus(prev: FocusRequest | null, args: { id: string; by: string; at: number; target: FocusTarget }): FocusRequest {
  return { seq: (prev?.seq ?? 0) + 1, id: args.id, by: args.by, at: args.at, target: args.target };
}

export interface Seen {
  readonly seq: number;
  readonly id: string;
}

/**
 * Whether a client that last saw `seen` should move for `req`. Two facilitators asking at once
 * write the same seq; the one the document keeps has a different id than the one seen first,
 * so the client moves again, to where everyone else ends up.
 */
export function shouldFollow(seen: Seen | null, req: FocusRequest | null, me: string, now: number): boolean {
  if (!req || req.by === me) return false;
  if (seen && (req.seq < seen.seq || (req.seq === seen.seq && req.id === seen.id))) return false;
  return now - req.at <= FOCUS_STALE_MS;
}

/** The part of the board a viewport shows, in board coordinates. */
export function visibleRegion(viewport: { x: number; y: number; zoom: number }, pane: { width: number; height: number }): FocusTarget {
  const zoom = viewport.zoom > 0 ? viewport.zoom : 1;
  return { kind: 'region', x: -viewport.x / zoom, y: -viewport.y / zoom, w: Math.max(1, pane.width / zoom), h: Math.max(1, pane.height / zoom) };
}
