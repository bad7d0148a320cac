import { z } from 'zod';
import { personSchema, upsertPerson, type Person } from './people';
import { MAX_DATE, MIN_DATE, type JourneyMap } from './types';

/**
 * Comment threads on a card, a step or a stage. A thread is a root comment (which carries the
 * thread's resolved state) and its replies, one level deep. Comments are part of the map (JSON,
 * backup, sync), one record each keyed by id, so two people commenting at once both keep theirs.
 * Every edit is a pure function; ownership (edit or delete only your own) is checked here, the
 * interface only hides what would be refused.
 */

export const COMMENT_TARGETS = ['card', 'step', 'stage'] as const;
export type CommentTargetKind = (typeof COMMENT_TARGETS)[number];

export interface CommentTarget {
  readonly kind: CommentTargetKind;
  readonly id: string;
}

export interface Comment {
  readonly id: string;
  readonly target: CommentTarget;
  /** The thread's root for a reply; null for a thread's first comment. */
  readonly parentId: string | null;
  /** Who wrote it, as they were named then (the map's people list has the current name). */
  readonly author: Person;
  readonly createdAt: number;
  readonly editedAt: number | null;
  readonly text: string;
  /** On a thread's root: the whole thread is resolved. Ignored on replies. */
  readonly resolved: boolean;
  /** Ids of the people `@mentioned` in the text (from the map's people). */
  readonly mentions: readonly string[];
}

export const MAX_COMMENT = 2000;
const MAX_MENTIONS = 50;

const id = z.string().min(1).max(200);
const date = z.number().finite().min(MIN_DATE).max(MAX_DATE);

export const commentSchema = z.object({
  id,
  target: z.object({ kind: z.enum(COMMENT_TARGETS), id }),
  parentId: id.nullable().default(null),
  author: personSchema,
  createdAt: date,
  editedAt: date.nullable().default(null),
  text: z
    .string()
    .max(MAX_COMMENT)
    .refine((t) => t.trim() !== '', 'empty comment'),
  resolved: z.boolean().default(false),
  mentions: z.array(id).max(MAX_MENTIONS).default([]),
});

export function commentsOf(map: JourneyMap): readonly Comment[] {
  return map.comments ?? NONE;
}

const NONE: readonly Comment[] = Object.freeze([]);

function clean(text: string): string {
  return text.trim().slice(0, MAX_COMMENT);
}

function withComments(map: JourneyMap, comments: readonly Comment[]): JourneyMap {
  return { ...map, comments };
}

/** Whether the target is on the map (a comment on something deleted is not shown). */
export function targetExists(map: JourneyMap, target: CommentTarget): boolean {
  if (target.kind === 'card') return map.cards.some((c) => c.id === target.id);
  if (target.kind === 'stage') return map.stages.some((s) => s.id === target.id);
  return map.stages.some((s) => s.steps.some((st) => st.id === target.id));
}

export interface NewComment {
  id: string;
  text: string;
  author: Person;
  now: number;
  mentions?: readonly string[];
}

/** Starts a thread on a card, step or stage. The author joins the map's people. */
export function addComment(map: JourneyMap, args: NewComment & { target: CommentTarget }): JourneyMap {
  const text = clean(args.text);
  if (!text || !targetExists(map, args.target) || commentsOf(map).some((c) => c.id === args.id)) return map;
  const comment: Comment = {
    id: args.id,
    target: { kind: args.target.kind, id: args.target.id },
    parentId: null,
    author: args.author,
    createdAt: args.now,
    editedAt: null,
    text,
    resolved: false,
    mentions: (args.mentions ?? []).slice(0, MAX_MENTIONS),
  };
  return upsertPerson(withComments(map, [...commentsOf(map), comment]), args.author);
}

/** Replies to a thread (a reply to a reply joins the same thread). */
export function replyComment(map: JourneyMap, args: NewComment & { parentId: string }): JourneyMap {
  const text = clean(args.text);
  const comments = commentsOf(map);
  const parent = comments.find((c) => c.id === args.parentId);
  if (!text || !parent || comments.some((c) => c.id === args.id)) return map;
  const rootId = parent.parentId ?? parent.id;
  const comment: Comment = {
    id: args.id,
    target: parent.target,
    parentId: rootId,
    author: args.author,
    createdAt: args.now,
    editedAt: null,
    text,
    resolved: false,
    mentions: (args.mentions ?? []).slice(0, MAX_MENTIONS),
  };
  return upsertPerson(withComments(map, [...comments, comment]), args.author);
}

/** Changes the text of one's own comment. */
export function editComment(map: JourneyMap, args: { id: string; text: string; by: string; now: number; mentions?: readonly string[] }): JourneyMap {
  const text = clean(args.text);
  const comments = commentsOf(map);
  const i = comments.findIndex((c) => c.id === args.id);
  const old = comments[i];
  if (!old || !text || old.author.id !== args.by || old.text === text) return map;
  const next = comments.slice();
  next[i] = { ...old, text, editedAt: Math.max(args.now, old.createdAt), mentions: (args.mentions ?? old.mentions).slice(0, MAX_MENTIONS) };
  return withComments(map, next);
}

/** Resolves or reopens a thread (anyone may: it is the team's to-do, not the author's). */
export function setResolved(map: JourneyMap, args: { id: string; resolved: boolean }): JourneyMap {
  const comments = commentsOf(map);
  const c = comments.find((x) => x.id === args.id);
  const rootId = c ? (c.parentId ?? c.id) : null;
  const i = comments.findIndex((x) => x.id === rootId);
  const root = comments[i];
  if (!root || root.resolved === args.resolved) return map;
  const next = comments.slice();
  next[i] = { ...root, resolved: args.resolved };
  return withComments(map, next);
}

/**
 * Deletes one's own comment. Deleting a thread's first comment deletes the thread with its
 * replies, as in the document editors people know: the thread is the author's question.
 */
export function deleteComment(map: JourneyMap, args: { id: string; by: string }): JourneyMap {
  const comments = commentsOf(map);
  const c = comments.find((x) => x.id === args.id);
  if (!c || c.author.id !== args.by) return map;
  return withComments(
    map,
    comments.filter((x) => x.id !== c.id && (c.parentId !== null || x.parentId !== c.id)),
  );
}

/* reading */

export interface Thread {
  readonly root: Comment;
  readonly replies: readonly Comment[];
}

const threadCache = new WeakMap<readonly Comment[], readonly Thread[]>();

/** Threads oldest first, each with its replies oldest first. Memoised per comments array. */
export function threadsOf(map: JourneyMap): readonly Thread[] {
  const comments = commentsOf(map);
  const hit = threadCache.get(comments);
  if (hit) return hit;
  const replies = new Map<string, Comment[]>();
  for (const c of comments) {
    if (c.parentId === null) continue;
    const list = replies.get(c.parentId);
    if (list) list.push(c);
    else replies.set(c.parentId, [c]);
  }
  const threads = comments
    .filter((c) => c.parentId === null)
    .sort(byTime)
    .map((root) => ({ root, replies: (replies.get(root.id) ?? []).sort(byTime) }));
  threadCache.set(comments, threads);
  return threads;
}

export function byTime(a: Comment, b: Comment): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const countCache = new WeakMap<readonly Comment[], ReadonlyMap<string, number>>();

/** Open threads per target id (the board's badges). */
export function openThreadCounts(map: JourneyMap): ReadonlyMap<string, number> {
  const comments = commentsOf(map);
  const hit = countCache.get(comments);
  if (hit) return hit;
  const out = new Map<string, number>();
  for (const c of comments) if (c.parentId === null && !c.resolved) out.set(c.target.id, (out.get(c.target.id) ?? 0) + 1);
  countCache.set(comments, out);
  return out;
}

/** Whether a thread mentions the person anywhere (its first comment or a reply). */
export function mentionsPerson(thread: Thread, personId: string): boolean {
  return thread.root.mentions.includes(personId) || thread.replies.some((r) => r.mentions.includes(personId));
}

/** Ids of the people whose `@name` the text holds (longest names first, so "@Ann Lee" is not "@Ann"). */
export function findMentions(text: string, people: readonly Person[]): string[] {
  let rest = text;
  const out: string[] = [];
  for (const p of [...people].filter((x) => x.name).sort((a, b) => b.name.length - a.name.length)) {
    const token = `@${p.name}`;
    if (!rest.includes(token)) continue;
    out.push(p.id);
    rest = rest.split(token).join(' ');
  }
  return out;
}

export interface TextPart {
  readonly text: string;
  /** The person a `@name` part mentions. */
  readonly personId?: string;
}

/** The text cut into plain parts and `@name` parts of the mentioned people (for highlighting). */
export function mentionParts(text: string, mentioned: readonly Person[]): TextPart[] {
  const names = [...mentioned].filter((p) => p.name).sort((a, b) => b.name.length - a.name.length);
  const parts: TextPart[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const p = text[i] === '@' ? names.find((n) => text.startsWith(`@${n.name}`, i)) : undefined;
    if (!p) {
      plain += text[i];
      i++;
      continue;
    }
    if (plain) parts.push({ text: plain });
    plain = '';
    parts.push({ text: `@${p.name}`, personId: p.id });
    i += p.name.length + 1;
  }
  if (plain) parts.push({ text: plain });
  return parts;
}

/**
 * The comments a valid map can show: each on an existing target, each reply under an existing
 * thread root on the same target, ids unique, oldest first. Used where the snapshot is built
 * (sync repair) and at the import boundary.
 */
export function visibleComments(comments: readonly Comment[], exists: (t: CommentTarget) => boolean): Comment[] {
  const roots = new Map<string, Comment>();
  const seen = new Set<string>();
  for (const c of comments) {
    if (c.parentId === null && !seen.has(c.id) && exists(c.target)) roots.set(c.id, c);
    seen.add(c.id);
  }
  const ids = new Set<string>();
  const out: Comment[] = [];
  for (const c of comments) {
    if (ids.has(c.id)) continue;
    const root = c.parentId === null ? roots.get(c.id) : roots.get(c.parentId);
    if (!root || root.target.kind !== c.target.kind || root.target.id !== c.target.id) continue;
    if (c.parentId === null && root !== c) continue;
    ids.add(c.id);
    out.push(c);
  }
  return out.sort(byTime);
}

/** A predicate for `visibleComments` on a given map's cards, steps and stages. */
export function targetsOf(map: Pick<JourneyMap, 'cards' | 'stages'>): (t: CommentTarget) => boolean {
  const cards = new Set(map.cards.map((c) => c.id));
  const stages = new Set(map.stages.map((s) => s.id));
  const steps = new Set(map.stages.flatMap((s) => s.steps.map((st) => st.id)));
  return (t) => (t.kind === 'card' ? cards : t.kind === 'stage' ? stages : steps).has(t.id);
}

/** The comments of a copied map (duplicate, import of a map already there): fresh ids, targets and threads following the copy's ids. */
export function cloneComments(comments: readonly Comment[], remap: ReadonlyMap<string, string>, ids: () => string): Comment[] {
  const fresh = new Map(comments.map((c) => [c.id, ids()]));
  return comments.flatMap((c) => {
    const target = remap.get(c.target.id);
    if (!target) return [];
    const parentId = c.parentId === null ? null : (fresh.get(c.parentId) ?? null);
    if (c.parentId !== null && !parentId) return [];
    return [{ ...c, id: fresh.get(c.id)!, target: { kind: c.target.kind, id: target }, parentId }];
  });
}

const mentionCache = new WeakMap<readonly Comment[], { person: string; targets: ReadonlySet<string> }>();

/** Ids of the items with an open thread that mentions the person (their badges stand out for them). */
export function targetsMentioning(map: JourneyMap, personId: string): ReadonlySet<string> {
  const comments = commentsOf(map);
  const hit = mentionCache.get(comments);
  if (hit?.person === personId) return hit.targets;
  const targets = new Set<string>();
  for (const t of threadsOf(map)) if (!t.root.resolved && mentionsPerson(t, personId)) targets.add(t.root.target.id);
  mentionCache.set(comments, { person: personId, targets });
  return targets;
}
