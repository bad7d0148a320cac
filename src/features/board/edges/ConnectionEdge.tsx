import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

export type ConnectionEdgeData = { twoWay: boolean; label: string };

/** A connection between two cards: an arrow (both ends for a two-way dependency) and a label. */
function ConnectionEdgeComponent(props: EdgeProps<Edge<ConnectionEdgeData, 'connection'>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const marker = selected ? 'url(#jp-arrow-selected)' : 'url(#jp-arrow)';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`connection${selected ? ' connection--selected' : ''}`}
        markerEnd={marker}
        markerStart={data?.twoWay ? marker : undefined}
        interactionWidth={16}
      />
      {data?.label ? (
        <EdgeLabelRenderer>
          <div className="connection__label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeComponent);

/** Arrowheads, defined once; `orient="auto-start-reverse"` points the start marker backwards. */
export function ArrowMarkers() {
  return (
    <svg className="jp-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {[
          ['jp-arrow', '#546e7a'],
          ['jp-arrow-selected', '#1565c0'],
        ].map(([markerId, color]) => (
          <marker key={markerId} id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={color} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
