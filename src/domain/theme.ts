import { CARD_FILL, DEFAULT_CARD_FILL, LANE_TYPES, LANES, type LaneType } from './lanes';

/**
 * The design language, written once (DESIGN.md §4 "One look"). The stylesheet reads these as CSS
 * custom properties (installed at startup, see src/ui/theme.ts), the SVG export and the
 * zoomed-out canvas read them directly, so the board and its images agree by construction.
 * Pure data: no DOM here.
 *
 * Lane tints and card fills stay in the lane registry (one entry per lane type); the theme
 * exposes them under the same names everywhere.
 */

export const COLORS = {
  ink: '#1c2430',
  inkSoft: '#37474f',
  muted: '#4f5b67',
  /** Grid labels on the curve: 4.5:1 on white at 10 px. */
  faint: '#607d8b',
  line: '#cfd8dc',
  lineSoft: '#e0e6ea',
  lineFaint: '#eceff1',
  control: '#90a4ae',
  cardBorder: '#b0bec5',
  bg: '#f6f8fa',
  surface: '#ffffff',
  surfaceAlt: '#eceff1',
  surfaceMuted: '#fafafa',
  accent: '#1565c0',
  accentStrong: '#0d47a1',
  accentSoft: '#e3f2fd',
  focus: '#1e88e5',
  danger: '#b71c1c',
  low: '#c62828',
  wait: '#8a4b00',
  stageHeader: '#37474f',
  stageHeaderBorder: '#263238',
  stepHeader: '#eceff1',
  moment: '#263238',
  /** Arrows: at least 3:1 against the board's white and tinted rows. */
  connection: '#546e7a',
  curve: '#1565c0',
  lineInteraction: '#37474f',
  lineVisibility: '#1565c0',
  lineInternal: '#6a1b9a',
  toast: '#263238',
  dropTarget: '#1565c0',
  /** Comment markers in exported images: apart from every lane tint and line, 5:1 under white text. */
  comment: '#c2410c',
} as const;

export type ColorName = keyof typeof COLORS;

/** Font sizes in CSS pixels. */
export const TYPE_SCALE = {
  tiny: 10,
  badge: 11,
  small: 12,
  body: 14,
  stage: 15,
  heading: 17,
  title: 18,
  display: 26,
} as const;

export const SPACING = { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 } as const;

export const RADII = { badge: 9, card: 6, control: 6, menu: 8, panel: 10, dialog: 12 } as const;

export const LANE_COLORS: Readonly<Record<LaneType, string>> = Object.fromEntries(LANE_TYPES.map((t) => [t, LANES[t].color])) as Record<LaneType, string>;

export const THEME = { colors: COLORS, type: TYPE_SCALE, spacing: SPACING, radii: RADII, lanes: LANE_COLORS, cardFill: CARD_FILL, defaultCardFill: DEFAULT_CARD_FILL } as const;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The theme as CSS custom properties: `--c-ink`, `--lane-backstage`, `--fs-body`, `--sp-md`,
 * `--r-card`… The names are the contract with styles.css (a unit test checks every variable the
 * stylesheet uses is defined here or in the stylesheet itself).
 */
export function themeCssVariables(theme = THEME): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(theme.colors)) out[`--c-${kebab(k)}`] = v;
  for (const [k, v] of Object.entries(theme.lanes)) out[`--lane-${k}`] = v;
  for (const [k, v] of Object.entries(theme.cardFill)) out[`--card-${k}`] = v;
  for (const [k, v] of Object.entries(theme.type)) out[`--fs-${kebab(k)}`] = `${v}px`;
  for (const [k, v] of Object.entries(theme.spacing)) out[`--sp-${k}`] = `${v}px`;
  for (const [k, v] of Object.entries(theme.radii)) out[`--r-${k}`] = `${v}px`;
  return out;
}
