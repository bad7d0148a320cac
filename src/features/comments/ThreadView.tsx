import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../domain/comments';
import type { Person } from '../../domain/people';
import * as act from './commentActions';
import { useCanEdit } from '../../store/roomState';
import { CommentItem } from './CommentItem';
import { Composer } from './Composer';

/** A whole thread: its first comment, the replies, and a reply box (none once resolved). */
export function ThreadView({ thread, people, meId }: { thread: Thread; people: ReadonlyMap<string, Person>; meId: string }) {
  const { t } = useTranslation();
  const { root, replies } = thread;
  const [replying, setReplying] = useState(false);
  const canEdit = useCanEdit();
  return (
    <li className={`thread${root.resolved ? ' thread--resolved' : ''}`} data-thread={root.id}>
      {root.resolved && <span className="tag tag--resolved">{t('comments.resolved')}</span>}
      <CommentItem comment={root} people={people} meId={meId} thread={{ resolved: root.resolved, replies: replies.length }} />
      {replies.length > 0 && (
        <ul className="thread__replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} people={people} meId={meId} />
            </li>
          ))}
        </ul>
      )}
      {!root.resolved &&
        canEdit &&
        (replying ? (
          <Composer
            label={t('comments.reply')}
            placeholder={t('comments.replyPlaceholder')}
            submitLabel={t('comments.reply')}
            autoFocus
            onSubmit={(text) => act.reply(root.id, text) && (setReplying(false), true)}
            onCancel={() => setReplying(false)}
          />
        ) : (
          <button type="button" className="thread__reply" onClick={() => setReplying(true)}>
            {t('comments.reply')}
          </button>
        ))}
    </li>
  );
}
