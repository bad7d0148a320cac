import {
  Background,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  ViewportPortal,
  useStoreApi,
  type Connection,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellAt, layoutMap } from '../../domain/layout';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { getDoc } from '../../store/docStore';
import { useCanEdit } from '../../store/roomState';
import { select, useUiStore } from '../../store/uiStore';
import { reveal, setBoardLayout, setFlowInstance } from './boardApi';
import { createEdgeBuilder, createNodeBuilder, type BoardNode } from './buildNodes';
import { dropNode } from './dropTargets';
import { ArrowMarkers, ConnectionEdge } from './edges/ConnectionEdge';
import { connectionLabelWidth } from './edges/edgeData';
import { measureText } from './measure';
import { CardNode } from './nodes/CardNode';
import { CellNode } from './nodes/CellNode';
import { EmotionNode } from './nodes/EmotionNode';
import { LaneNode, StageNode, StepNode } from './nodes/HeaderNodes';
import { LinesNode } from './nodes/LinesNode';
import { LOD_ZOOM } from './lod';
import { imageGestures } from '../images/gestures';
import { MiniMap } from './MiniMap';
import { OverviewLayer } from './OverviewLayer';
import { PinnedHeaders } from './PinnedHeaders';
import { useShortcuts } from './useShortcuts';
import { inWindow } from './flowWindow';
import { useFlowWindow } from './useFlowWindow';
import * as instrument from '../../instrument';
import { useAnalysis } from '../analysis/useAnalysis';
import { PresenceLayer } from '../presence/PresenceLayer';

// Declared at module scope so React Flow never sees new types (DESIGN.md §2).
const nodeTypes: NodeTypes = {
  stage: StageNode,
  step: StepNode,
  lane: LaneNode,
  cell: CellNode,
  card: CardNode,
  emotion: EmotionNode,
  lines: LinesNode,
} as NodeTypes;

const edgeTypes: EdgeTypes = { connection: ConnectionEdge } as EdgeTypes;

type Drag = { id: string; x: number; y: number } | null;
const NO_EDGES: never[] = [];
const NO_WINDOW = { nodes: NO_EDGES, edges: NO_EDGES };

/**
 * Zoomed out, the board is one canvas under the pinned header bands; only the stage and lane
 * headers stay as nodes (few, and still reachable with the keyboard under the bands).
 */
const LOD_KEEP: ReadonlySet<string | undefined> = new Set(['stage', 'lane']);

/** The canvas: positions come from the shared layout; React Flow only pans, zooms and drags. */
export function Board({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const build = useRef(createNodeBuilder()).current;
  const layout = useMemo(() => layoutMap(doc, measureText), [doc]);
  useEffect(() => setBoardLayout(layout), [layout]);
  const analysis = useAnalysis();
  const baseNodes = useMemo(() => build(doc, layout, analysis), [build, doc, layout, analysis]);
  const selectedEdge = useUiStore((s) => (s.selection.kind === 'connection' ? s.selection.id : null));
  const buildEdges = useRef(createEdgeBuilder(connectionLabelWidth)).current;
  const edges = useMemo(() => buildEdges(doc, layout, selectedEdge), [buildEdges, doc, layout, selectedEdge]);
  const [drag, setDrag] = useState<Drag>(null);
  const canEdit = useCanEdit();
  // The cell a dragged card would land in, highlighted while dragging.
  const [dropCell, setDropCell] = useState<{ x: number; y: number; w: number; h: number } | null>(null);
  // React Flow's own descriptions, in the user's language and true to this board's keyboard.
  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('board.a11yNodes'),
      'node.a11yDescription.keyboardDisabled': t('board.a11yNodes'),
      'edge.a11yDescription.default': t('board.a11yEdges'),
      'controls.ariaLabel': t('board.controls'),
      'controls.zoomIn.ariaLabel': t('board.zoomIn'),
      'controls.zoomOut.ariaLabel': t('board.zoomOut'),
      'controls.fitView.ariaLabel': t('toolbar.fitView'),
      'minimap.ariaLabel': t('board.minimap'),
      'handle.ariaLabel': t('board.handle'),
    }),
    [t],
  );
  const lowDetail = useStore((s) => s.transform[2] < LOD_ZOOM);
  const flowWindow = useFlowWindow();
  // React Flow holds only the part of the map around the view (flowWindow.ts); zoomed out to
  // the overview it holds only the headers and draws no arrows, so the window is not needed.
  const near = useMemo(
    () => (lowDetail ? NO_WINDOW : inWindow(baseNodes, edges, flowWindow, drag?.id)),
    [baseNodes, edges, flowWindow, drag?.id, lowDetail],
  );
  const nodes = useMemo(() => {
    if (lowDetail) return baseNodes.filter((n) => LOD_KEEP.has(n.type));
    return drag ? near.nodes.map((n) => (n.id === drag.id ? { ...n, position: { x: drag.x, y: drag.y } } : n)) : (near.nodes as BoardNode[]);
  }, [baseNodes, near, drag, lowDetail]);
  useShortcuts();

  useEffect(() => {
    setFlowInstance(rf);
    return () => setFlowInstance(null);
  }, [rf]);

  // Mark the board ready once its nodes are laid out and painted (`data-ready`, a signal for tests;
  // the benchmark reads the time).
  const boardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let raf = 0;
    const check = () => {
      const el = boardRef.current;
      if (!el) return;
      if (!el.querySelector('.react-flow__node')) {
        raf = requestAnimationFrame(check); // React Flow mounts its nodes a render later
        return;
      }
      raf = requestAnimationFrame(() => {
        instrument.record('ready', performance.now());
        el.setAttribute('data-ready', 'true');
      });
    };
    raf = requestAnimationFrame(check);
    return () => cancelAnimationFrame(raf);
  }, []);

  // The viewport as the app's own signal (`data-viewport="x y zoom"`), for tests that turn screen
  // positions into map positions. Written on the element, so a pan re-renders nothing.
  const flowStore = useStoreApi<BoardNode>();
  useEffect(() => {
    const el = boardRef.current;
    if (!el) return;
    const write = ([x, y, zoom]: readonly [number, number, number]) => {
      const value = `${x} ${y} ${zoom}`;
      if (el.dataset.viewport !== value) el.dataset.viewport = value;
    };
    write(flowStore.getState().transform);
    return flowStore.subscribe((s) => write(s.transform));
  }, [flowStore]);

  const onNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      for (const c of changes) {
        if (c.type !== 'position' || !c.position || !c.dragging) continue;
        const base = baseNodes.find((n) => n.id === c.id);
        if (!base) continue;
        // Headers slide along their own axis only.
        const lockX = base.type === 'lane';
        const lockY = base.type === 'step' || base.type === 'stage';
        setDrag({ id: c.id, x: lockX ? base.position.x : c.position.x, y: lockY ? base.position.y : c.position.y });
      }
    },
    [baseNodes],
  );

  const onNodeDrag = useCallback(
    (event: React.MouseEvent | MouseEvent | TouchEvent, node: BoardNode) => {
      const point = 'clientX' in event ? event : (event as TouchEvent).touches[0];
      if (node.type !== 'card' || !point) return;
      const p = rf.screenToFlowPosition({ x: point.clientX, y: point.clientY });
      const cell = cellAt(layout, p.x, p.y);
      const lane = cell && layout.lanes.find((l) => l.id === cell.laneId);
      const step = cell && layout.steps.find((k) => k.id === cell.stepId);
      const next = lane && step ? { x: step.x, y: lane.y, w: step.w, h: lane.h } : null;
      setDropCell((prev) => (prev && next && prev.x === next.x && prev.y === next.y && prev.h === next.h ? prev : next));
    },
    [rf, layout],
  );

  const onNodeDragStop = useCallback(
    (event: React.MouseEvent | MouseEvent | TouchEvent, node: BoardNode) => {
      setDrag(null);
      setDropCell(null);
      const point = 'clientX' in event ? event : (event as TouchEvent).changedTouches[0];
      const current = getDoc();
      if (!point || !current || !node.type) return;
      dropNode(current, current === doc ? layout : layoutMap(current, measureText), node.id, node.type, rf.screenToFlowPosition({ x: point.clientX, y: point.clientY }));
    },
    [rf, doc, layout],
  );

  const onConnect = useCallback((c: Connection) => {
    const id = actions.addConnection(c.source, c.target);
    if (id) select({ kind: 'connection', id });
  }, []);

  return (
    <div
      ref={boardRef}
      className="board"
      data-map-id={doc.id}
      role="region"
      aria-label={t('board.region')}
      {...imageGestures}
      // Tab may land on a node outside the viewport: follow it, as a document would scroll.
      onFocus={(e) => e.target instanceof HTMLElement && e.target.closest('.react-flow__node') && reveal(e.target)}
    >
      <ArrowMarkers />
      {doc.cards.length === 0 && canEdit && (
        <p className="board-hint" role="note">
          {t('guide.board')}
        </p>
      )}
      <ReactFlow<BoardNode>
        nodes={nodes}
        edges={lowDetail ? NO_EDGES : (near.edges as typeof edges)}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={(c) => c.source !== c.target && getDoc()?.cards.some((k) => k.id === c.target) === true}
        onEdgeClick={(_, edge) => select({ kind: 'connection', id: edge.id })}
        onPaneClick={() => select({ kind: 'map' })}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={canEdit}
        nodesConnectable={canEdit}
        defaultViewport={{ x: 16, y: 16, zoom: 1 }}
        minZoom={0.05}
        maxZoom={2}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        disableKeyboardA11y
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        panActivationKeyCode={null}
        zoomActivationKeyCode={null}
        zoomOnDoubleClick={false}
        nodeDragThreshold={4}
        ariaLabelConfig={ariaLabels}
        onlyRenderVisibleElements
      >
        <Background gap={24} />
        {/* Beside the minimap, clear of the pinned lane headers on the left. */}
        <Controls position="bottom-right" orientation="horizontal" className="board-controls" showFitView={false} showInteractive={false} />
        {dropCell && (
          <ViewportPortal>
            <div className="drop-target" data-testid="drop-target" style={{ transform: `translate(${dropCell.x}px, ${dropCell.y}px)`, width: dropCell.w, height: dropCell.h }} />
          </ViewportPortal>
        )}
        {lowDetail && <OverviewLayer doc={doc} layout={layout} analysis={analysis} />}
        <PinnedHeaders doc={doc} layout={layout} lowDetail={lowDetail} />
        <MiniMap doc={doc} layout={layout} />
        <PresenceLayer />
      </ReactFlow>
    </div>
  );
}
