/**
 * The lane registry (DESIGN.md §3.5): everything about one lane type sits in one entry.
 * Adding a lane type means adding an entry here and its title in each language (`lanes.<type>`).
 */
export const LANE_TYPES = [
  'evidence',
  'customer',
  'frontstage',
  'backstage',
  'support',
  'touchpoint',
  'thinking',
  'emotion',
  'pain',
  'opportunity',
  'metric',
  'notes',
] as const;

export type LaneType = (typeof LANE_TYPES)[number];

/** Card fields beyond text and colour; the inspector shows the ones a lane type lists. */
export type CardField = 'failPoint' | 'wait' | 'channel' | 'rootCause' | 'owner' | 'metric';

/** How a lane takes part in the blueprint lines and, later, the analysis. */
export type LaneRole = 'customer' | 'frontstage' | 'backstage' | 'support' | 'emotion' | 'pain' | 'other';

export interface LaneSpec {
  readonly type: LaneType;
  /** Header and card tint; chosen for contrast with dark text (WCAG AA) on white. */
  readonly color: string;
  readonly fields: readonly CardField[];
  /** The emotion lane holds the curve, not cards. */
  readonly hasCards: boolean;
  readonly role: LaneRole;
}

const ACTION_FIELDS: readonly CardField[] = ['failPoint', 'wait'];

export const LANES: Readonly<Record<LaneType, LaneSpec>> = {
  evidence: { type: 'evidence', color: '#e8eaf6', fields: [], hasCards: true, role: 'other' },
  customer: { type: 'customer', color: '#e3f2fd', fields: ACTION_FIELDS, hasCards: true, role: 'customer' },
  frontstage: { type: 'frontstage', color: '#e8f5e9', fields: ACTION_FIELDS, hasCards: true, role: 'frontstage' },
  backstage: { type: 'backstage', color: '#fff8e1', fields: ACTION_FIELDS, hasCards: true, role: 'backstage' },
  support: { type: 'support', color: '#f3e5f5', fields: ACTION_FIELDS, hasCards: true, role: 'support' },
  touchpoint: { type: 'touchpoint', color: '#e0f7fa', fields: ['channel'], hasCards: true, role: 'other' },
  thinking: { type: 'thinking', color: '#f1f8e9', fields: [], hasCards: true, role: 'other' },
  emotion: { type: 'emotion', color: '#fafafa', fields: [], hasCards: false, role: 'emotion' },
  pain: { type: 'pain', color: '#ffebee', fields: ['rootCause', 'owner'], hasCards: true, role: 'pain' },
  opportunity: { type: 'opportunity', color: '#e8f5e9', fields: [], hasCards: true, role: 'other' },
  metric: { type: 'metric', color: '#ede7f6', fields: ['metric'], hasCards: true, role: 'other' },
  notes: { type: 'notes', color: '#f5f5f5', fields: [], hasCards: true, role: 'other' },
};

export const BLUEPRINT_LANES: readonly LaneType[] = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];
export const JOURNEY_LANES: readonly LaneType[] = ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'];

/** Touchpoint channels, stored as keys and shown translated (`channels.<key>`). */
export const CHANNELS = [
  'wechat',
  'phone',
  'store',
  'web',
  'app',
  'email',
  'shortVideo',
  'social',
  'chatbot',
  'sms',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const METRIC_TYPES = ['CSAT', 'CES', 'NPS'] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

/** Card colours, stored as keys; the palette lives with the UI so themes can change it. */
export const CARD_COLORS = ['yellow', 'orange', 'red', 'pink', 'purple', 'blue', 'green', 'grey'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

/** Card fills: light enough for dark text at WCAG AA, distinct on a projector. */
export const CARD_FILL: Readonly<Record<CardColor, string>> = {
  yellow: '#fff59d',
  orange: '#ffcc80',
  red: '#ef9a9a',
  pink: '#f8bbd0',
  purple: '#d1c4e9',
  blue: '#bbdefb',
  green: '#c8e6c9',
  grey: '#e0e0e0',
};
export const DEFAULT_CARD_FILL = '#ffffff';

export function laneHasField(type: LaneType, field: CardField): boolean {
  return LANES[type].fields.includes(field);
}
