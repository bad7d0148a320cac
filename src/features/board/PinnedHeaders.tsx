import { useStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { METRICS, type Layout } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';
import { select } from '../../store/uiStore';
import { stepRange } from './overviewScene';

/** Sizes of the bands on the zoomed-out board, in screen pixels: wide enough to read. */
export const BAND = { laneWidth: 136, stageHeight: 24, stepHeight: 22 } as const;
const MIN_STEP_TITLE = 44;

/**
 * Lane titles pinned at the left edge and stage/step titles pinned at the top while the map
 * scrolls under them, so a wide blueprint never loses which row is Backstage (frozen panes, as
 * in a spreadsheet). At working zoom they replicate the real headers at the same scale and
 * appear once those scroll out; zoomed out they are drawn at a legible size over the overview.
 * They are a visual aid: the real headers (focusable, renamable) stay in the board.
 */
function PinnedHeadersComponent({ doc, layout, lowDetail }: { doc: JourneyMap; layout: Layout; lowDetail: boolean }) {
  const [tx, ty, z] = useStore((s) => s.transform);
  const paneW = useStore((s) => s.width);
  const paneH = useStore((s) => s.height);
  const steps = useMemo(() => doc.stages.flatMap((s) => s.steps), [doc]);
  const M = METRICS;
  const headerH = M.stageHeaderHeight + M.stepHeaderHeight;
  const laneW = lowDetail ? BAND.laneWidth : M.laneHeaderWidth * z;
  const stageH = lowDetail ? BAND.stageHeight : M.stageHeaderHeight * z;
  const showSteps = !lowDetail || M.stepWidth * z >= MIN_STEP_TITLE;
  const stepH = lowDetail ? (showSteps ? BAND.stepHeight : 0) : M.stepHeaderHeight * z;
  const topH = stageH + stepH;
  // The band sits against the grid, never over it, until the grid scrolls under it.
  const left = Math.max(0, tx + M.laneHeaderWidth * z - laneW);
  const top = Math.max(0, ty + headerH * z - topH);
  const showLeft = lowDetail || tx < 0;
  const showTop = lowDetail || ty < 0;
  if (!showLeft && !showTop) return null;

  const bandTop = showTop ? top + topH : 0;
  const [s0, s1] = stepRange(layout, -tx / z, (paneW - tx) / z);
  const fontScale = lowDetail ? undefined : { fontSize: 14 * z };
  const sx = (x: number) => tx + x * z;
  const sy = (y: number) => ty + y * z;

  return (
    <div className={`pinned${lowDetail ? ' pinned--overview' : ''}`} aria-hidden="true">
      {showTop && (
        <div className="pinned__top" style={{ top, height: topH, left, width: Math.max(0, Math.min(paneW, sx(layout.width)) - left) }} data-testid="pinned-top">
          {layout.stages.map((r, i) => {
            if (r.x * z + tx > paneW || (r.x + r.w) * z + tx < 0) return null;
            const stage = doc.stages[i]!;
            const x = Math.max(sx(r.x), left + laneW) - left;
            const w = sx(r.x + r.w) - left - x;
            if (w <= 0) return null;
            return (
              <div key={stage.id} className="pinned__stage" style={{ left: x, width: w, height: stageH, ...fontScale }} onClick={() => select({ kind: 'stage', id: stage.id })}>
                {w >= 24 && <span>{stage.title}</span>}
              </div>
            );
          })}
          {showSteps &&
            layout.steps.slice(s0, s1).map((r, k) => {
              const step = steps[s0 + k]!;
              return (
                <div key={step.id} className="pinned__step" style={{ left: sx(r.x) - left, width: r.w * z, top: stageH, height: stepH, ...fontScale }} onClick={() => select({ kind: 'step', id: step.id })}>
                  <span>{step.title}</span>
                </div>
              );
            })}
        </div>
      )}
      {showLeft && (
        <div className="pinned__left" style={{ left, width: laneW, top: bandTop, height: Math.max(0, Math.min(paneH, sy(layout.height)) - bandTop) }} data-testid="pinned-left">
          {layout.lanes.map((r, i) => {
            const lane = doc.lanes[i]!;
            const y = sy(r.y) - bandTop;
            const h = r.h * z;
            if (y > paneH || y + h < 0) return null;
            // The title slides down with the row while its top is under the band.
            const slide = Math.max(0, Math.min(-y, h - 28));
            return (
              <div key={lane.id} className={`pinned__lane header--lane lane-${lane.type}`} style={{ top: y, height: h, ...fontScale }} data-lane={lane.title} onClick={() => select({ kind: 'lane', id: lane.id })}>
                {h >= 12 && <span style={slide ? { marginTop: slide } : undefined}>{lane.title}</span>}
              </div>
            );
          })}
        </div>
      )}
      {showLeft && showTop && <div className="pinned__corner" style={{ left, top, width: laneW, height: topH }} />}
    </div>
  );
}

export const PinnedHeaders = memo(PinnedHeadersComponent);
