import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentSession } from '../session/DocumentSession';
import { Replica } from '../sync/testing';
import { writeMap } from '../sync/write';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import {
  addComment,
  commentsOf,
  deleteComment,
  editComment,
  findMentions,
  mentionParts,
  openThreadCounts,
  replyComment,
  setResolved,
  targetsMentioning,
  threadsOf,
  MAX_COMMENT,
} from './comments';
import { cloneMap } from './create';
import * as edit from './edit';
import { exportBackup, importBackup } from './formats/backup';
import { exportJson, importJsonWithRepairs } from './formats/json';
import { restoreMap } from './migrate';
import { upsertPerson } from './people';
import type { JourneyMap } from './types';

const ann = { id: 'ann-0001', name: 'Ann', color: '#1971c2' };
const bo = { id: 'bo-00002', name: 'Bo Li', color: '#2f9e44' };

function withCard(): JourneyMap {
  const m = makeMap();
  return edit.addCard(m, { cardId: 'c1', laneId: laneOf(m, 'customer'), stepId: stepIds(m)[0]!, text: 'Calls the hotline' });
}

const onCard = { kind: 'card', id: 'c1' } as const;

describe('comment edits', () => {
  it('adds a thread, replies, edits and deletes only one’s own, resolves and reopens', () => {
    let m = addComment(withCard(), { id: 'k1', target: onCard, text: '  Why a hotline? ', author: ann, now: 10 });
    m = replyComment(m, { id: 'k2', parentId: 'k1', text: '@Ann because of the elderly', author: bo, now: 20, mentions: [ann.id] });
    // A reply to a reply joins the same thread.
    m = replyComment(m, { id: 'k3', parentId: 'k2', text: 'ok', author: ann, now: 30 });
    const [thread] = threadsOf(m);
    expect(thread!.root.text).toBe('Why a hotline?');
    expect(thread!.replies.map((r) => [r.id, r.parentId])).toEqual([
      ['k2', 'k1'],
      ['k3', 'k1'],
    ]);
    expect(m.people!.map((p) => p.name).sort()).toEqual(['Ann', 'Bo Li']);

    expect(editComment(m, { id: 'k2', text: 'hijacked', by: ann.id, now: 40 })).toBe(m);
    const edited = editComment(m, { id: 'k2', text: 'because of older callers', by: bo.id, now: 40 });
    expect(commentsOf(edited).find((c) => c.id === 'k2')).toMatchObject({ text: 'because of older callers', editedAt: 40 });

    expect(openThreadCounts(m).get('c1')).toBe(1);
    const resolved = setResolved(m, { id: 'k3', resolved: true }); // from a reply: the thread
    expect(threadsOf(resolved)[0]!.root.resolved).toBe(true);
    expect(openThreadCounts(resolved).get('c1')).toBeUndefined();
    expect(threadsOf(setResolved(resolved, { id: 'k1', resolved: false }))[0]!.root.resolved).toBe(false);

    expect(deleteComment(m, { id: 'k1', by: bo.id })).toBe(m);
    expect(commentsOf(deleteComment(m, { id: 'k2', by: bo.id })).map((c) => c.id)).toEqual(['k1', 'k3']);
    expect(commentsOf(deleteComment(m, { id: 'k1', by: ann.id }))).toEqual([]);
  });

  it('refuses empty text, missing targets and duplicate ids, and limits the length', () => {
    const m = withCard();
    expect(addComment(m, { id: 'k1', target: onCard, text: '   ', author: ann, now: 1 })).toBe(m);
    expect(addComment(m, { id: 'k1', target: { kind: 'step', id: 'nope' }, text: 'x', author: ann, now: 1 })).toBe(m);
    const once = addComment(m, { id: 'k1', target: onCard, text: 'x'.repeat(MAX_COMMENT + 50), author: ann, now: 1 });
    expect(commentsOf(once)[0]!.text).toHaveLength(MAX_COMMENT);
    expect(addComment(once, { id: 'k1', target: onCard, text: 'again', author: ann, now: 2 })).toBe(once);
    expect(restoreMap(once).ok).toBe(true);
  });

  it('keeps one person per id and never blanks a known name', () => {
    let m = upsertPerson(withCard(), ann);
    expect(upsertPerson(m, ann)).toBe(m);
    m = upsertPerson(m, { ...ann, name: '' });
    expect(m.people).toEqual([ann]);
    m = upsertPerson(m, { ...ann, name: 'Ann W.' });
    expect(m.people).toEqual([{ ...ann, name: 'Ann W.' }]);
  });
});

describe('mentions', () => {
  it('finds the people named with @, the longest name first', () => {
    const people = [ann, { id: 'x', name: 'Ann Lee', color: '#000000' }, bo];
    expect(findMentions('hi @Ann Lee and @Bo Li', people).sort()).toEqual(['bo-00002', 'x']);
    expect(findMentions('mail ann@example.com', people)).toEqual([]);
    expect(mentionParts('hi @Ann, see', [ann])).toEqual([{ text: 'hi ' }, { text: '@Ann', personId: ann.id }, { text: ', see' }]);
  });

  it('knows which items have an open thread mentioning a person', () => {
    let m = addComment(withCard(), { id: 'k1', target: onCard, text: 'plain', author: ann, now: 1 });
    m = replyComment(m, { id: 'k2', parentId: 'k1', text: '@Bo Li?', author: ann, now: 2, mentions: [bo.id] });
    expect([...targetsMentioning(m, bo.id)]).toEqual(['c1']);
    expect([...targetsMentioning(m, ann.id)]).toEqual([]);
    expect([...targetsMentioning(setResolved(m, { id: 'k1', resolved: true }), bo.id)]).toEqual([]);
  });
});

describe('comments in the document', () => {
  it('merges two people commenting at once on two copies of the map', () => {
    const a = new Replica(addComment(withCard(), { id: 'k1', target: onCard, text: 'first', author: ann, now: 1 }));
    const b = new Replica(a.state());
    a.edit(replyComment, { id: 'ka', parentId: 'k1', text: 'from A', author: ann, now: 5 });
    b.edit(replyComment, { id: 'kb', parentId: 'k1', text: 'from B', author: bo, now: 4 });
    b.edit(setResolved, { id: 'k1', resolved: true });
    a.edit(addComment, { id: 'k2', target: { kind: 'step', id: stepIds(a.map)[1]! }, text: 'step note', author: ann, now: 6 });
    a.pull(b);
    b.pull(a);
    expect(a.map).toEqual(b.map);
    expect(threadsOf(a.map).map((t) => [t.root.id, t.root.resolved, t.replies.map((r) => r.id)])).toEqual([
      ['k1', true, ['kb', 'ka']],
      ['k2', false, []],
    ]);
    expect(a.map.people!.map((p) => p.id)).toEqual([ann.id, bo.id]);
    expect(restoreMap(a.map).ok && (restoreMap(a.map) as { repaired: unknown[] }).repaired).toEqual([]);
  });

  it('hides comments whose card is gone, and shows them again when the card comes back', () => {
    const r = new Replica(addComment(withCard(), { id: 'k1', target: onCard, text: 'on the card', author: ann, now: 1 }));
    const before = r.map;
    r.edit(edit.deleteCard, { cardId: 'c1' });
    expect(r.map.comments).toBeUndefined();
    expect((r.doc.getMap('comments').get('k1') as Y.Map<unknown>).get('text')).toBe('on the card');
    // Another person brings the card back (e.g. an undo): the thread is there again.
    r.edit(() => before, null);
    expect(commentsOf(r.map).map((c) => c.id)).toEqual(['k1']);
  });

  it('never shows a hostile peer’s comment with bad fields', () => {
    const r = new Replica(addComment(withCard(), { id: 'k1', target: onCard, text: 'fine', author: ann, now: 1 }));
    const evil = new Replica(r.state());
    evil.doc.transact(() => {
      const bad = (fields: [string, unknown][]) => new Y.Map<unknown>(fields);
      const good: [string, unknown][] = [
        ['target', onCard],
        ['author', bo],
        ['createdAt', 2],
        ['text', 'ok'],
      ];
      const comments = evil.doc.getMap('comments');
      comments.set('x1', bad(good.map(([k, v]) => (k === 'text' ? [k, 42] : [k, v]))));
      comments.set('x2', bad(good.map(([k, v]) => (k === 'text' ? [k, 'y'.repeat(MAX_COMMENT + 1)] : [k, v]))));
      comments.set('x3', bad(good.map(([k, v]) => (k === 'target' ? [k, { kind: 'lane', id: 'c1' }] : [k, v]))));
      comments.set('x4', bad(good.map(([k, v]) => (k === 'author' ? [k, { id: '', name: 5 }] : [k, v]))));
      comments.set('x5', bad(good.map(([k, v]) => (k === 'createdAt' ? [k, Infinity] : [k, v]))));
      comments.set('x6', bad([...good, ['parentId', 'no-such-thread']]));
      comments.set('x7', 'not a record');
      (comments.get('k1') as Y.Map<unknown>).set('resolved', 'yes');
      evil.doc.getMap('map').set('comments', [{ id: 'root-field', text: '<script>' }]);
    });
    r.pull(evil);
    expect(commentsOf(r.map).map((c) => c.id)).toEqual([]);
    expect(restoreMap(r.map).ok).toBe(true);
  });

  it('carries comments and people through JSON export and import and backups; drops orphans on import', () => {
    let m = addComment(withCard(), { id: 'k1', target: onCard, text: '你好 @Bo Li', author: ann, now: 1, mentions: [bo.id] });
    m = upsertPerson(m, bo);
    const back = importJsonWithRepairs(exportJson(m));
    expect(back.map.comments).toEqual(m.comments);
    expect(back.map.people).toEqual(m.people);
    const [restored] = importBackup(exportBackup([{ map: m, updatedAt: 5, deletedAt: null }], 6));
    expect(restored!.map.comments).toEqual(m.comments);
    expect(restored!.map.people).toEqual(m.people);
    const json = JSON.parse(exportJson(m));
    json.comments.push({ ...json.comments[0], id: 'k9', target: { kind: 'card', id: 'gone' } });
    const repaired = importJsonWithRepairs(JSON.stringify(json));
    expect(repaired.map.comments!.map((c) => c.id)).toEqual(['k1']);
    expect(repaired.repaired).toEqual([{ kind: 'orphan-comments', count: 1 }]);
  });

  it('follows a copied map’s new ids (duplicate, or an import of a map already there)', () => {
    let m = addComment(withCard(), { id: 'k1', target: onCard, text: 'on the card', author: ann, now: 1 });
    m = replyComment(m, { id: 'k2', parentId: 'k1', text: 'a reply', author: bo, now: 2 });
    m = addComment(m, { id: 'k3', target: { kind: 'stage', id: m.stages[0]!.id }, text: 'on the stage', author: ann, now: 3 });
    let n = 0;
    const copy = cloneMap(m, { id: 'copy', title: 'Copy', ids: () => `new-${++n}`, now: 5 });
    const r = restoreMap(copy);
    expect(r.ok && r.repaired).toEqual([]);
    const threads = threadsOf(copy);
    expect(threads.map((t) => [t.root.target.id, t.replies.length])).toEqual([
      [copy.cards[0]!.id, 1],
      [copy.stages[0]!.id, 0],
    ]);
    expect(commentsOf(copy).some((c) => ['k1', 'k2', 'k3'].includes(c.id))).toBe(false);
  });

  it('makes adding and editing a comment one undo step of this user only', () => {
    const doc = new Y.Doc();
    writeMap(doc, null, withCard(), 'storage');
    const session = new DocumentSession('map1', doc);
    const peer = new Replica(Y.encodeStateAsUpdate(doc));
    session.applyEdit(addComment, { id: 'k1', target: onCard, text: 'mine', author: ann, now: 1 });
    peer.pull(new Replica(Y.encodeStateAsUpdate(doc)));
    peer.edit(replyComment, { id: 'k2', parentId: 'k1', text: 'theirs', author: bo, now: 2 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer.doc), 'remote');
    session.applyEdit(editComment, { id: 'k1', text: 'mine, edited', by: ann.id, now: 3 });
    session.undo();
    expect(commentsOf(session.map!).map((c) => c.text)).toEqual(['mine', 'theirs']);
    session.undo();
    // My thread is gone (with it the reply that hangs on it, hidden, not deleted); nothing else is undone.
    expect(session.map!.comments).toBeUndefined();
    expect(session.map!.people!.map((p) => p.id)).toEqual([bo.id]);
    expect(session.undoManager.canUndo()).toBe(false);
    session.redo();
    expect(commentsOf(session.map!).map((c) => c.text)).toEqual(['mine', 'theirs']);
    expect(session.map!.people!.map((p) => p.id)).toEqual([ann.id, bo.id]);
  });
});
