import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mentionParts, type Comment } from '../../domain/comments';
import type { Person } from '../../domain/people';
import * as act from './commentActions';
import { Composer } from './Composer';
import { Avatar } from './people';
import { absoluteTime, relativeTime } from './time';
import { useCanEdit } from '../../store/roomState';
import { useNow } from './useNow';

interface Props {
  comment: Comment;
  /** The map's people by id: current names and colours, and who a mention names. */
  people: ReadonlyMap<string, Person>;
  meId: string;
  /** Resolve/reopen, shown on a thread's first comment. */
  thread?: { resolved: boolean; replies: number };
}

/** One comment: avatar, name, when, the text with its mentions, and what this person may do with it. */
export function CommentItem({ comment, people, meId, thread }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const [editing, setEditing] = useState(false);
  // A viewer of a shared map reads the threads; the server would refuse their changes.
  const canEdit = useCanEdit();
  const author = people.get(comment.author.id) ?? comment.author;
  const mine = comment.author.id === meId;
  const mentionsMe = comment.mentions.includes(meId);
  const mentioned = comment.mentions.map((id) => people.get(id)).filter((p): p is Person => !!p);
  const name = author.name || '?';
  return (
    <article className={`comment${mentionsMe ? ' comment--mentions-me' : ''}`} aria-label={t('comments.byAuthor', { name, time: absoluteTime(comment.createdAt, i18n.language) })}>
      <header className="comment__head">
        <Avatar person={author} />
        <span className="comment__author">
          {name}
          {mine && <span className="muted"> ({t('comments.you')})</span>}
        </span>
        <time dateTime={new Date(comment.createdAt).toISOString()} title={absoluteTime(comment.createdAt, i18n.language)} className="comment__time">
          {relativeTime(comment.createdAt, now, i18n.language, t('comments.justNow'))}
          {comment.editedAt !== null && ` · ${t('comments.edited')}`}
        </time>
        {mentionsMe && <span className="tag tag--mention">{t('comments.mentionsYou')}</span>}
      </header>
      {editing ? (
        <Composer
          label={t('comments.editLabel')}
          placeholder=""
          submitLabel={t('comments.save')}
          initial={comment.text}
          autoFocus
          onSubmit={(text) => {
            act.editComment(comment.id, text);
            setEditing(false);
            return true;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment__text">
          {mentionParts(comment.text, mentioned).map((part, i) =>
            part.personId ? (
              <mark key={i} className={`mention${part.personId === meId ? ' mention--me' : ''}`}>
                {part.text}
              </mark>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      )}
      {!editing && canEdit && (
        <div className="comment__actions">
          {thread && (
            <button type="button" className="link" onClick={() => act.setResolved(comment.id, !thread.resolved)}>
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
          )}
          {mine && (
            <button type="button" className="link" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </button>
          )}
          {mine && (
            <button
              type="button"
              className="link link--danger"
              onClick={() => act.deleteComment(comment.id)}
            >
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
