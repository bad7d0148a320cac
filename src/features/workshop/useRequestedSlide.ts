import { useEffect, useRef } from 'react';
import { useSlideRequest } from './workshopUi';

/**
 * For the presentation: goes to each slide "look here" asks for, including the one that opened
 * it. A request is used once: opening the presentation later starts where it always does.
 */
export function useRequestedSlide(go: (index: number) => void): void {
  const request = useSlideRequest();
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    if (request.index === null) return;
    goRef.current(request.index);
    useSlideRequest.setState({ seq: 0, index: null });
  }, [request]);
}
