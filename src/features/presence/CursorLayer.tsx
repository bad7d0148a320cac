import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import { getIdentity } from '../../session/identity';
import { usePeers } from './store';
import { useDisplayName } from './names';
import { inkOf } from './state';

/**
 * Everyone else's pointer, in one overlay over the board (not a React Flow node each). A cursor is
 * placed by its flow coordinates and this view's transform, both as CSS variables: a pan or zoom
 * here rewrites three variables on the overlay and re-renders nothing, and a cursor that moved
 * re-renders only itself.
 */
export const CursorLayer = memo(function CursorLayer() {
  const peers = usePeers();
  const store = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  const name = useDisplayName();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const write = ([x, y, zoom]: readonly [number, number, number]) => {
      el.style.setProperty('--tx', `${x}px`);
      el.style.setProperty('--ty', `${y}px`);
      el.style.setProperty('--zoom', String(zoom));
    };
    write(store.getState().transform);
    return store.subscribe((s, prev) => s.transform !== prev.transform && write(s.transform));
  }, [store]);
  const self = getIdentity().id;
  const cursors = [...peers.values()].filter((p) => p.cursor && p.user.id !== self);
  return (
    <div ref={ref} className="presence-cursors" aria-hidden="true">
      {cursors.map((p) => (
        <Cursor key={p.clientId} id={p.user.id} x={p.cursor!.x} y={p.cursor!.y} color={p.user.color} name={name(p.user.name)} />
      ))}
    </div>
  );
});

const Cursor = memo(function Cursor({ id, x, y, color, name }: { id: string; x: number; y: number; color: string; name: string }) {
  const style = { '--cx': `${x}px`, '--cy': `${y}px`, '--person': color, '--person-ink': inkOf(color) } as CSSProperties;
  return (
    <div className="presence-cursor" style={style} data-presence-cursor={id} data-x={x} data-y={y}>
      <svg width="16" height="20" viewBox="0 0 16 20" className="presence-cursor__arrow">
        <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" />
      </svg>
      <span className="presence-cursor__name">{name}</span>
    </div>
  );
});
