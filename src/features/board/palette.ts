import type { CardColor } from '../../domain/lanes';

/** Card fill colours: light enough for dark text at WCAG AA, distinct on a projector. */
export const CARD_FILL: Record<CardColor, string> = {
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
