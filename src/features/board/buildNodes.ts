import type { Edge, Node } from '@xyflow/react';
import { LANES, type LaneType } from '../../domain/lanes';
import { METRICS, emotionY, type LaneBox, type Layout } from '../../domain/layout';
import type { Analysis } from '../../domain/analysis';
import { backlogByStep } from '../../domain/insights';
import { routeMap, type Route } from '../../domain/routing';
import { connectionEdgeData, HANDLE_SIZE, sameEdgeData, type ConnectionEdgeData } from './edges/edgeData';
import type { Card, Connection, JourneyMap, Lane, Step } from '../../domain/types';

/** Node data, one type per node kind. Kept flat and small so memoised nodes compare cheaply. */
export type StageData = { stageId: string; title: string };
export type StepData = { stepId: string; title: string; durationMin: number | null; waitMin: number; keyMoment: boolean; surprise: boolean; backlog: number };
export type LaneData = { laneId: string; title: string; type: LaneType };
export type CellData = { laneId: string; stepId: string; laneTitle: string; stepTitle: string; freeY: number; first: boolean };
export type CardData = { card: Card; laneType: LaneType; lines: readonly string[]; hasMeta: boolean };
export type EmotionPointData = { stepId: string; stepTitle: string; x: number; y: number | null; value: number | null };
export type EmotionData = {
  laneId: string;
  points: readonly EmotionPointData[];
  floor: number;
  top: number;
  height: number;
  peak: string | null;
  end: string | null;
  /** Employee emotion per step (−3…+3) where the staff lane scores it, drawn under the customer's curve. */
  staff: readonly { x: number; value: number }[];
};
export type LinesData = { lines: readonly { kind: string; y: number }[]; width: number };

export type BoardNode =
  | Node<StageData, 'stage'>
  | Node<StepData, 'step'>
  | Node<LaneData, 'lane'>
  | Node<CellData, 'cell'>
  | Node<CardData, 'card'>
  | Node<EmotionData, 'emotion'>
  | Node<LinesData, 'lines'>;

const Z = { cell: 0, emotion: 1, lines: 2, header: 3, card: 4 } as const;

/**
 * A node without handles says so: React Flow renders every node whose handles it does not know
 * yet, visible or not, to measure them (at 10,000 cards, 5,000 cells mounted on the first frame).
 */
const NO_HANDLES: NonNullable<Node['handles']> = [];

/** Handles on all four sides; given to React Flow so it need not measure them. One list per size. */
const handleCache = new Map<string, NonNullable<Node['handles']>>();
function cardHandles(w: number, h: number): NonNullable<Node['handles']> {
  const key = `${w}x${h}`;
  let handles = handleCache.get(key);
  if (!handles) handleCache.set(key, (handles = makeHandles(w, h)));
  return handles;
}

function makeHandles(w: number, h: number): NonNullable<Node['handles']> {
  const s = HANDLE_SIZE;
  return [
    { id: 't', type: 'source', position: 'top' as never, x: w / 2 - s / 2, y: -s / 2, width: s, height: s },
    { id: 'r', type: 'source', position: 'right' as never, x: w - s / 2, y: h / 2 - s / 2, width: s, height: s },
    { id: 'b', type: 'source', position: 'bottom' as never, x: w / 2 - s / 2, y: h - s / 2, width: s, height: s },
    { id: 'l', type: 'source', position: 'left' as never, x: -s / 2, y: h / 2 - s / 2, width: s, height: s },
  ];
}

function shallowEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (x[k] !== y[k]) return false;
  return Object.keys(x).length === Object.keys(y).length;
}

/** Node data compared one level into arrays (text lines, emotion points, blueprint lines). */
function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => shallowEqual(v, y[i]))) continue;
    return false;
  }
  return true;
}

/**
 * Builds React Flow nodes from the layout, in reading order (so Tab follows it), reusing the
 * previous node object wherever nothing changed: React Flow then skips its bookkeeping for it
 * and the memoised component does not re-render.
 */
type LaneNodes = { box: LaneBox | null; lane: Lane; first: string | undefined; nodes: BoardNode[]; byId: ReadonlyMap<string, BoardNode> };
const EMPTY: ReadonlyMap<string, BoardNode> = new Map();

export function createNodeBuilder() {
  let cache = new Map<string, BoardNode>();
  // Each card lane's nodes (its header, cells and cards) as last built. The layout gives a lane
  // the same box object only when its row is unchanged (same cards, same place): then, with the
  // same lane and steps, its nodes are the same too, and an edit at 5,000 cards walks one lane.
  let lanesBuilt = new Map<string, LaneNodes>();
  let stepsBuilt: readonly Step[] = [];

  return function build(map: JourneyMap, layout: Layout, analysis: Analysis): BoardNode[] {
    // Headers, the emotion rows and the lines; each card lane keeps its own nodes by id.
    const next = new Map<string, BoardNode>();
    const out: BoardNode[] = [];
    const put = <T extends BoardNode>(node: T, from: ReadonlyMap<string, BoardNode> = cache, into: Map<string, BoardNode> = next) => {
      const prev = from.get(node.id);
      const reuse =
        prev &&
        prev.type === node.type &&
        prev.position.x === node.position.x &&
        prev.position.y === node.position.y &&
        prev.width === node.width &&
        prev.height === node.height &&
        sameData(prev.data as Record<string, unknown>, node.data as Record<string, unknown>);
      const n = reuse ? prev : node;
      into.set(n.id, n);
      out.push(n);
    };
    const box = (w: number, h: number) => ({ width: w, height: h, measured: { width: w, height: h }, handles: NO_HANDLES });

    const steps = map.stages.flatMap((s) => s.steps);
    const waitByStep = new Map<string, number>();
    for (const c of map.cards) {
      if (c.waitMin && LANES[map.lanes.find((l) => l.id === c.laneId)?.type ?? 'notes'].fields.includes('wait')) {
        waitByStep.set(c.stepId, (waitByStep.get(c.stepId) ?? 0) + c.waitMin);
      }
    }

    const backlogCount = backlogByStep(map);

    map.stages.forEach((stage, i) => {
      const r = layout.stages[i]!;
      put({ id: `stage:${stage.id}`, type: 'stage', position: { x: r.x, y: r.y }, ...box(r.w, r.h), zIndex: Z.header, data: { stageId: stage.id, title: stage.title } });
    });
    steps.forEach((step, i) => {
      const r = layout.steps[i]!;
      put({
        id: `step:${step.id}`,
        type: 'step',
        position: { x: r.x, y: r.y },
        ...box(r.w, r.h),
        zIndex: Z.header,
        data: {
          stepId: step.id,
          title: step.title,
          durationMin: step.durationMin,
          waitMin: waitByStep.get(step.id) ?? 0,
          keyMoment: !!step.keyMoment,
          surprise: !!step.surprise,
          backlog: backlogCount[step.id] ?? 0,
        },
      });
    });

    // A changed lane's cards by cell (in the layout's order) and by id: found in one walk each.
    const laneIndex = (laneId: string) => {
      const byStep = new Map<string, string[]>();
      for (const b of layout.cards.values()) {
        if (b.laneId !== laneId) continue;
        const list = byStep.get(b.stepId);
        if (list) list.push(b.id);
        else byStep.set(b.stepId, [b.id]);
      }
      const cardsById = new Map<string, Card>();
      for (const c of map.cards) if (c.laneId === laneId) cardsById.set(c.id, c);
      return { byStep, cardsById };
    };

    const firstCardLane = map.lanes.find((l) => LANES[l.type].hasCards)?.id;
    const sameSteps = steps.length === stepsBuilt.length && steps.every((s, i) => s === stepsBuilt[i]);
    const lanesNext: typeof lanesBuilt = new Map();
    map.lanes.forEach((lane, i) => {
      const r = layout.lanes[i]!;
      const kept = lanesBuilt.get(lane.id);
      if (kept && sameSteps && kept.box === r && kept.lane === lane && kept.first === firstCardLane) {
        for (const n of kept.nodes) out.push(n);
        lanesNext.set(lane.id, kept);
        return;
      }
      const start = out.length;
      const was = kept?.byId ?? EMPTY;
      const byId = new Map<string, BoardNode>();
      put({ id: `lane:${lane.id}`, type: 'lane', position: { x: 0, y: r.y }, ...box(METRICS.laneHeaderWidth, r.h), zIndex: Z.header, data: { laneId: lane.id, title: lane.title, type: lane.type } }, was, byId);
      const points = layout.emotion.get(lane.id);
      if (points) {
        const x0 = METRICS.laneHeaderWidth;
        put({
          id: `emotion:${lane.id}`,
          type: 'emotion',
          position: { x: x0, y: r.y },
          ...box(layout.width - x0, r.h),
          zIndex: Z.emotion,
          draggable: false,
          data: {
            laneId: lane.id,
            top: r.y,
            height: r.h,
            floor: emotionY(map.toleranceFloor, 0, r.h),
            peak: analysis.peak?.stepId ?? null,
            end: analysis.end?.stepId ?? null,
            staff: points.flatMap((p) => (p.stepId in analysis.staffByStep ? [{ x: p.x - x0, value: analysis.staffByStep[p.stepId]! }] : [])),
            points: points.map((p, k) => ({
              stepId: p.stepId,
              stepTitle: steps[k]!.title,
              x: p.x - x0,
              y: p.y === null ? null : p.y - r.y,
              value: p.value,
            })),
          },
        });
        // Its curve follows the analysis and every step: never reused whole, only its header.
        lanesNext.set(lane.id, { box: null, lane, first: firstCardLane, nodes: [], byId });
        return;
      }
      const lookup = laneIndex(lane.id);
      steps.forEach((step, k) => {
        const s = layout.steps[k]!;
        const ids = lookup.byStep.get(step.id) ?? [];
        const last = ids.length ? layout.cards.get(ids[ids.length - 1]!) : undefined;
        const freeY = last ? last.y + last.h - r.y + METRICS.cardGap : METRICS.cellPadding;
        const first = lane.id === firstCardLane && k === 0;
        const cellId = `cell:${lane.id}|${step.id}`;
        const prevCell = was.get(cellId) as Node<CellData, 'cell'> | undefined;
        if (prevCell && prevCell.position.x === s.x && prevCell.position.y === r.y && prevCell.height === r.h && prevCell.width === s.w && prevCell.data.freeY === freeY && prevCell.data.first === first && prevCell.data.laneTitle === lane.title && prevCell.data.stepTitle === step.title) {
          byId.set(cellId, prevCell);
          out.push(prevCell);
        } else put({
          id: cellId,
          type: 'cell',
          position: { x: s.x, y: r.y },
          ...box(s.w, r.h),
          zIndex: Z.cell,
          draggable: false,
          data: { laneId: lane.id, stepId: step.id, laneTitle: lane.title, stepTitle: step.title, first, freeY },
        }, was, byId);
        for (const id of ids) {
          const b = layout.cards.get(id)!;
          const prev = was.get(id) as Node<CardData, 'card'> | undefined;
          const card = lookup.cardsById.get(id)!;
          if (prev && prev.data.card === card && prev.data.lines === b.lines && prev.data.laneType === lane.type && prev.position.x === b.x && prev.position.y === b.y && prev.height === b.h) {
            byId.set(id, prev); // nothing about this card changed: not even a new object
            out.push(prev);
            continue;
          }
          put({
            id,
            type: 'card',
            position: { x: b.x, y: b.y },
            ...box(b.w, b.h),
            handles: cardHandles(b.w, b.h),
            zIndex: Z.card,
            data: { card, laneType: lane.type, lines: b.lines, hasMeta: b.hasMeta },
          }, was, byId);
        }
      });
      lanesNext.set(lane.id, { box: r, lane, first: firstCardLane, nodes: out.slice(start), byId });
    });
    lanesBuilt = lanesNext;
    stepsBuilt = steps;

    if (layout.lines.length) {
      const x0 = METRICS.laneHeaderWidth;
      put({
        id: 'lines',
        type: 'lines',
        position: { x: 0, y: 0 },
        ...box(layout.width, layout.height),
        zIndex: Z.lines,
        draggable: false,
        selectable: false,
        style: { pointerEvents: 'none' },
        data: { lines: layout.lines, width: layout.width - x0 },
      });
    }
    cache = next;
    return out;
  };
}

/**
 * Edges for connections, drawn along the routes of the shared router (the exports draw the same
 * ones); an edge whose route, ends and look are unchanged is reused object-for-object.
 */
export function createEdgeBuilder(labelWidth: (text: string) => number) {
  let cache = new Map<string, Edge>();
  let last: Edge[] = [];
  let built: { routes: readonly Route[]; connections: readonly Connection[]; selectedId: string | null } | null = null;
  return function build(map: JourneyMap, layout: Layout, selectedId: string | null): Edge[] {
    const routes = routeMap(layout, map.connections, labelWidth);
    // The same routes (an edit that moved nothing) of the same connections: the same edges. The
    // router hands back the same array only for the same rectangles, so the ends match too.
    if (built && built.routes === routes && built.connections === map.connections && built.selectedId === selectedId) return last;
    built = { routes, connections: map.connections, selectedId };
    const next = new Map<string, Edge>();
    const out: Edge[] = [];
    let changed = false;
    const byId = new Map(map.connections.map((k) => [k.id, k]));
    for (const r of routes) {
      const k = byId.get(r.id)!;
      const data = connectionEdgeData(r, k.twoWay, k.label, layout);
      const prev = cache.get(k.id);
      const selected = k.id === selectedId;
      if (prev && prev.source === k.from && prev.target === k.to && prev.sourceHandle === r.fromSide && prev.targetHandle === r.toSide && prev.selected === selected && sameEdgeData(prev.data as ConnectionEdgeData, data)) {
        next.set(k.id, prev);
        changed ||= last[out.length] !== prev;
        out.push(prev);
        continue;
      }
      changed = true;
      const edge: Edge = { id: k.id, source: k.from, target: k.to, sourceHandle: r.fromSide, targetHandle: r.toSide, type: 'connection', selected, data };
      next.set(k.id, edge);
      out.push(edge);
    }
    cache = next;
    // The same array when no edge changed, so React Flow keeps its connection lookup (a card
    // edit at 5,000 cards otherwise rebuilt it for every connection).
    if (!changed && out.length === last.length) return last;
    return (last = out);
  };
}
