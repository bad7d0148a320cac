import { useCallback, useEffect, useState } from 'react';
import { followedPeer, presence, takeOverPresentation, usePresenceStore } from './store';

/**
 * The slide presentation mode shows: the followed person's while following someone who shows
 * slides, else this person's own. Published for the others while it is open; turning a slide
 * oneself stops following.
 */
export function usePresentIndex(): [number, (index: number) => void] {
  const followed = usePresenceStore((s) => followedPeer(s)?.slide ?? null);
  const [own, setOwn] = useState(followed ?? 0);
  useEffect(() => {
    if (followed !== null) setOwn(followed);
  }, [followed]);
  const index = followed ?? own;
  useEffect(() => {
    presence()?.setSlide(index);
  }, [index]);
  useEffect(() => () => presence()?.setSlide(null), []);
  const go = useCallback((i: number) => {
    takeOverPresentation();
    setOwn(i);
  }, []);
  return [index, go];
}
