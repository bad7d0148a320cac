import { threadsOf, type Comment, type CommentTarget, type CommentTargetKind, type Thread } from '../comments';
import { METRICS, type Layout, type Rect } from '../layout';
import { COLORS as C } from '../theme';
import type { JourneyMap } from '../types';
import { wrapText, type Measure } from '../wrap';
import { esc, num } from './xml';

/**
 * Comments in an exported image, only when asked for: a numbered marker on each item that has
 * open threads and, below the map, the list of those threads by number (author and text, replies
 * indented). The numbers follow reading order (column by column, top to bottom) and are given
 * once for the whole export, so every page of a PDF uses the same numbers as the list.
 */

export interface CommentLabels {
  heading: string;
  kind: Record<CommentTargetKind, string>;
}

/** One commented item: its number, what it is, and its open threads. */
export interface CommentedItem {
  readonly n: number;
  readonly target: CommentTarget;
  readonly name: string;
  readonly threads: readonly Thread[];
}

function rectOf(layout: Layout, t: CommentTarget): Rect | undefined {
  if (t.kind === 'card') return layout.cards.get(t.id);
  if (t.kind === 'step') return layout.steps.find((s) => s.id === t.id);
  return layout.stages.find((s) => s.id === t.id);
}

function nameOf(map: JourneyMap, t: CommentTarget): string {
  const raw =
    t.kind === 'card'
      ? map.cards.find((c) => c.id === t.id)?.text
      : t.kind === 'stage'
        ? map.stages.find((s) => s.id === t.id)?.title
        : map.stages.flatMap((s) => s.steps).find((s) => s.id === t.id)?.title;
  return (raw ?? '').split('\n')[0]!.trim();
}

/** The items with open threads that the layout shows, numbered in reading order. */
export function commentedItems(map: JourneyMap, layout: Layout): CommentedItem[] {
  const byTarget = new Map<string, { target: CommentTarget; rect: Rect; threads: Thread[] }>();
  for (const thread of threadsOf(map)) {
    if (thread.root.resolved) continue;
    const t = thread.root.target;
    const key = `${t.kind}:${t.id}`;
    const hit = byTarget.get(key);
    if (hit) {
      hit.threads.push(thread);
      continue;
    }
    const rect = rectOf(layout, t);
    if (rect) byTarget.set(key, { target: t, rect, threads: [thread] });
  }
  return [...byTarget.values()]
    .sort((a, b) => a.rect.x - b.rect.x || a.rect.y - b.rect.y)
    .map((x, i) => ({ n: i + 1, target: x.target, name: nameOf(map, x.target), threads: x.threads }));
}

const R = 11;

function marker(n: number, cx: number, cy: number): string {
  return (
    `<g class="comment-marker" data-n="${n}"><circle cx="${num(cx)}" cy="${num(cy)}" r="${R}" fill="${C.comment}" stroke="${C.surface}" stroke-width="2"/>` +
    `<text x="${num(cx)}" y="${num(cy + 4)}" font-size="12" font-weight="700" fill="${C.surface}" text-anchor="middle">${n}</text></g>`
  );
}

/** Markers at the top right of each commented item the layout holds (in grid coordinates). */
export function commentMarkersSvg(items: readonly CommentedItem[], layout: Layout): string {
  const out: string[] = [];
  for (const item of items) {
    const r = rectOf(layout, item.target);
    if (!r) continue;
    // On a card: astride its top-right corner, like a pin. On a header: inside its right end.
    if (item.target.kind === 'card') out.push(marker(item.n, r.x + r.w - 4, r.y + 4));
    else out.push(marker(item.n, r.x + r.w - R - 6, r.y + r.h / 2));
  }
  return out.join('');
}

const SIZE = 13;
const LINE = 19;

/** The numbered list of threads, `width` wide, its top at `y`. */
export function commentListSvg(items: readonly CommentedItem[], labels: CommentLabels, x: number, y: number, width: number, measure: Measure): { svg: string; height: number } {
  if (!items.length) return { svg: '', height: 0 };
  const k = SIZE / METRICS.fontSize; // the measure is for card text; this list is smaller
  const wrap = (text: string, w: number) => wrapText(text, w / k, measure);
  const boldWidth = (text: string) => measure(text) * k * 1.06; // bold runs a little wider
  const out: string[] = [];
  let cy = y + 22;
  out.push(`<text x="${num(x)}" y="${num(cy)}" font-size="17" font-weight="700" fill="${C.ink}">${esc(labels.heading)}</text>`);
  cy += 14;
  out.push(`<line x1="${num(x)}" x2="${num(x + width)}" y1="${num(cy)}" y2="${num(cy)}" stroke="${C.line}"/>`);
  cy += 10;
  const textX = x + 2 * R + 12;
  const textW = width - (textX - x);
  for (const item of items) {
    out.push(marker(item.n, x + R, cy + R));
    const title = wrap(`${labels.kind[item.target.kind]}: ${item.name}`, textW).slice(0, 2);
    title.forEach((l, i) => out.push(`<text x="${num(textX)}" y="${num(cy + 15 + i * LINE)}" font-size="${SIZE}" font-weight="700" fill="${C.ink}">${esc(l)}</text>`));
    cy += Math.max(2 * R + 4, title.length * LINE + 4);
    for (const thread of item.threads) {
      for (const c of [thread.root, ...thread.replies]) cy = comment(out, c, c === thread.root ? textX : textX + 18, cy, textW - (c === thread.root ? 0 : 18), wrap, boldWidth);
      cy += 4;
    }
    cy += 8;
  }
  return { svg: `<g class="comment-list">${out.join('')}</g>`, height: cy - y };
}

function comment(out: string[], c: Comment, x: number, y: number, w: number, wrap: (text: string, w: number) => string[], nameWidth: (s: string) => number): number {
  const author = c.author;
  const name = `${author.name || '?'}:`;
  out.push(`<circle cx="${num(x + 4)}" cy="${num(y + 9)}" r="4.5" fill="${esc(author.color)}"/>`);
  // The name in bold, the text after it: the first line leaves room for the name.
  const lead = nameWidth(name) + 5;
  const first = wrap(c.text, w - 14 - lead)[0] ?? '';
  // What the first line left, wrapped to the full width (its own line breaks kept).
  const rest = c.text.trimStart().slice(first.length).replace(/^[ \t]*\r?\n?/, '');
  const more = rest.trim() ? wrap(rest, w - 14) : [];
  out.push(`<text x="${num(x + 14)}" y="${num(y + 14)}" font-size="${SIZE}" font-weight="700" fill="${C.ink}">${esc(name)}</text>`);
  out.push(`<text x="${num(x + 14 + lead)}" y="${num(y + 14)}" font-size="${SIZE}" fill="${C.inkSoft}">${esc(first ?? '')}</text>`);
  more.forEach((l, i) => out.push(`<text x="${num(x + 14)}" y="${num(y + 14 + (i + 1) * LINE)}" font-size="${SIZE}" fill="${C.inkSoft}">${esc(l) || ' '}</text>`));
  return y + (1 + more.length) * LINE + 2;
}

/**
 * The list on pages of its own (a PDF whose map is split over pages): standalone SVGs `width`
 * wide, none taller than `maxHeight`, an item never split (unless it alone is taller).
 */
export function commentListPages(items: readonly CommentedItem[], labels: CommentLabels, width: number, maxHeight: number, measure: Measure, font: string): { svg: string; width: number; height: number }[] {
  const pages: { svg: string; width: number; height: number }[] = [];
  const inner = width - 2 * PAGE_PAD;
  let chunk: CommentedItem[] = [];
  const flush = () => {
    if (!chunk.length) return;
    const list = commentListSvg(chunk, labels, PAGE_PAD, 0, inner, measure);
    const height = Math.ceil(list.height + PAGE_PAD);
    pages.push({
      svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(font)}"><rect width="100%" height="100%" fill="${C.surface}"/>${list.svg}</svg>`,
      width,
      height,
    });
    chunk = [];
  };
  for (const item of items) {
    if (chunk.length && commentListSvg([...chunk, item], labels, PAGE_PAD, 0, inner, measure).height + PAGE_PAD > maxHeight) flush();
    chunk.push(item);
  }
  flush();
  return pages;
}

const PAGE_PAD = 8;
