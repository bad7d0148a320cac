import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { viewBox, windowFor, type Box } from './flowWindow';

/** The board's window (flowWindow.ts), moved as the view pans and zooms; re-renders only when it moves. */
export function useFlowWindow(): Box | null {
  const store = useStoreApi();
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let current: Box | null = null;
    const update = (s: ReturnType<typeof store.getState>) => {
      const next = windowFor(viewBox(s.transform, s.width, s.height), current);
      if (next !== current) setBox((current = next));
    };
    update(store.getState());
    return store.subscribe(update);
  }, [store]);
  return box;
}
