import { z } from 'zod';
import { PERSON_COLORS } from '../../session/identity';

/**
 * What each person publishes in the session's awareness (y-protocols), and the one boundary that
 * reads what others publish. Awareness is not part of the map: anybody in the room can put anything
 * there, so every remote state is parsed field by field; a bad field falls back to "nothing"
 * (no cursor, no selection…) instead of dropping the person or reaching the screen.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where a person looks: the centre of their view in flow coordinates, and their zoom. */
export interface ViewCentre extends Point {
  readonly zoom: number;
}

export interface PresenceUser {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

export interface PresenceState {
  readonly user: PresenceUser;
  /** The pointer over the board, in flow coordinates; null when it is elsewhere. */
  readonly cursor: Point | null;
  /** Ids of what the person has selected (a card, a connection, a lane…). */
  readonly selection: readonly string[];
  readonly viewport: ViewCentre | null;
  /** The slide shown in presentation mode (0-based); null when not presenting slides. */
  readonly slide: number | null;
  /** The person asked the others to follow them. */
  readonly presenting: boolean;
}

/** One browser tab in the room: awareness's client id and what it published. */
export interface Peer extends PresenceState {
  readonly clientId: number;
}

/** The board's own limits (Board.tsx minZoom / maxZoom). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2;
/** Far beyond any map (5,000 cards are ~10^5 px wide), close enough to keep CSS sane. */
const MAX_COORD = 1e7;
export const MAX_NAME = 40;
const MAX_SELECTION = 50;
const MAX_ID = 64;
const MAX_SLIDE = 9999;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
// z.number() refuses NaN and ±Infinity (zod 4); what is left is clamped.
const coord = z.number().transform((v) => clamp(v, -MAX_COORD, MAX_COORD));
const pointSchema = z.object({ x: coord, y: coord });
const viewSchema = z.object({ x: coord, y: coord, zoom: z.number().transform((v) => clamp(v, MIN_ZOOM, MAX_ZOOM)) });
const idSchema = z.string().min(1).max(MAX_ID);
const slideSchema = z.number().int().min(0).max(MAX_SLIDE);
const userSchema = z.object({ id: idSchema, name: z.unknown().optional(), color: z.unknown().optional() });

/** Control characters and bidirectional overrides: a name must not reorder or hide other text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A name fit to show: a string, without control or bidi characters, at most 40 characters. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // Cut before cleaning, so a 10 MB name costs no more than a short one.
  return Array.from(raw.slice(0, MAX_NAME * 4).replace(UNSAFE_CHARS, '').trim())
    .slice(0, MAX_NAME)
    .join('');
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);
const inks = new Map<string, string>();

/**
 * The shade of a person's colour that white text reads on (4.5:1): their colour itself when it is
 * dark enough, else darkened step by step. Outlines and pointers keep the colour; names and
 * initials sit on this.
 */
export function inkOf(color: string): string {
  const known = inks.get(color);
  if (known) return known;
  let ink = /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : '#495057';
  for (let f = 0.9; contrastOnWhite(ink) < 4.5 && f > 0; f -= 0.1) {
    const c = [1, 3, 5].map((i) => Math.round(parseInt(color.slice(i, i + 2), 16) * f));
    ink = `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  }
  if (inks.size > 256) inks.clear();
  inks.set(color, ink);
  return ink;
}

/** A person's colour from their id, for anyone who sent none (or one we refuse). */
export function fallbackColor(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return PERSON_COLORS[h % PERSON_COLORS.length]!;
}

/**
 * A colour fit to draw with: `#rrggbb` only (never a CSS expression), and dark enough for white
 * initials and to be seen on the white board (3:1 on white); otherwise one of PERSON_COLORS.
 */
export function safeColor(raw: unknown, id: string): string {
  if (typeof raw === 'string' && /^#[0-9a-f]{6}$/i.test(raw) && contrastOnWhite(raw) >= 3) return raw.toLowerCase();
  return fallbackColor(id);
}

function field<T>(schema: z.ZodType<T>, raw: unknown, fallback: T): T {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}

function selectionOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids: string[] = [];
  for (const v of raw.slice(0, MAX_SELECTION)) if (typeof v === 'string' && v.length > 0 && v.length <= MAX_ID) ids.push(v);
  return ids;
}

/**
 * Reads what one client published. Null when it is not a person (no user id): such a state is
 * ignored; every other field that is wrong becomes its empty value.
 */
export function parsePresence(raw: unknown): PresenceState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const user = userSchema.safeParse(r.user);
  if (!user.success) return null;
  const id = user.data.id;
  return {
    user: { id, name: cleanName(user.data.name), color: safeColor(user.data.color, id) },
    cursor: field<Point | null>(pointSchema, r.cursor, null),
    selection: selectionOf(r.selection),
    viewport: field<ViewCentre | null>(viewSchema, r.viewport, null),
    slide: field<number | null>(slideSchema, r.slide, null),
    presenting: r.presenting === true,
  };
}

const samePoint = (a: Point | null, b: Point | null) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y);

/** Whether two parsed states show the same thing (so the old object, and its renders, are kept). */
export function samePresence(a: PresenceState, b: PresenceState): boolean {
  return (
    a.user.id === b.user.id &&
    a.user.name === b.user.name &&
    a.user.color === b.user.color &&
    samePoint(a.cursor, b.cursor) &&
    a.selection.length === b.selection.length &&
    a.selection.every((s, i) => s === b.selection[i]) &&
    (a.viewport === b.viewport || (!!a.viewport && !!b.viewport && samePoint(a.viewport, b.viewport) && a.viewport.zoom === b.viewport.zoom)) &&
    a.slide === b.slide &&
    a.presenting === b.presenting
  );
}
