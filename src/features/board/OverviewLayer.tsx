import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../domain/analysis';
import type { Layout } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';
import { drawViewport } from './drawOverview';
import { buildScene } from './overviewScene';

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
    const draw = () => {
      const { transform, width, height } = store.getState();
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
      el.dataset.texts = String(drawViewport(ctx, scene, { x: transform[0], y: transform[1], zoom: transform[2], width, height, dpr }, labels));
    };
    draw();
    return store.subscribe(draw);
  }, [store, scene, labels]);

  return <canvas ref={canvas} className="overview-layer" data-testid="overview" aria-hidden="true" />;
}

export const OverviewLayer = memo(OverviewLayerComponent);
