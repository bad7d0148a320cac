import { useEffect } from 'react';
import { getIdentity, onIdentityChange } from '../../session/identity';
import { useDocStore } from '../../store/docState';
import { useUiStore, type Selection } from '../../store/uiStore';
import { PresenceSession } from './session';
import { NO_PRESENCE, usePresenceStore } from './store';

const selectedIds = (s: Selection): string[] => (s.kind === 'map' ? [] : [s.id]);

/**
 * Ties this tab's presence to the open map's awareness for as long as the board shows it: who
 * this person is (and any rename), and what they have selected.
 */
export function usePresenceBinding(): void {
  const session = useDocStore((s) => s.session);
  useEffect(() => {
    if (!session) return;
    const presence = new PresenceSession(session.awareness, getIdentity());
    presence.setSelection(selectedIds(useUiStore.getState().selection));
    usePresenceStore.setState({ ...NO_PRESENCE, session: presence, snapshot: presence.current });
    // Forty people moving their pointers send ~800 changes a second: the views take at most one
    // snapshot a frame.
    let frame = 0;
    const publish = () => {
      frame = 0;
      const snapshot = presence.current;
      const { following } = usePresenceStore.getState();
      // Someone who left can no longer be followed.
      const gone = following !== null && !snapshot.people.some((p) => p.id === following);
      usePresenceStore.setState(gone ? { snapshot, following: null } : { snapshot });
    };
    const unsubscribe = presence.subscribe(() => {
      frame ||= requestAnimationFrame(publish);
    });
    const stopSnapshots = () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
    const stopIdentity = onIdentityChange((identity) => presence.setUser(identity));
    // Back from the back-forward cache: the provider removed this tab's state on pagehide.
    const onShow = () => presence.restore();
    window.addEventListener('pageshow', onShow);
    const stopSelection = useUiStore.subscribe((s, prev) => {
      if (s.selection !== prev.selection) presence.setSelection(selectedIds(s.selection));
    });
    return () => {
      stopSnapshots();
      stopIdentity();
      stopSelection();
      window.removeEventListener('pageshow', onShow);
      presence.destroy();
      if (usePresenceStore.getState().session === presence) usePresenceStore.setState({ ...NO_PRESENCE, session: null });
    };
  }, [session]);
}
