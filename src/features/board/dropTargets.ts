import { cellAt, indexInCell, type Layout } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';

/** What a drag ends in: each node kind commits one action (one undo step) at the drop point. */
export function dropNode(map: JourneyMap, layout: Layout, nodeId: string, type: string, p: { x: number; y: number }): void {
  if (type === 'card') {
    const cell = cellAt(layout, p.x, p.y);
    if (!cell) return;
    actions.moveCard(nodeId, cell.laneId, cell.stepId, indexInCell(layout, map, cell.laneId, cell.stepId, p.y, nodeId));
  } else if (type === 'step') {
    const stepId = nodeId.slice('step:'.length);
    const target = nearest(layout.steps, (s) => s.x + s.w / 2, p.x);
    if (!target || target.id === stepId) return;
    const stage = map.stages.find((s) => s.id === target.stageId)!;
    actions.moveStep(stepId, stage.id, stage.steps.findIndex((s) => s.id === target.id));
  } else if (type === 'stage') {
    const target = nearest(layout.stages, (s) => s.x + s.w / 2, p.x);
    if (target) actions.moveStage(nodeId.slice('stage:'.length), layout.stages.indexOf(target));
  } else if (type === 'lane') {
    const target = nearest(layout.lanes, (l) => l.y + l.h / 2, p.y);
    if (target) actions.moveLane(nodeId.slice('lane:'.length), target.index);
  }
}

function nearest<T>(items: readonly T[], center: (t: T) => number, v: number): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const item of items) {
    const d = Math.abs(center(item) - v);
    if (d < bestD) {
      bestD = d;
      best = item;
    }
  }
  return best;
}
