import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { METRICS } from '../../../domain/layout';
import type { LinesData } from '../buildNodes';

/** The derived blueprint lines, drawn across the grid with their names. */
function LinesNodeComponent({ data, width, height }: NodeProps<Node<LinesData, 'lines'>>) {
  const { t } = useTranslation();
  const x0 = METRICS.laneHeaderWidth;
  return (
    <svg width={width} height={height} className="blueprint-lines">
      {data.lines.map((l) => (
        <g key={l.kind} data-line={l.kind}>
          <line x1={x0} x2={x0 + data.width} y1={l.y} y2={l.y} className={`bp-line bp-line--${l.kind}`} />
          <text x={x0 + 6} y={l.y - 5} className="bp-label">
            {t(`lines.${l.kind as 'interaction'}`)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export const LinesNode = memo(LinesNodeComponent);
