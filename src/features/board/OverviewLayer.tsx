import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../domain/analysis';
import type { Layout } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';
import { drawViewport } from './drawOverview';
import { buildScene } from './overviewScene';

/** Largest side of the whole-map bitmap (16 M pixels at most). */
const WHOLE_MAX = 4096;

/**
 * The zoomed-out board: one canvas the size of the pane, redrawn for the part in view whenever
 * the viewport moves (in the same store update that moves React Flow's own layers, so the two
 * never drift a frame apart). Thousands of DOM cards would cost more than this per frame.
 */
function OverviewLayerComponent({ doc, layout, analysis }: { doc: JourneyMap; layout: Layout; analysis: Pick<Analysis, 'peak' | 'end'> }) {
  const { t } = useTranslation();
  const store = useStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  const scene = useMemo(() => buildScene(doc, layout, analysis), [doc, layout, analysis]);
  const labels = useMemo(() => ({ peak: t('analysis.peak'), end: t('analysis.end') }), [t]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    let last = '';
    // Zoomed out far enough that the whole map fits a bitmap: draw it once per zoom and only
    // move it while panning (a pan frame is then one drawImage, whatever the map's size).
    let whole: { canvas: HTMLCanvasElement; zoom: number; dpr: number; texts: number } | null = null;
    const draw = () => {
      const { transform, width, height } = store.getState();
      const [x, y, zoom] = transform;
      const dpr = Math.min(2, window.devicePixelRatio || 1);
      const key = `${transform.join()}|${width}x${height}`;
      if (key === last) return;
      last = key;
      const w = Math.max(1, Math.round(width * dpr));
      const h = Math.max(1, Math.round(height * dpr));
      if (el.width !== w || el.height !== h) {
        el.width = w;
        el.height = h;
      }
      const fullW = Math.ceil(layout.width * zoom * dpr);
      const fullH = Math.ceil(layout.height * zoom * dpr);
      if (fullW <= WHOLE_MAX && fullH <= WHOLE_MAX) {
        if (!whole || whole.zoom !== zoom || whole.dpr !== dpr) {
          const c = whole?.canvas ?? document.createElement('canvas');
          c.width = Math.max(1, fullW);
          c.height = Math.max(1, fullH);
          const texts = drawViewport(c.getContext('2d')!, scene, { x: 0, y: 0, zoom, width: fullW / dpr, height: fullH / dpr, dpr }, labels);
          whole = { canvas: c, zoom, dpr, texts };
        }
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, w, h);
        ctx.drawImage(whole.canvas, Math.round(x * dpr), Math.round(y * dpr));
        el.dataset.texts = String(whole.texts);
        return;
      }
      el.dataset.texts = String(drawViewport(ctx, scene, { x, y, zoom, width, height, dpr }, labels));
    };
    draw();
    return store.subscribe(draw);
  }, [store, scene, labels, layout]);

  return <canvas ref={canvas} className="overview-layer" data-testid="overview" aria-hidden="true" />;
}

export const OverviewLayer = memo(OverviewLayerComponent);
