import { CARD_FONT_FAMILY, METRICS } from '../../domain/layout';
import { cachedMeasure, estimateMeasure, type Measure } from '../../domain/wrap';

/**
 * Measures card text with a canvas in the card's own font, so the layout wraps exactly where
 * the browser would. One cached instance for the app.
 */
function createCanvasMeasure(): Measure {
  const canvas = typeof document !== 'undefined' ? document.createElement('canvas') : null;
  const ctx = canvas?.getContext('2d');
  if (!ctx) return estimateMeasure(METRICS.fontSize);
  ctx.font = `${METRICS.fontSize}px ${CARD_FONT_FAMILY}`;
  return (text) => ctx.measureText(text).width;
}

export const measureText: Measure = cachedMeasure(createCanvasMeasure());
