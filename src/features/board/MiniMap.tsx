import { useReactFlow, useStore } from '@xyflow/react';
import { memo, useEffect, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layout } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';
import { drawBlocks } from './drawOverview';

const W = 220;
/** Its distance from the pane's edges (styles.css .minimap), kept clear when fitting the map. */
export const MINIMAP_MARGIN = 12;
const H = 120;

/**
 * The whole map in a corner, drawn on a canvas after each change (React Flow's minimap keeps a
 * subscription per node, which at thousands of nodes costs more than the board). Click or drag
 * to move the view there.
 */
function MiniMapComponent({ doc, layout }: { doc: JourneyMap; layout: Layout }) {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const scale = Math.min(W / layout.width, H / layout.height);
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const paneW = useStore((s) => s.width);
  const paneH = useStore((s) => s.height);

  // Drawn a moment after the last change, off the path of the edit itself: a burst of edits
  // draws once, and an edit's frame never waits for the minimap.
  useEffect(() => {
    const timer = setTimeout(() => {
      const ctx = canvas.current?.getContext('2d');
      if (!ctx) return;
      ctx.clearRect(0, 0, W, H);
      drawBlocks(ctx, doc, layout, scale);
    }, 120);
    return () => clearTimeout(timer);
  }, [doc, layout, scale]);

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    void rf.setCenter((e.clientX - r.left) / scale, (e.clientY - r.top) / scale, { zoom });
  };

  return (
    <div
      className="minimap"
      role="img"
      aria-label={t('board.minimap')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
    >
      <canvas ref={canvas} width={W} height={H} aria-hidden="true" />
      <div
        className="minimap__view"
        style={{ left: (-tx / zoom) * scale, top: (-ty / zoom) * scale, width: (paneW / zoom) * scale, height: (paneH / zoom) * scale }}
      />
    </div>
  );
}

export const MiniMap = memo(MiniMapComponent);
