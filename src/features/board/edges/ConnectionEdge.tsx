import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { ARROW } from '../../../domain/formats/svg';
import { HANDLE_SIZE, type ConnectionEdgeData } from './edgeData';

export type { ConnectionEdgeData } from './edgeData';

// React Flow measures handles from the DOM, so an end can sit a few pixels from the layout's
// handle (borders, zoom rounding). A drag moves it further than a handle's size.
const near = (a: number, b: number) => Math.abs(a - b) < HANDLE_SIZE * 0.75;

/**
 * A connection between two cards along its routed path (the same one the exports draw), with an
 * arrow at the end (both ends for a two-way dependency) and its label where the router put it.
 * While a card is being dragged its handles leave the routed ends: then a plain step path follows
 * the drag until the drop routes it again.
 */
function ConnectionEdgeComponent(props: EdgeProps<Edge<ConnectionEdgeData, 'connection'>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const routed = data && near(sourceX, data.source.x) && near(sourceY, data.source.y) && near(targetX, data.target.x) && near(targetY, data.target.y);
  const [fallback, fx, fy] = routed ? ['', 0, 0] : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 6 });
  const path = routed ? data.d : fallback;
  const marker = selected ? 'url(#jp-arrow-selected)' : 'url(#jp-arrow)';
  const box = routed ? data.labelBox : null;
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
          <div
            className="connection__label"
            style={box ? { transform: `translate(${box.x}px, ${box.y}px)`, width: box.w, height: box.h } : { transform: `translate(-50%, -50%) translate(${fx}px, ${fy}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeComponent);

/** Arrowheads, defined once and the same as the exports'; `orient="auto-start-reverse"` points the start marker backwards. */
export function ArrowMarkers() {
  return (
    <svg className="jp-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {[
          ['jp-arrow', ARROW],
          ['jp-arrow-selected', '#1565c0'],
        ].map(([markerId, color]) => (
          <marker key={markerId} id={markerId} viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="8" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={color} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
