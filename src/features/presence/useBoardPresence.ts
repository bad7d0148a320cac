import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { useUiStore } from '../../store/uiStore';
import { followedPeer, presence, stopFollowing, usePresenceStore } from './store';
import { debounce } from './throttle';
import { centreOf, sameTransform, transformFor, type Transform } from './view';

/** The viewport is published once it has been still this long (not on every frame of a pan). */
const SETTLE_MS = 150;

/** Publishes the pointer (in flow coordinates, so it is right at anyone's pan and zoom). */
export function useCursorPublish(): void {
  const store = useStoreApi();
  const rf = useReactFlow();
  useEffect(() => {
    const el = store.getState().domNode;
    if (!el) return;
    const move = (e: PointerEvent) => {
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      presence()?.moveCursor({ x: Math.round(p.x), y: Math.round(p.y) });
    };
    const leave = () => presence()?.moveCursor(null);
    el.addEventListener('pointermove', move, { passive: true });
    el.addEventListener('pointerleave', leave);
    return () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerleave', leave);
    };
  }, [store, rf]);
}

/** Publishes where this person looks, once the view settles. */
export function useViewportPublish(): void {
  const store = useStoreApi();
  const session = usePresenceStore((s) => s.session);
  useEffect(() => {
    if (!session) return;
    const publish = debounce((t: Transform) => {
      const { width, height } = store.getState();
      session.setViewport(centreOf(t, width, height));
    }, SETTLE_MS);
    publish(store.getState().transform);
    const stop = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) publish(s.transform);
    });
    return () => {
      stop();
      publish.cancel();
    };
  }, [store, session]);
}

/**
 * Follows the chosen person: their viewport (their centre at their zoom) and, while they show
 * slides, their presentation. Any move of this person's own (a pan, a zoom, a jump to a card)
 * stops following: whatever transform this hook did not set itself is theirs.
 */
export function useFollow(): void {
  const store = useStoreApi();
  const rf = useReactFlow();
  useEffect(() => {
    let expected: Transform | null = null;
    const openedPresent = () => usePresenceStore.getState().followOpenedPresent;
    const setOpened = (followOpenedPresent: boolean) => usePresenceStore.setState({ followOpenedPresent });
    const apply = () => {
      const target = followedPeer(usePresenceStore.getState());
      const dialog = useUiStore.getState().dialog;
      if (!target) {
        expected = null;
        const close = openedPresent() && dialog === 'present';
        setOpened(false);
        if (close) useUiStore.setState({ dialog: null });
        return;
      }
      const view = target.viewport;
      if (view) {
        const { width, height, transform } = store.getState();
        const next = transformFor(view, width, height);
        if (!sameTransform(transform, next)) {
          expected = next;
          void rf.setCenter(view.x, view.y, { zoom: view.zoom, duration: 0 });
        } else expected = transform;
      }
      if (target.slide !== null && dialog === null) {
        setOpened(true);
        useUiStore.setState({ dialog: 'present' });
      } else if (target.slide === null && openedPresent()) {
        setOpened(false);
        if (dialog === 'present') useUiStore.setState({ dialog: null });
      }
    };
    const stopPresence = usePresenceStore.subscribe((s, prev) => {
      if (s.following !== prev.following || followedPeer(s) !== followedPeer(prev)) apply();
    });
    const stopView = store.subscribe((s, prev) => {
      if (s.transform === prev.transform || !usePresenceStore.getState().following || !expected) return;
      if (!sameTransform(s.transform, expected)) stopFollowing();
    });
    const stopDialog = useUiStore.subscribe((s, prev) => {
      // Leaving the followed presentation (Escape) is this person's own move too.
      if (prev.dialog === 'present' && s.dialog !== 'present' && openedPresent()) {
        setOpened(false);
        stopFollowing();
      }
    });
    return () => {
      stopPresence();
      stopView();
      stopDialog();
    };
  }, [store, rf]);
}
