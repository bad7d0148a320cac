import type { Node, NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { Layout } from '../../../domain/layout';
import type { JourneyMap } from '../../../domain/types';
import { drawOverview } from '../drawOverview';
import { LOD_ZOOM } from '../lod';

export type OverviewData = { map: JourneyMap; layout: Layout; x0: number; y0: number };

/** Canvas pixels at most this far on a side, to keep memory bounded on very long maps. */
const MAX_SIDE = 8192;

/** The zoomed-out board: all cards on one canvas, one DOM node instead of thousands. */
function OverviewNodeComponent({ data, width, height }: NodeProps<Node<OverviewData, 'overview'>>) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = width ?? 1;
  const h = height ?? 1;
  const scale = Math.min(LOD_ZOOM, MAX_SIDE / w, MAX_SIDE / h);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    drawOverview(ctx, data.map, data.layout, scale, data.x0, data.y0, false);
  }, [data, w, h, scale]);
  return <canvas ref={ref} className="overview-canvas" aria-hidden="true" style={{ width: w, height: h }} />;
}

export const OverviewNode = memo(OverviewNodeComponent);
