import type { Node, NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chipSpot, floorLabelSpot, smoothPath, valueLabelSpot } from '../../../domain/curve';
import { emotionY } from '../../../domain/layout';
import { useDocStore } from '../../../store/docStore';
import type { EmotionData } from '../buildNodes';
import { EmotionSlider, formatScore } from './EmotionSlider';

const LEVELS = [3, 2, 1, 0, -1, -2, -3];

/** The emotion lane: the −3…+3 grid, the tolerance floor, the curve and one slider per step. */
function EmotionNodeComponent({ data, width }: NodeProps<Node<EmotionData, 'emotion'>>) {
  const { t } = useTranslation();
  const floorValue = useDocStore((s) => s.doc?.toleranceFloor ?? -2);
  const [preview, setPreview] = useState<{ stepId: string; value: number } | null>(null);
  const h = data.height;
  const w = width ?? 0;

  const points = data.points.map((p) => {
    const value = preview && preview.stepId === p.stepId ? preview.value : p.value;
    return { ...p, value, y: value === null ? null : emotionY(value, 0, h) };
  });
  const scored = points.filter((p) => p.y !== null).map((p) => ({ x: p.x, y: p.y! }));
  const path = smoothPath(scored);
  // The staff's curve, dashed under the customer's: where both dip together, fix the shared cause.
  const staffPath = data.staff.length > 1 ? smoothPath(data.staff.map((p) => ({ x: p.x, y: emotionY(p.value, 0, h) }))) : '';
  const labelOf = (x: number, y: number | null) => {
    const i = y === null ? -1 : scored.findIndex((q) => q.x === x);
    if (i < 0) return undefined;
    const spot = valueLabelSpot(scored, i);
    return { ...spot, x: spot.x - x, y: spot.y - y! };
  };
  const floorText = `${t('inspector.toleranceFloor')} ${formatScore(floorValue)}`;
  // Off the points and the curve, as in the exports (domain/curve.ts places both).
  const floorSpot = floorLabelSpot({ points: scored, floorY: data.floor, left: 24, right: w, width: floorText.length * 7 });

  return (
    <div className="emotion-lane">
      <svg width={w} height={h} className="emotion-lane__svg" aria-hidden="true">
        {LEVELS.map((v) => (
          <g key={v}>
            <line x1={0} x2={w} y1={emotionY(v, 0, h)} y2={emotionY(v, 0, h)} className={v === 0 ? 'grid-zero' : 'grid-line'} />
            <text x={4} y={emotionY(v, 0, h) - 3} className="grid-label">
              {formatScore(v)}
            </text>
          </g>
        ))}
        <line x1={0} x2={w} y1={data.floor} y2={data.floor} className="floor-line" />
        <text x={floorSpot.x} y={floorSpot.y} className="floor-label" textAnchor={floorSpot.anchor}>
          {floorText}
        </text>
        {staffPath && <path d={staffPath} className="staff-curve" data-testid="staff-curve" />}
        {data.staff.map((p) => (
          <circle key={`staff-${p.x}`} cx={p.x} cy={emotionY(p.value, 0, h)} r={3} className="staff-point" />
        ))}
        <path d={path} className="emotion-curve" />
        {data.staff.length > 0 && (
          <g className="curve-legend">
            <line x1={w - 150} x2={w - 130} y1={12} y2={12} className="emotion-curve" />
            <text x={w - 126} y={16}>{t('insight.customerCurve')}</text>
            <line x1={w - 150} x2={w - 130} y1={28} y2={28} className="staff-curve" />
            <text x={w - 126} y={32}>{t('insight.staffCurve')}</text>
          </g>
        )}
      </svg>
      {points.map((p) => {
        const isPeak = p.stepId === data.peak;
        const isEnd = p.stepId === data.end;
        if ((!isPeak && !isEnd) || p.y === null) return null;
        const text = [isPeak && t('analysis.peak'), isEnd && t('analysis.end')].filter(Boolean).join(' · ');
        const chip = chipSpot({ points: scored, i: scored.findIndex((q) => q.x === p.x), width: text.length * 8 + 16, floorY: data.floor, top: 0, bottom: h, avoid: [] });
        return (
          <span key={`m-${p.stepId}`} className="moment-label" style={{ left: p.x, top: chip.y }} data-moment={[isPeak && 'peak', isEnd && 'end'].filter(Boolean).join(' ')}>
            {text}
          </span>
        );
      })}
      {points.map((p) => (
        <EmotionSlider
          key={p.stepId}
          point={p}
          y={p.y ?? emotionY(0, 0, h)}
          height={h}
          belowFloor={p.value !== null && p.value < floorValue}
          label={labelOf(p.x, p.y)}
          onPreview={(stepId, value) => setPreview(value === null ? null : { stepId, value })}
        />
      ))}
    </div>
  );
}

export const EmotionNode = memo(EmotionNodeComponent);
