import * as domain from '../../domain/comments';
import { peopleOf, upsertPerson, type Person } from '../../domain/people';
import type { JourneyMap } from '../../domain/types';
import { usePresenceStore } from '../presence/store';
import { mentionCandidates } from './candidates';
import { getIdentity } from '../../session/identity';
import { translate } from '../../i18n';
import { applyEdit, getDoc, undo } from '../../store/docStore';
import { notify } from '../../store/uiStore';
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

/** The people the text mentions, and those of them the map does not list yet (present only). */
function mentionsIn(text: string): { mentions: string[]; joining: Person[] } {
  const doc = getDoc();
  const known = doc ? peopleOf(doc) : [];
  const candidates = mentionCandidates(known, usePresenceStore.getState().snapshot.people);
  const mentions = domain.findMentions(text, candidates);
  const listed = new Set(known.map((p) => p.id));
  return { mentions, joining: candidates.filter((p) => mentions.includes(p.id) && !listed.has(p.id)) };
}

/** The edit, and (when it changed anything) the mentioned people added to the map: one undo step. */
function withJoining<A>(fn: (map: JourneyMap, args: A) => JourneyMap, joining: readonly Person[]) {
  return (map: JourneyMap, args: A) => {
    const next = fn(map, args);
    return next === map ? map : joining.reduce(upsertPerson, next);
  };
}

export function addThread(target: domain.CommentTarget, text: string): string | null {
  const id = newId();
  const { mentions, joining } = mentionsIn(text);
  return applyEdit(withJoining(domain.addComment, joining), { id, target, text, author: author(), now: Date.now(), mentions }) ? id : null;
}

export function reply(parentId: string, text: string): boolean {
  const { mentions, joining } = mentionsIn(text);
  return applyEdit(withJoining(domain.replyComment, joining), { id: newId(), parentId, text, author: author(), now: Date.now(), mentions });
}

export function editComment(id: string, text: string): boolean {
  const { mentions, joining } = mentionsIn(text);
  return applyEdit(withJoining(domain.editComment, joining), { id, text, by: getIdentity().id, now: Date.now(), mentions });
}

export const setResolved = (id: string, resolved: boolean) => applyEdit(domain.setResolved, { id, resolved });

/** Deletes one's own comment (a thread's first comment takes its replies along); the toast offers Undo. */
export function deleteComment(id: string): boolean {
  const doc = getDoc();
  const c = doc && domain.commentsOf(doc).find((x) => x.id === id);
  const replies = c && c.parentId === null ? domain.commentsOf(doc).filter((x) => x.parentId === id).length : 0;
  if (!applyEdit(domain.deleteComment, { id, by: getIdentity().id })) return false;
  const after = getDoc();
  notify(replies ? translate('comments.deletedThread', { count: replies }) : translate('comments.deleted'), 'info', { label: translate('toolbar.undo'), run: () => getDoc() === after && undo() });
  return true;
}
