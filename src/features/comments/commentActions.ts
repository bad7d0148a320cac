import * as domain from '../../domain/comments';
import { peopleOf } from '../../domain/people';
import { getIdentity } from '../../session/identity';
import { applyEdit, getDoc } from '../../store/docStore';
import { newId } from '../../store/ids';

/**
 * The comment intents: thin wrappers that add who (this person's identity), when and which
 * people the text mentions, around the pure edits. Each is one document edit, so one undo step
 * of this user, saved and synced like any other.
 */

function author() {
  const { id, name, color } = getIdentity();
  return { id, name, color };
}

const mentions = (text: string) => {
  const doc = getDoc();
  return doc ? domain.findMentions(text, peopleOf(doc)) : [];
};

export function addThread(target: domain.CommentTarget, text: string): string | null {
  const id = newId();
  return applyEdit(domain.addComment, { id, target, text, author: author(), now: Date.now(), mentions: mentions(text) }) ? id : null;
}

export const reply = (parentId: string, text: string) =>
  applyEdit(domain.replyComment, { id: newId(), parentId, text, author: author(), now: Date.now(), mentions: mentions(text) });

export const editComment = (id: string, text: string) =>
  applyEdit(domain.editComment, { id, text, by: getIdentity().id, now: Date.now(), mentions: mentions(text) });

export const setResolved = (id: string, resolved: boolean) => applyEdit(domain.setResolved, { id, resolved });

export const deleteComment = (id: string) => applyEdit(domain.deleteComment, { id, by: getIdentity().id });
