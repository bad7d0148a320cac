import { blueprintLines, type BlueprintLineKind } from './blueprintLines';
import { LANES, type LaneType } from './lanes';
import { cardsByCell, cellKey } from './query';
import { EMOTION_MAX, type Card, type JourneyMap, type Lane } from './types';
import { wrapText, type Measure } from './wrap';

/**
 * Map => geometry. The board positions its nodes from this and the exporter draws SVG from it,
 * so the image matches the screen (DESIGN.md §2). Pure: text is measured by the given function.
 */

export const METRICS = {
  laneHeaderWidth: 180,
  stepWidth: 220,
  stageHeaderHeight: 40,
  stepHeaderHeight: 48,
  cellPadding: 8,
  cardGap: 8,
  cardPaddingX: 10,
  cardPaddingY: 8,
  fontSize: 14,
  lineHeight: 20,
  /** Badges row (F, W, channel, owner, metric) under the text. */
  metaHeight: 24,
  /** A photo or screenshot across the top of a card (about 16:9 at the card's width), text below. */
  imageHeight: 116,
  minRowHeight: 76,
  emotionRowHeight: 200,
} as const;

export const CARD_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', system-ui, sans-serif";

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface CardBox extends Rect {
  id: string;
  laneId: string;
  stepId: string;
  lines: string[];
  hasMeta: boolean;
  /** The card shows an image across its top, `METRICS.imageHeight` tall; its text starts below. */
  hasImage: boolean;
}

export interface LaneBox extends Rect {
  id: string;
  type: LaneType;
  index: number;
}

export interface StepBox extends Rect {
  id: string;
  stageId: string;
  /** Index across the whole map. */
  index: number;
}

export interface EmotionPoint {
  stepId: string;
  x: number;
  /** null where the step has no emotion. */
  y: number | null;
  value: number | null;
}

export interface Layout {
  width: number;
  height: number;
  stages: (Rect & { id: string })[];
  steps: StepBox[];
  lanes: LaneBox[];
  cards: Map<string, CardBox>;
  lines: { kind: BlueprintLineKind; y: number }[];
  /** For each emotion lane: a point per step. */
  emotion: Map<string, EmotionPoint[]>;
}

export function cardHasMeta(card: Card, type: LaneType): boolean {
  const f = LANES[type].fields;
  return (
    (f.includes('failPoint') && card.failPoint) ||
    (f.includes('wait') && card.waitMin !== null) ||
    (f.includes('channel') && card.channel !== null) ||
    (f.includes('owner') && card.owner !== '') ||
    (f.includes('metric') && card.metricType !== null) ||
    (f.includes('staffEmotion') && typeof card.staffEmotion === 'number') ||
    (f.includes('staffPain') && !!card.staffPain)
  );
}

/**
 * Width that card text is wrapped to. Words are measured one by one and summed; the browser
 * shapes the whole line (kerning across words), which can come out a pixel or two wider. Keep
 * that much slack so a laid-out line always fits its card.
 */
export const WRAP_SLACK = 4;

export function cardTextWidth(stepWidth: number = METRICS.stepWidth): number {
  return stepWidth - 2 * METRICS.cellPadding - 2 * METRICS.cardPaddingX - WRAP_SLACK;
}

/** Height of one card with its wrapped lines. */
export function cardHeight(lineCount: number, hasMeta: boolean, hasImage = false): number {
  return 2 * METRICS.cardPaddingY + Math.max(1, lineCount) * METRICS.lineHeight + (hasMeta ? METRICS.metaHeight : 0) + (hasImage ? METRICS.imageHeight : 0);
}

/** Whether a card shows an image: it has one and its lane has the field. */
export function cardHasImage(card: Card, type: LaneType): boolean {
  return !!card.image && LANES[type].fields.includes('image');
}

/** y of an emotion value inside an emotion row of the given top and height. */
export function emotionY(value: number, top: number, height: number = METRICS.emotionRowHeight): number {
  const pad = 28;
  const half = height / 2 - pad;
  return top + height / 2 - (value / EMOTION_MAX) * half;
}

export function emotionFromY(y: number, top: number, height: number = METRICS.emotionRowHeight): number {
  const pad = 28;
  const half = height / 2 - pad;
  return ((top + height / 2 - y) / half) * EMOTION_MAX;
}

/**
 * Wrapping is the costly part of a layout, and a card's lines depend only on its text: keep
 * them per measure function, so an edit re-wraps one card instead of all of them.
 */
const wrapCaches = new WeakMap<Measure, Map<string, string[]>>();
function wrapMemo(text: string, width: number, measure: Measure): string[] {
  let cache = wrapCaches.get(measure);
  if (!cache) wrapCaches.set(measure, (cache = new Map()));
  const key = `${width}\u0000${text}`;
  let lines = cache.get(key);
  if (!lines) {
    lines = wrapText(text, width, measure);
    if (cache.size >= 50_000) cache.clear();
    cache.set(key, lines);
  }
  return lines;
}

/**
 * A card lane's row as last laid out: reused whole when the lane, its cards (the same objects in
 * the same order) and the step columns are the same, moved down or up when only its top moved.
 * An edit changes one card, so the board's layout after it re-wraps and re-places one row, not
 * the 5,000 cards of the map (bench: commit_5000_long_tasks). Kept per measure function, for the
 * latest layout only; the boxes are never mutated once returned, so layouts may share them.
 */
interface Row {
  lane: Lane;
  cards: readonly Card[];
  box: LaneBox;
  boxes: readonly CardBox[];
}
const rowCaches = new WeakMap<Measure, { steps: readonly string[]; stepWidth: number; rows: Map<string, Row> }>();

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `stepWidth` other than the board's is for slides, which widen the columns of a part that is
 * short of the slide's width (text then wraps into fewer lines and the part fills the slide).
 */
export function layoutMap(map: JourneyMap, measure: Measure, stepWidth: number = METRICS.stepWidth): Layout {
  const M = METRICS;
  const gridTop = M.stageHeaderHeight + M.stepHeaderHeight;

  const stages: Layout['stages'] = [];
  const steps: StepBox[] = [];
  let x = M.laneHeaderWidth;
  for (const stage of map.stages) {
    const x0 = x;
    for (const step of stage.steps) {
      steps.push({ id: step.id, stageId: stage.id, index: steps.length, x, y: M.stageHeaderHeight, w: stepWidth, h: M.stepHeaderHeight });
      x += stepWidth;
    }
    stages.push({ id: stage.id, x: x0, y: 0, w: x - x0, h: M.stageHeaderHeight });
  }
  const width = x;

  // A row's geometry depends on the step columns only through their ids in order and their width.
  const stepIds = steps.map((s) => s.id);
  const memo = rowCaches.get(measure);
  const previous = memo && memo.stepWidth === stepWidth && sameList(memo.steps, stepIds) ? memo.rows : null;
  const rows = new Map<string, Row>();
  const byLane = new Map<string, Card[]>();
  for (const c of map.cards) {
    const list = byLane.get(c.laneId);
    if (list) list.push(c);
    else byLane.set(c.laneId, [c]);
  }

  const cards = new Map<string, CardBox>();
  const lanes: LaneBox[] = [];
  const emotion = new Map<string, EmotionPoint[]>();
  const stepValues = map.stages.flatMap((s) => s.steps);
  let y = gridTop;
  map.lanes.forEach((lane, index) => {
    const spec = LANES[lane.type];
    if (!spec.hasCards) {
      const h = M.emotionRowHeight;
      const top = y;
      emotion.set(
        lane.id,
        steps.map((s, i) => {
          const value = stepValues[i]!.emotion;
          return { stepId: s.id, x: s.x + s.w / 2, value, y: value === null ? null : emotionY(value, top, h) };
        }),
      );
      lanes.push({ id: lane.id, type: lane.type, index, x: 0, y, w: width, h });
      y += h;
      return;
    }
    const laneCards = byLane.get(lane.id) ?? [];
    const old = previous?.get(lane.id);
    let row: Row;
    if (old && old.lane === lane && old.box.index === index && old.box.w === width && sameList(old.cards, laneCards)) {
      const dy = y - old.box.y;
      row = dy === 0 ? old : { lane, cards: laneCards, box: { ...old.box, y }, boxes: old.boxes.map((b) => ({ ...b, y: b.y + dy })) };
    } else row = layoutRow(lane, index, laneCards, steps, y, width, stepWidth, measure);
    rows.set(lane.id, row);
    for (const box of row.boxes) cards.set(box.id, box);
    lanes.push(row.box);
    y += row.box.h;
  });
  rowCaches.set(measure, { steps: stepIds, stepWidth, rows });

  const lines = blueprintLines(map.lanes).map(({ kind, laneIndex }) => ({ kind, y: lanes[laneIndex]!.y }));
  return { width, height: y, stages, steps, lanes, cards, lines, emotion };
}

/** One card lane's row at `top`: each cell's cards stacked; the tallest cell decides the height. */
function layoutRow(lane: Lane, index: number, laneCards: readonly Card[], steps: readonly StepBox[], top: number, width: number, stepWidth: number, measure: Measure): Row {
  const M = METRICS;
  const textWidth = cardTextWidth(stepWidth);
  const cardWidth = stepWidth - 2 * M.cellPadding;
  const byCell = cardsByCell(laneCards);
  let rowHeight: number = M.minRowHeight;
  const boxes: CardBox[] = [];
  for (const step of steps) {
    let cy = M.cellPadding;
    for (const card of byCell.get(cellKey(lane.id, step.id)) ?? []) {
      const lines = wrapMemo(card.text, textWidth, measure);
      const hasMeta = cardHasMeta(card, lane.type);
      const hasImage = cardHasImage(card, lane.type);
      const h = cardHeight(lines.length, hasMeta, hasImage);
      boxes.push({ id: card.id, laneId: lane.id, stepId: step.id, x: step.x + M.cellPadding, y: top + cy, w: cardWidth, h, lines, hasMeta, hasImage });
      cy += h + M.cardGap;
    }
    // Room below the last card for the "add" affordance.
    rowHeight = Math.max(rowHeight, cy + M.lineHeight + M.cellPadding);
  }
  return { lane, cards: laneCards, box: { id: lane.id, type: lane.type, index, x: 0, y: top, w: width, h: rowHeight }, boxes };
}

/** The cell under a point, for dropping a dragged card. Emotion rows are not cells. */
export function cellAt(layout: Layout, px: number, py: number): { laneId: string; stepId: string } | null {
  const step = layout.steps.find((s) => px >= s.x && px < s.x + s.w);
  const lane = layout.lanes.find((l) => py >= l.y && py < l.y + l.h);
  if (!step || !lane || !LANES[lane.type].hasCards) return null;
  return { laneId: lane.id, stepId: step.id };
}

/** Index a card dropped at y would take among the cards of its target cell. */
export function indexInCell(layout: Layout, map: JourneyMap, laneId: string, stepId: string, py: number, exceptId: string): number {
  const list = (cardsByCell(map.cards).get(cellKey(laneId, stepId)) ?? []).filter((c) => c.id !== exceptId);
  let i = 0;
  for (const c of list) {
    const box = layout.cards.get(c.id);
    if (box && py > box.y + box.h / 2) i++;
  }
  return i;
}
