import { AtSign, MessageSquare } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { openThreadCounts, targetsMentioning, type CommentTargetKind } from '../../domain/comments';
import { useDocStore } from '../../store/docStore';
import { openComments } from './commentsUi';
import { useIdentity } from './useIdentity';
import './badge.css';

/**
 * The number of open threads on a card, step or stage, drawn on the board; a click opens them.
 * It reads one number from the store, so a comment elsewhere does not re-render it. Out of the
 * tab order: keyboard users open an item's comments with the Comments command (Ctrl+Alt+M).
 */
function CommentBadgeComponent({ kind, id }: { kind: CommentTargetKind; id: string }) {
  const { t } = useTranslation();
  const count = useDocStore((s) => (s.doc ? (openThreadCounts(s.doc).get(id) ?? 0) : 0));
  const me = useIdentity().id;
  // A thread here mentions this person: the badge stands out for them (and only for them).
  const mentioned = useDocStore((s) => !!s.doc && targetsMentioning(s.doc, me).has(id));
  if (!count) return null;
  const label = mentioned ? `${t('comments.badge', { count })} · ${t('comments.mentionsYou')}` : t('comments.badge', { count });
  return (
    <button
      type="button"
      tabIndex={-1}
      className={`comment-badge comment-badge--${kind}${mentioned ? ' comment-badge--me' : ''} nodrag nopan`}
      aria-label={label}
      title={label}
      data-comment-badge={`${kind}:${id}`}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onClick={(e) => {
        e.stopPropagation();
        openComments({ kind, id });
      }}
    >
      {mentioned ? <AtSign size={12} strokeWidth={2.5} aria-hidden="true" /> : <MessageSquare size={12} strokeWidth={2.5} aria-hidden="true" />}
      {count}
    </button>
  );
}

export const CommentBadge = memo(CommentBadgeComponent);
