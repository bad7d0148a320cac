/**
 * Line breaking for card text, shared by the board and the exporter so both wrap identically.
 * Latin text breaks at spaces; CJK text breaks between any two characters, except that closing
 * punctuation never starts a line and opening punctuation never ends one (basic kinsoku).
 */

/** Width in px of a run of text at the card font. */
export type Measure = (text: string) => number;

const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉’”…‥・ー～,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（《「『【〔〈‘“([{']);

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

function graphemes(text: string): string[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text);
}

/** Splits a paragraph into unbreakable tokens; spaces stay attached to the token before them. */
export function tokenize(paragraph: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let glueNext = false; // previous token was opening punctuation
  const push = (t: string) => {
    if (glueNext && tokens.length) tokens[tokens.length - 1] += t;
    else tokens.push(t);
    glueNext = false;
  };
  const flush = () => {
    if (word) push(word);
    word = '';
  };
  for (const g of graphemes(paragraph)) {
    if (g === ' ' || g === '\t') {
      if (word) word += g;
      else if (tokens.length) tokens[tokens.length - 1] += g;
      else word = g;
      if (word.trim()) flush();
      continue;
    }
    if (NO_LINE_START.has(g)) {
      if (word) word += g;
      else if (tokens.length && !glueNext) tokens[tokens.length - 1] += g;
      else push(g);
      continue;
    }
    if (CJK.test(g) || NO_LINE_END.has(g)) {
      flush();
      push(g);
      if (NO_LINE_END.has(g)) glueNext = true;
      continue;
    }
    if (word.endsWith(' ')) flush();
    word += g;
  }
  flush();
  return tokens;
}

/** Wraps text to lines no wider than maxWidth (a token wider than a line is split by grapheme). */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let width = 0;
    for (const token of tokenize(paragraph)) {
      const w = measure(token);
      if (line && width + measure(token.trimEnd()) > maxWidth) {
        lines.push(line.trimEnd());
        line = '';
        width = 0;
      }
      if (!line && measure(token.trimEnd()) > maxWidth) {
        for (const g of graphemes(token)) {
          const gw = measure(g);
          if (line && width + gw > maxWidth) {
            lines.push(line.trimEnd());
            line = '';
            width = 0;
          }
          line += g;
          width += gw;
        }
        continue;
      }
      line += token;
      width += w;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * A measure that needs no DOM: full-width characters are 1em, Latin roughly 0.55em.
 * Used by unit tests and as a fallback; the browser measures with a canvas.
 */
export function estimateMeasure(fontSize: number): Measure {
  return (text) => {
    let w = 0;
    for (const g of graphemes(text)) {
      if (CJK.test(g) || g.length > 1) w += fontSize;
      else if (g === ' ') w += fontSize * 0.3;
      else if (/[A-Z@#%&mwMW]/.test(g)) w += fontSize * 0.7;
      else if (/[iljt.,:;'|!]/.test(g)) w += fontSize * 0.3;
      else w += fontSize * 0.55;
    }
    return w;
  };
}

/** Caches token widths; measuring is the hot part of laying out thousands of cards. */
export function cachedMeasure(measure: Measure, limit = 50_000): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = measure(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
}

/**
 * One line no wider than maxWidth: the text itself when it fits, else as many graphemes as fit
 * followed by "…" (a header is one line; its full text is in the map, the PDF's text layer and
 * the slides' notes). `measure` is for the size the line is drawn at.
 */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (measure(line) <= maxWidth) return line;
  const room = maxWidth - measure('…');
  let out = '';
  let w = 0;
  for (const g of graphemes(line)) {
    const gw = measure(g);
    if (w + gw > room) break;
    out += g;
    w += gw;
  }
  return `${out.trimEnd()}…`;
}
