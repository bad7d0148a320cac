import { useEffect, useRef, useState } from 'react';
import { shouldFollow, type FocusTarget, type Seen } from '../../domain/workshop';
import { useUiStore } from '../../store/uiStore';
import { flowInstance } from '../board/boardApi';
import { useWorkshop } from './workshopStore';
import { PAGE_ID, requestSlide } from './workshopUi';

/** Shows a region of the board or a slide of the presentation. */
export function showTarget(target: FocusTarget): void {
  if (target.kind === 'slide') {
    requestSlide(target.index);
    useUiStore.setState({ dialog: 'present' });
    return;
  }
  if (useUiStore.getState().dialog === 'present') useUiStore.setState({ dialog: null });
  void flowInstance()?.fitBounds({ x: target.x, y: target.y, width: target.w, height: target.h }, { padding: 0, duration: 300 });
}

const MOVED_NOTE_MS = 4000;

/**
 * Follows the facilitator's "look here" requests: once per new request, never for the one that
 * was already there when the map opened. True for a few seconds after a move (the bar says so).
 */
export function useLookHere(): boolean {
  const focus = useWorkshop((s) => s.state.focus);
  const seen = useRef<Seen | null | undefined>(undefined);
  const [moved, setMoved] = useState(0);
  useEffect(() => {
    if (seen.current === undefined) {
      seen.current = focus ? { seq: focus.seq, id: focus.id } : null;
      return;
    }
    if (!focus || !shouldFollow(seen.current, focus, PAGE_ID, Date.now())) return;
    seen.current = { seq: focus.seq, id: focus.id };
    showTarget(focus.target);
    setMoved((n) => n + 1);
  }, [focus]);
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    if (!moved) return;
    setShowing(true);
    const id = setTimeout(() => setShowing(false), MOVED_NOTE_MS);
    return () => clearTimeout(id);
  }, [moved]);
  return showing;
}
