import type { Comment } from './comments';
import type { CardColor, Channel, LaneType, MetricType } from './lanes';
import type { Person } from './people';

export type MapKind = 'journey' | 'blueprint';

export const SCHEMA_VERSION = 1;
export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

/** Text limits, the same for editing and for validation, so anything saved can be loaded. */
export const MAX_TEXT = 10_000;
export const MAX_TITLE = 500;

/**
 * Number limits, the same for editing and for validation: every number that enters is finite
 * and plausible, so no sum becomes Infinity and no date is outside what Date can format.
 */
export const MAX_MINUTES = 1_000_000; // about two years, for a wait or a step's duration
export const MAX_SAMPLE = 1e9;
export const MAX_METRIC = 1e12;
/** Dates (ms since 1970): from 1970 to the start of 2100. */
export const MIN_DATE = 0;
export const MAX_DATE = Date.UTC(2100, 0, 1);

export const isPlausibleDate = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && t >= MIN_DATE && t <= MAX_DATE;

export function clampText(text: string, max = MAX_TEXT): string {
  return text.length > max ? text.slice(0, max) : text;
}

export interface Persona {
  readonly name: string;
  readonly role: string;
  readonly goals: string;
  readonly frustrations: string;
  readonly quote: string;
  /** Avatar colour (photo-free: initials on a colour); null picks one from the name. */
  readonly color: string | null;
}

/** A persona kept in the library, shared across maps (a map holds a copy). */
export interface LibraryPersona extends Persona {
  readonly id: string;
  readonly updatedAt: number;
}

export const EMPTY_PERSONA: Persona = { name: '', role: '', goals: '', frustrations: '', quote: '', color: null };

export interface Step {
  readonly id: string;
  readonly title: string;
  /** −3…+3, or null when not scored (never treated as 0). */
  readonly emotion: number | null;
  readonly durationMin: number | null;
  /** A moment of truth (关键时刻): any number of steps may be one. Absent means false. */
  readonly keyMoment?: boolean;
  /** A planned surprise (惊喜点): something the customer does not expect, in a good way. */
  readonly surprise?: boolean;
}

export interface Stage {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly Step[];
}

export interface Lane {
  readonly id: string;
  readonly type: LaneType;
  readonly title: string;
}

export interface Card {
  readonly id: string;
  readonly laneId: string;
  readonly stepId: string;
  /** Position within its cell; only the relative order matters. */
  readonly order: number;
  readonly text: string;
  readonly color: CardColor | null;
  readonly failPoint: boolean;
  readonly waitMin: number | null;
  readonly channel: Channel | null;
  readonly rootCause: string;
  readonly owner: string;
  readonly metricType: MetricType | null;
  readonly metricValue: number | null;
  readonly sampleSize: number | null;
  /** On a fail point: the card (the recovery action, 服务补救) that handles it. */
  readonly recoveryCardId?: string | null;
  /** Employee-experience lane: what hurts the staff member, and how they feel (−3…+3). */
  readonly staffPain?: string;
  readonly staffEmotion?: number | null;
  /**
   * A photo or screenshot shown above the text: the SHA-256 (hex) of its bytes, which are kept
   * apart from the document (the `blobs` table, and an `images` section in JSON and backups).
   */
  readonly image?: string | null;
  /** The image's alt text (defaults to the file's name). */
  readonly imageAlt?: string;
  /** Who added it, by person id: only in a shared map, never with anonymous capture (src/domain/workshop/structure.ts). */
  readonly author?: string;
}

export interface Connection {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly twoWay: boolean;
  readonly label: string;
}

/** Manual moment marks; null means "let the analysis decide". */
export interface MomentMarks {
  readonly peak: string | null;
  readonly end: string | null;
}

/** The document. Revision and timestamps of saving live with the database row, not here. */
export interface JourneyMap {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly id: string;
  readonly kind: MapKind;
  readonly title: string;
  readonly persona: Persona;
  readonly scenario: string;
  readonly expectations: string;
  readonly toleranceFloor: number;
  readonly marks: MomentMarks;
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  readonly cards: readonly Card[];
  readonly connections: readonly Connection[];
  readonly createdAt: number;
  /** Improvement items (the plan that closes the loop from findings to fixes). */
  readonly backlog?: readonly BacklogItem[];
  /** Channels this team added, by name (offered beside the built-in ones). */
  readonly customChannels?: readonly string[];
  /** "Long wait" in minutes per channel, where this map differs from the defaults. */
  readonly waitThresholds?: Readonly<Record<string, number>>;
  /** Comment threads on cards, steps and stages (src/domain/comments.ts). */
  readonly comments?: readonly Comment[];
  /** Everyone who wrote on the map, for mentions (src/domain/people.ts). */
  readonly people?: readonly Person[];
}

export const BACKLOG_STATUSES = ['proposed', 'agreed', 'inProgress', 'done'] as const;
export type BacklogStatus = (typeof BACKLOG_STATUSES)[number];

/** One improvement item: what will change, who owns it, by when, and how much it is worth. */
export interface BacklogItem {
  readonly id: string;
  readonly title: string;
  /** The step it improves, if any (shown on the board beside that step). */
  readonly stepId: string | null;
  /** Where it came from: an opportunity (or any) card, a finding (its code), or typed in. */
  readonly source: { readonly kind: 'card'; readonly cardId: string } | { readonly kind: 'finding'; readonly code: string } | { readonly kind: 'manual' };
  readonly department: string;
  readonly owner: string;
  /** Due date as YYYY-MM-DD, or '' when not set. */
  readonly due: string;
  readonly status: BacklogStatus;
  /** 1 (low) … 5 (high). */
  readonly impact: number;
  readonly effort: number;
}

export type CardPatch = Partial<Omit<Card, 'id' | 'laneId' | 'stepId' | 'order'>>;
