import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { CursorLayer } from './CursorLayer';
import { FollowBar } from './FollowBar';
import { useCursorPublish, useFollow, useViewportPublish } from './useBoardPresence';
import { usePresenceBinding } from './usePresenceBinding';
import './presence.css';

/**
 * Presence on the board (mounted once inside React Flow): this person's state published into the
 * open session's awareness, everyone else's cursors, and following a presenter.
 */
export const PresenceLayer = memo(function PresenceLayer() {
  usePresenceBinding();
  useCursorPublish();
  useViewportPublish();
  useFollow();
  return (
    <>
      <CursorLayer />
      <Panel position="bottom-center" className="follow-panel">
        <FollowBar />
      </Panel>
    </>
  );
});
