import type { CardColor, Channel, LaneType, MetricType } from './lanes';

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
}

export type CardPatch = Partial<Omit<Card, 'id' | 'laneId' | 'stepId' | 'order'>>;
