import { MessageSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { openThreadCounts, type CommentTarget } from '../../domain/comments';
import { useDocStore } from '../../store/docStore';
import { openComments } from './commentsUi';

/** The inspector's way to an item's comments, with its open-thread count. */
export function CommentsButton({ target }: { target: CommentTarget }) {
  const { t } = useTranslation();
  const count = useDocStore((s) => (s.doc ? (openThreadCounts(s.doc).get(target.id) ?? 0) : 0));
  return (
    <button type="button" onClick={() => openComments(target)}>
      <MessageSquare size={14} aria-hidden="true" /> {t('comments.toggle')}
      {count > 0 && <span className="count"> {count}</span>}
    </button>
  );
}
