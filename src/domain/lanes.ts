/**
 * The lane registry (DESIGN.md §3.5): everything about one lane type sits in one entry — colour,
 * card fields, role in the analysis, whether customers see it, where an import puts it. Adding a
 * lane type means adding an entry here and its title in each language (`lanes.<type>`); the
 * board, the CSV import and the Mermaid export read these entries, nothing lists types by hand.
 */
export const LANE_TYPES = [
  'evidence',
  'customer',
  'frontstage',
  'backstage',
  'support',
  'staff',
  'touchpoint',
  'thinking',
  'emotion',
  'pain',
  'opportunity',
  'metric',
  'notes',
] as const;

export type LaneType = (typeof LANE_TYPES)[number];

/**
 * Card fields beyond text and colour; the inspector shows the ones a lane type lists.
 * `staffPain` and `staffEmotion` belong to the employee-experience lane: the card text is what the
 * staff member does, these say what hurts them and how they feel (−3…+3).
 * `image` (a photo or screenshot above the text, with its alt text) is on every lane with cards:
 * physical evidence is the obvious place, but a screenshot of an app belongs with its touchpoint.
 */
export const CARD_FIELDS = ['failPoint', 'wait', 'channel', 'rootCause', 'owner', 'metric', 'staffPain', 'staffEmotion', 'image'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

/** How a lane takes part in the blueprint lines and the analysis. */
export type LaneRole = 'customer' | 'frontstage' | 'backstage' | 'support' | 'emotion' | 'pain' | 'staff' | 'other';

export interface LaneSpec {
  readonly type: LaneType;
  /** Header and card tint; chosen for contrast with dark text (WCAG AA) on white. */
  readonly color: string;
  readonly fields: readonly CardField[];
  /** The emotion lane holds the curve, not cards. */
  readonly hasCards: boolean;
  readonly role: LaneRole;
  /** Seen by the customer: its cards are the actors of a Mermaid journey task. */
  readonly customerFacing: boolean;
  /** Position (ascending) when a file does not say how lanes are ordered (CSV import). */
  readonly rank: number;
}

const ACTION_FIELDS: readonly CardField[] = ['failPoint', 'wait'];

type Entry = Omit<LaneSpec, 'type'>;
/** Fields every lane with cards has, after its own. */
const COMMON_FIELDS: readonly CardField[] = ['image'];

const lane = (color: string, fields: readonly CardField[], role: LaneRole, rank: number, extra: Partial<Entry> = {}): Entry => ({
  color,
  fields: extra.hasCards === false ? fields : [...fields, ...COMMON_FIELDS],
  hasCards: true,
  role,
  customerFacing: false,
  rank,
  ...extra,
});

const ENTRIES: Readonly<Record<LaneType, Entry>> = {
  touchpoint: lane('#e0f7fa', ['channel'], 'other', 0, { customerFacing: true }),
  evidence: lane('#e8eaf6', [], 'other', 1, { customerFacing: true }),
  customer: lane('#e3f2fd', ACTION_FIELDS, 'customer', 2, { customerFacing: true }),
  frontstage: lane('#e8f5e9', ACTION_FIELDS, 'frontstage', 3, { customerFacing: true }),
  backstage: lane('#fff8e1', ACTION_FIELDS, 'backstage', 4),
  support: lane('#f3e5f5', ACTION_FIELDS, 'support', 5),
  staff: lane('#fff3e0', ['staffPain', 'staffEmotion'], 'staff', 6),
  thinking: lane('#f1f8e9', [], 'other', 7),
  emotion: lane('#fafafa', [], 'emotion', 8, { hasCards: false }),
  pain: lane('#ffebee', ['rootCause', 'owner'], 'pain', 9),
  opportunity: lane('#e8f5e9', [], 'other', 10),
  metric: lane('#ede7f6', ['metric'], 'other', 11),
  notes: lane('#f5f5f5', [], 'other', 12),
};

export const LANES: Readonly<Record<LaneType, LaneSpec>> = Object.fromEntries(
  LANE_TYPES.map((type) => [type, { type, ...ENTRIES[type] }]),
) as Record<LaneType, LaneSpec>;

export const BLUEPRINT_LANES: readonly LaneType[] = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];
export const JOURNEY_LANES: readonly LaneType[] = ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'];

/** Lane types customers see, from the registry. */
export const CUSTOMER_FACING_LANES: ReadonlySet<LaneType> = new Set(LANE_TYPES.filter((t) => LANES[t].customerFacing));

/**
 * Touchpoint channels, stored as keys and shown translated (`channels.<key>`), each with the wait
 * in minutes that customers of that channel count as long: a phone queue is not a station hall.
 * A map may set its own thresholds and add its own channels (stored by name).
 */
const CHANNEL_WAIT: Readonly<Record<string, number>> = {
  wechat: 5,
  officialAccount: 5,
  miniProgram: 2,
  wecom: 5,
  videoChannel: 60,
  douyin: 60,
  xiaohongshu: 60,
  weibo: 60,
  zhihu: 120,
  phone: 3,
  hotline400: 3,
  carrierHotline: 3,
  govHotline: 5,
  chatbot: 1,
  liveAgent: 3,
  ecomService: 3,
  store: 10,
  serviceHall: 15,
  accountManager: 30,
  homeService: 30,
  web: 2,
  app: 2,
  email: 1440,
  sms: 60,
  shortVideo: 60,
  social: 60,
  other: 10,
};

export const CHANNELS = [
  'wechat',
  'officialAccount',
  'miniProgram',
  'wecom',
  'videoChannel',
  'douyin',
  'xiaohongshu',
  'weibo',
  'zhihu',
  'phone',
  'hotline400',
  'carrierHotline',
  'govHotline',
  'chatbot',
  'liveAgent',
  'ecomService',
  'store',
  'serviceHall',
  'accountManager',
  'homeService',
  'web',
  'app',
  'email',
  'sms',
  'shortVideo',
  'social',
  'other',
] as const;
export type BuiltinChannel = (typeof CHANNELS)[number];
/** A built-in channel key, or the name of a channel a team added to its map. */
export type Channel = string;

export function isBuiltinChannel(c: string): c is BuiltinChannel {
  return (CHANNELS as readonly string[]).includes(c);
}

/** A wait at or above this many minutes is long where no channel says otherwise. */
export const DEFAULT_LONG_WAIT_MIN = 10;

/** The default "long wait" of a channel; a custom channel gets the general default. */
export function defaultWaitThreshold(channel: string): number {
  return CHANNEL_WAIT[channel] ?? DEFAULT_LONG_WAIT_MIN;
}

/**
 * Metrics, each with the scale it is measured on. Values outside the scale are not rolled up
 * (a 75 entered as CSAT on a 1–5 scale is a typo, not a very happy customer). `higherIsBetter`
 * is false for rates that count trouble (repeat contacts, complaints, transfers to an agent).
 */
export interface MetricSpec {
  readonly min: number;
  readonly max: number;
  readonly unit: '' | '%';
  readonly higherIsBetter: boolean;
}

const scale = (min: number, max: number, unit: '' | '%' = '', higherIsBetter = true): MetricSpec => ({ min, max, unit, higherIsBetter });

export const METRICS = {
  CSAT: scale(1, 5),
  CSAT_PCT: scale(0, 100, '%'),
  CES: scale(1, 7),
  NPS: scale(-100, 100),
  SAT10: scale(0, 10),
  SAT_RATE: scale(0, 100, '%'),
  FCR: scale(0, 100, '%'),
  REPEAT_RATE: scale(0, 100, '%', false),
  COMPLAINT_RATE: scale(0, 100, '%', false),
  TRANSFER_RATE: scale(0, 100, '%', false),
  ANSWER_RATE: scale(0, 100, '%'),
} as const satisfies Record<string, MetricSpec>;

export type MetricType = keyof typeof METRICS;
export const METRIC_TYPES = Object.keys(METRICS) as MetricType[];

export function inScale(type: MetricType, value: number): boolean {
  const s = METRICS[type];
  return value >= s.min && value <= s.max;
}

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
