import { lazy, Suspense } from 'react';
import { useCommentsUi } from './commentsUi';

const CommentsPanel = lazy(() => import('./CommentsPanel').then((m) => ({ default: m.CommentsPanel })));

/** Where the board screen puts the comments panel when it is open (loaded when first opened). */
export function CommentsSlot() {
  const open = useCommentsUi((s) => s.open);
  return open ? (
    <Suspense fallback={null}>
      <CommentsPanel />
    </Suspense>
  ) : null;
}
