import type { Analysis } from '../analysis';
import { commentListSvg, commentMarkersSvg, type CommentedItem, type CommentLabels } from './svgComments';
import { stepMarksSvg, stepMarksWidth, type StepMarkLabels } from './svgMarks';
import { chipSpot, floorLabelSpot, smoothPath, valueLabelBox, valueLabelSpot } from '../curve';
import { CARD_FILL, DEFAULT_CARD_FILL, LANES, laneHasField, type Channel } from '../lanes';
import { CARD_FONT_FAMILY, METRICS, emotionY, type EmotionPoint, type Layout } from '../layout';
import { EMOTION_MAX, EMOTION_MIN, type JourneyMap } from '../types';
import { ellipsize, wrapText, type Measure } from '../wrap';
import { COLORS as C } from '../theme';
import { routeMap, routePath } from '../routing';
import { imageSvg } from './svgImage';
import { esc, num } from './xml';

/**
 * The whole map as SVG, drawn from the shared layout (so the image matches the board) with text
 * kept as text. Pure: labels in the user's language and a text measure are passed in.
 */

export interface SvgLabels {
  lines: { interaction: string; visibility: string; internal: string };
  peak: string;
  end: string;
  floor: string;
  failPoint: string;
  wait: string;
  persona: string;
  scenario: string;
  channel: (c: Channel) => string;
  /** Moment-of-truth and surprise chips on step headers (svgMarks.ts). */
  marks?: StepMarkLabels;
  /** A step's duration and its total wait, as the board writes them ("2 分钟", "等待 4 分钟"). */
  duration: (min: number) => string;
  waitTotal: (min: number) => string;
  /** On an image card whose image this device does not have. */
  imageMissing?: string;
}

export interface SvgOptions {
  labels: SvgLabels;
  measure: Measure;
  background: 'white' | 'transparent';
  /** Peak and end as analysed on the whole map (a slice may not contain them). */
  moments: Pick<Analysis, 'peak' | 'end'>;
  /** Title, persona and legend around the grid (default true; slides leave them out). */
  chrome?: boolean;
  /**
   * Card images as data URLs by hash (formats/svgImage.ts). Absent: images were not loaded (a
   * thumbnail), each image card shows a quiet tint; a hash missing from the map: not on this device.
   */
  images?: ReadonlyMap<string, string>;
  /** Comment markers (numbered for the whole export) and, with `list`, the threads below the map. */
  comments?: { items: readonly CommentedItem[]; labels: CommentLabels; list: boolean };
}

export const SVG_MARGIN = 24;
const LEGEND_ROW = 24;
const FONT = esc(CARD_FONT_FAMILY);
/** Arrows and their labels' borders: 5.4:1 against the white board, well above the 3:1 asked of graphics. */
export const ARROW = C.connection;
/** A head of 9 × 8 px whatever the stroke, its tip on the card's edge, outside the text's padding. */
const ARROW_MARKER = `<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${ARROW}"/></marker>`;

function scoreText(v: number): string {
  return v > 0 ? `+${v}` : v < 0 ? `\u2212${-v}` : '0';
}

function textLines(lines: readonly string[], x: number, y: number, attrs = ''): string {
  const spans = lines.map((l, i) => `<tspan x="${num(x)}" ${i ? `dy="${METRICS.lineHeight}"` : ''}>${esc(l) || ' '}</tspan>`).join('');
  return `<text x="${num(x)}" y="${num(y)}" ${attrs}>${spans}</text>`;
}

function header(map: JourneyMap, opts: SvgOptions, width: number): { svg: string; height: number } {
  const maxW = width - 2 * SVG_MARGIN;
  const out: string[] = [];
  let y = SVG_MARGIN + 26;
  // The title wraps like everything else: a slice of a few steps is narrower than a long title.
  const titleLines = wrapText(map.title, maxW * (METRICS.fontSize / 26), opts.measure).slice(0, 3);
  titleLines.forEach((line, i) => out.push(`<text x="${SVG_MARGIN}" y="${y + i * 32}" font-size="26" font-weight="700" fill="${C.ink}">${esc(line)}</text>`));
  y += (titleLines.length - 1) * 32 + 12;
  const p = map.persona;
  const personaText = [p.name, p.role].filter(Boolean).join(' · ') + (p.quote ? `  “${p.quote}”` : '');
  for (const [label, text] of [
    [opts.labels.persona, personaText.trim()],
    [opts.labels.scenario, map.scenario.trim()],
  ] as const) {
    if (!text) continue;
    const lines = wrapText(`${label}: ${text}`, maxW, opts.measure).slice(0, 4);
    out.push(textLines(lines, SVG_MARGIN, y + 18, `font-size="14" fill="${C.inkSoft}"`));
    y += lines.length * METRICS.lineHeight + 6;
  }
  return { svg: out.join(''), height: y + 14 };
}

/** The legend, wrapped onto as many rows as the image's width needs (a few stages are narrow). */
function legend(opts: SvgOptions, hasLines: boolean, y: number, width: number): { svg: string; height: number } {
  const L = opts.labels;
  const items: string[] = [];
  let x = SVG_MARGIN;
  let row = 0;
  const add = (mark: string, label: string, w: number) => {
    const itemW = w + 6 + opts.measure(label) * (12 / METRICS.fontSize);
    if (x > SVG_MARGIN && x + itemW > width - SVG_MARGIN) {
      x = SVG_MARGIN;
      row++;
    }
    items.push(`<g transform="translate(${num(x)},${y + row * LEGEND_ROW})">${mark}<text x="${w + 6}" y="14" font-size="12" fill="${C.inkSoft}">${esc(label)}</text></g>`);
    x += itemW + 24;
  };
  add(`<rect x="0" y="2" width="18" height="16" rx="8" fill="${C.danger}"/><text x="9" y="14" font-size="11" font-weight="700" fill="${C.surface}" text-anchor="middle">F</text>`, L.failPoint, 18);
  add(`<rect x="0" y="2" width="22" height="16" rx="8" fill="${C.wait}"/><text x="11" y="14" font-size="11" font-weight="700" fill="${C.surface}" text-anchor="middle">W</text>`, L.wait, 22);
  add(`<rect x="0" y="2" width="36" height="16" rx="8" fill="${C.moment}"/><text x="18" y="14" font-size="10" font-weight="700" fill="${C.surface}" text-anchor="middle">${esc(L.peak)}</text>`, `${L.peak} / ${L.end}`, 36);
  add(`<line x1="0" x2="30" y1="10" y2="10" stroke="${C.low}" stroke-width="1.5" stroke-dasharray="6 4"/>`, L.floor, 30);
  if (hasLines) {
    add(`<line x1="0" x2="30" y1="10" y2="10" stroke="${C.inkSoft}" stroke-width="2" stroke-dasharray="10 5"/>`, L.lines.interaction, 30);
    add(`<line x1="0" x2="30" y1="10" y2="10" stroke="${C.accent}" stroke-width="2" stroke-dasharray="10 5"/>`, L.lines.visibility, 30);
    add(`<line x1="0" x2="30" y1="10" y2="10" stroke="${C.lineInternal}" stroke-width="2" stroke-dasharray="10 5"/>`, L.lines.internal, 30);
  }
  return { svg: `<g class="legend">${items.join('')}</g>`, height: (row + 1) * LEGEND_ROW };
}

function grid(map: JourneyMap, layout: Layout, opts: SvgOptions): string {
  const M = METRICS;
  const out: string[] = [];
  const steps = map.stages.flatMap((s) => s.steps);
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));
  const waitByStep = new Map<string, number>();
  for (const c of map.cards) {
    if (c.waitMin && laneHasField(laneType.get(c.laneId) ?? 'notes', 'wait')) waitByStep.set(c.stepId, (waitByStep.get(c.stepId) ?? 0) + c.waitMin);
  }

  // lanes: header and row
  map.lanes.forEach((lane, i) => {
    const r = layout.lanes[i]!;
    const spec = LANES[lane.type];
    out.push(`<rect x="0" y="${r.y}" width="${M.laneHeaderWidth}" height="${r.h}" fill="${spec.color}" stroke="${C.line}"/>`);
    out.push(`<rect x="${M.laneHeaderWidth}" y="${r.y}" width="${layout.width - M.laneHeaderWidth}" height="${r.h}" fill="${spec.hasCards ? C.surface : C.surfaceMuted}" stroke="${C.line}"/>`);
    const title = wrapText(lane.title, M.laneHeaderWidth - 20, opts.measure).slice(0, Math.max(1, Math.floor((r.h - 10) / M.lineHeight)));
    out.push(textLines(title, 10, r.y + 24, `font-size="14" font-weight="700" fill="${C.ink}"`));
    if (spec.hasCards) for (const s of layout.steps) out.push(`<line x1="${s.x + s.w}" x2="${s.x + s.w}" y1="${r.y}" y2="${r.y + r.h}" stroke="${C.lineSoft}"/>`);
  });

  // stage and step headers
  map.stages.forEach((stage, i) => {
    const r = layout.stages[i]!;
    out.push(`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${C.inkSoft}" stroke="${C.moment}"/>`);
    out.push(`<text x="${r.x + 10}" y="${r.y + 26}" font-size="15" font-weight="700" fill="${C.surface}">${esc(stage.title)}</text>`);
  });
  steps.forEach((step, i) => {
    const r = layout.steps[i]!;
    out.push(`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${C.lineFaint}" stroke="${C.line}"/>`);
    // One line each, never running into the next step: bold runs about a tenth wider.
    const title = ellipsize(step.title, r.w - 20, (t) => opts.measure(t) * 1.1);
    out.push(`<text x="${r.x + 10}" y="${r.y + 22}" font-size="14" font-weight="700" fill="${C.ink}">${esc(title)}</text>`);
    const wait = waitByStep.get(step.id);
    const sub = [step.durationMin !== null ? opts.labels.duration(step.durationMin) : '', wait ? opts.labels.waitTotal(wait) : ''].filter(Boolean).join('  ');
    const chips = stepMarksWidth(step, opts.labels.marks ?? {}, opts.measure);
    if (sub) out.push(`<text x="${r.x + 10}" y="${r.y + 40}" font-size="12" fill="${C.wait}">${esc(ellipsize(sub, r.w - 20 - chips, (t) => (opts.measure(t) * 12) / 14))}</text>`);
  });
  out.push(stepMarksSvg(map, layout, opts.labels.marks ?? {}, opts.measure));

  // cards
  let imageIndex = 0;
  for (const card of map.cards) {
    const b = layout.cards.get(card.id);
    const type = laneType.get(card.laneId);
    if (!b || !type) continue;
    const fill = card.color ? CARD_FILL[card.color] : DEFAULT_CARD_FILL;
    out.push(`<g class="card" data-id="${esc(card.id)}">`);
    out.push(`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6" fill="${fill}" stroke="${C.cardBorder}"/>`);
    if (b.hasImage) {
      const href = opts.images ? (opts.images.get(card.image!) ?? null) : undefined;
      out.push(imageSvg({ x: b.x + 0.5, y: b.y + 0.5, w: b.w - 1, h: M.imageHeight, r: 5.5 }, href, card.imageAlt ?? '', `card-image-${imageIndex++}`, opts.labels.imageMissing ?? ''));
    }
    if (card.failPoint && laneHasField(type, 'failPoint')) out.push(`<rect x="${b.x}" y="${b.y}" width="4" height="${b.h}" fill="${C.danger}"/>`);
    const textTop = b.y + M.cardPaddingY + (b.hasImage ? M.imageHeight : 0);
    out.push(textLines(b.lines, b.x + M.cardPaddingX, textTop + 15, `font-size="${M.fontSize}" fill="${C.ink}"`));
    if (b.hasMeta) out.push(meta(card, type, b.x + M.cardPaddingX, b.y + b.h - M.cardPaddingY - M.metaHeight + 3, opts));
    out.push('</g>');
  }

  // emotion lanes
  map.lanes.forEach((lane, i) => {
    const points = layout.emotion.get(lane.id);
    if (!points) return;
    out.push(emotionLane(map, layout, i, points, opts));
  });

  // blueprint lines
  for (const line of layout.lines) {
    const color = { interaction: C.inkSoft, visibility: C.accent, internal: C.lineInternal }[line.kind];
    out.push(`<line x1="${M.laneHeaderWidth}" x2="${layout.width}" y1="${line.y}" y2="${line.y}" stroke="${color}" stroke-width="2" stroke-dasharray="10 5"/>`);
    out.push(`<text x="${M.laneHeaderWidth + 6}" y="${line.y - 5}" font-size="11" font-weight="700" fill="${color}" stroke="${C.surface}" stroke-width="3" paint-order="stroke">${esc(opts.labels.lines[line.kind])}</text>`);
  }

  // connections, routed around the cards (the board draws the same routes)
  const labelWidth = (text: string) => opts.measure(text) * (12 / M.fontSize);
  const twoWay = new Map(map.connections.map((k) => [k.id, k]));
  for (const r of routeMap(layout, map.connections, labelWidth)) {
    const k = twoWay.get(r.id)!;
    out.push(`<path class="connection" data-id="${esc(r.id)}" d="${routePath(r.points)}" fill="none" stroke="${ARROW}" stroke-width="2" marker-end="url(#arrow)"${k.twoWay ? ' marker-start="url(#arrow)"' : ''}/>`);
    if (r.label) {
      const l = r.label;
      out.push(`<rect class="connection-label" x="${num(l.x)}" y="${num(l.y)}" width="${num(l.w)}" height="${num(l.h)}" rx="4" fill="${C.surface}" stroke="${ARROW}"/>`);
      out.push(`<text x="${num(l.x + l.w / 2)}" y="${num(l.y + 14)}" font-size="12" fill="${C.ink}" text-anchor="middle">${esc(k.label)}</text>`);
    }
  }
  if (opts.comments) out.push(commentMarkersSvg(opts.comments.items, layout));
  return out.join('');
}

function emotionLane(map: JourneyMap, layout: Layout, i: number, points: readonly EmotionPoint[], opts: SvgOptions): string {
  const M = METRICS;
  const out: string[] = [];
  const r = layout.lanes[i]!;
  const x0 = M.laneHeaderWidth;
  for (let v = EMOTION_MIN; v <= EMOTION_MAX; v++) {
    const y = emotionY(v, r.y, r.h);
    out.push(`<line x1="${x0}" x2="${layout.width}" y1="${num(y)}" y2="${num(y)}" stroke="${v === 0 ? C.control : C.lineFaint}" stroke-width="${v === 0 ? 1.5 : 1}"/>`);
    out.push(`<text x="${x0 + 4}" y="${num(y - 3)}" font-size="10" fill="${C.faint}">${scoreText(v)}</text>`);
  }
  const fy = emotionY(map.toleranceFloor, r.y, r.h);
  const scored = points.filter((p) => p.y !== null) as { stepId: string; x: number; y: number; value: number }[];
  const floorText = `${opts.labels.floor} ${scoreText(map.toleranceFloor)}`;
  const floorSpot = floorLabelSpot({ points: scored, floorY: fy, left: x0 + 24, right: layout.width, width: opts.measure(floorText) * (11 / M.fontSize) });
  out.push(`<line x1="${x0}" x2="${layout.width}" y1="${num(fy)}" y2="${num(fy)}" stroke="${C.low}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
  out.push(`<text class="floor-label" x="${num(floorSpot.x)}" y="${num(floorSpot.y)}" font-size="11" fill="${C.low}" text-anchor="${floorSpot.anchor}" stroke="${C.surface}" stroke-width="3" paint-order="stroke">${esc(floorText)}</text>`);
  out.push(`<path d="${smoothPath(scored)}" fill="none" stroke="${C.curve}" stroke-width="3"/>`);
  const valueBoxes = scored.map((p, k) => valueLabelBox(valueLabelSpot(scored, k), opts.measure(scoreText(p.value)) * (13 / M.fontSize) + 2));
  scored.forEach((p, k) => {
    const low = p.value < map.toleranceFloor;
    const spot = valueLabelSpot(scored, k);
    out.push(`<circle cx="${num(p.x)}" cy="${num(p.y)}" r="9" fill="${low ? C.low : C.curve}" stroke="${C.surface}" stroke-width="3"/>`);
    out.push(`<text class="value-label" x="${num(spot.x)}" y="${num(spot.y)}" font-size="13" font-weight="700" fill="${C.ink}" text-anchor="${spot.anchor}" stroke="${C.surface}" stroke-width="3" paint-order="stroke">${scoreText(p.value)}</text>`);
    const marks = [p.stepId === opts.moments.peak?.stepId && opts.labels.peak, p.stepId === opts.moments.end?.stepId && opts.labels.end].filter(Boolean).join(' · ');
    if (marks) {
      const w = opts.measure(marks) * (12 / M.fontSize) + 16;
      const chip = chipSpot({ points: scored, i: k, width: w, floorY: fy, top: r.y, bottom: r.y + r.h, avoid: valueBoxes });
      out.push(`<rect class="moment-chip" x="${num(chip.x)}" y="${num(chip.y)}" width="${num(w)}" height="20" rx="10" fill="${C.moment}"/>`);
      out.push(`<text x="${num(p.x)}" y="${num(chip.y + 14)}" font-size="12" font-weight="700" fill="${C.surface}" text-anchor="middle">${esc(marks)}</text>`);
    }
  });
  return out.join('');
}

function meta(card: JourneyMap['cards'][number], type: JourneyMap['lanes'][number]['type'], x: number, y: number, opts: SvgOptions): string {
  const parts: string[] = [];
  let cx = x;
  const chip = (text: string, fill: string, color: string, bold = false) => {
    const w = opts.measure(text) * (11 / METRICS.fontSize) + 10;
    parts.push(`<rect x="${num(cx)}" y="${y}" width="${num(w)}" height="18" rx="9" fill="${fill}"/>`);
    parts.push(`<text x="${num(cx + w / 2)}" y="${y + 13}" font-size="11" fill="${color}" text-anchor="middle"${bold ? ' font-weight="700"' : ''}>${esc(text)}</text>`);
    cx += w + 4;
  };
  if (laneHasField(type, 'failPoint') && card.failPoint) chip('F', C.danger, C.surface, true);
  if (laneHasField(type, 'wait') && card.waitMin !== null) chip(`W ${card.waitMin}′`, C.wait, C.surface, true);
  if (laneHasField(type, 'channel') && card.channel) chip(opts.labels.channel(card.channel), C.lineFaint, C.ink);
  if (laneHasField(type, 'owner') && card.owner) chip(card.owner, C.lineFaint, C.ink);
  if (laneHasField(type, 'metric') && card.metricType) {
    chip(`${card.metricType} ${card.metricValue ?? '–'}${card.sampleSize !== null ? ` (n=${card.sampleSize})` : ''}`, C.lineFaint, C.ink);
  }
  return parts.join('');
}

/** Builds the SVG document. Width and height are in CSS pixels at 1×. */
export function buildSvg(map: JourneyMap, layout: Layout, opts: SvgOptions): { svg: string; width: number; height: number } {
  const width = layout.width + 2 * SVG_MARGIN;
  const chrome = opts.chrome ?? true;
  const head = chrome ? header(map, opts, width) : { svg: '', height: SVG_MARGIN };
  const gridTop = head.height;
  const legendPart = chrome ? legend(opts, layout.lines.length > 0, gridTop + layout.height + 16, width) : { svg: '', height: 0 };
  const listTop = gridTop + layout.height + (chrome ? 16 + legendPart.height : 0);
  const c = opts.comments;
  const list = c?.list ? commentListSvg(c.items, c.labels, SVG_MARGIN, listTop + 8, Math.min(width - 2 * SVG_MARGIN, 1100), opts.measure) : { svg: '', height: 0 };
  const height = listTop + (list.height ? list.height + 8 : 0) + SVG_MARGIN;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${esc(map.title)}</title>`,
    `<defs>${ARROW_MARKER}</defs>`,
    opts.background === 'white' ? `<rect width="100%" height="100%" fill="${C.surface}"/>` : '',
    head.svg,
    `<g transform="translate(${SVG_MARGIN},${gridTop})">${grid(map, layout, opts)}</g>`,
    legendPart.svg,
    list.svg,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
