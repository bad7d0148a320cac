import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mentionsPerson, threadsOf, type CommentTarget, type Thread } from '../../domain/comments';
import { peopleOf, type Person } from '../../domain/people';
import type { JourneyMap } from '../../domain/types';
import { useDocStore } from '../../store/docStore';
import { useCanEdit } from '../../store/roomState';
import * as act from './commentActions';
import { Composer } from './Composer';
import { closeComments, openComments, useCommentsUi, type ThreadFilter } from './commentsUi';
import { jumpTo, targetLabel } from './targets';
import { ThreadView } from './ThreadView';
import { useIdentity } from './useIdentity';
import './comments.css';

const FILTERS: readonly ThreadFilter[] = ['open', 'resolved', 'all'];
const FILTER_LABEL = { open: 'comments.filterOpen', resolved: 'comments.filterResolved', all: 'comments.filterAll' } as const;

/**
 * The comments side panel: one item's threads with a box to start a new one, or every thread
 * of the map, filtered (open / resolved / all, mentions of you), each leading to its place.
 */
export function CommentsPanel() {
  const { t } = useTranslation();
  const doc = useDocStore((s) => s.doc);
  const target = useCommentsUi((s) => s.target);
  const me = useIdentity();
  const people = useMemo(() => new Map((doc ? peopleOf(doc) : []).map((p) => [p.id, p])), [doc]);
  if (!doc) return null;
  const threads = threadsOf(doc);
  return (
    <aside className="comments-panel" aria-label={t('comments.title')}>
      <header className="panel-header">
        <h2>{t('comments.title')}</h2>
        <button type="button" onClick={closeComments} aria-label={t('comments.close')}>
          ×
        </button>
      </header>
      {target ? (
        <TargetThreads doc={doc} target={target} threads={threads.filter((x) => x.root.target.id === target.id && x.root.target.kind === target.kind)} people={people} meId={me.id} />
      ) : (
        <AllThreads doc={doc} threads={threads} people={people} meId={me.id} />
      )}
    </aside>
  );
}

interface ListProps {
  doc: JourneyMap;
  threads: readonly Thread[];
  people: ReadonlyMap<string, Person>;
  meId: string;
}

function TargetThreads({ doc, target, threads, people, meId }: ListProps & { target: CommentTarget }) {
  const { t } = useTranslation();
  const label = targetLabel(doc, target, t);
  const focusBox = useCommentsUi((s) => s.focusBox);
  const canEdit = useCanEdit();
  return (
    <section aria-label={t('comments.open', { name: label })}>
      <div className="comments-panel__target">
        <button type="button" className="link" onClick={() => openComments(null)}>
          ← {t('comments.allThreads')}
        </button>
        <h3>
          <button type="button" className="link comments-panel__jump" onClick={() => jumpTo(target)} title={t('comments.jump')}>
            {label}
          </button>
        </h3>
      </div>
      {threads.length === 0 && <p className="muted">{t('comments.none')}</p>}
      <ul className="thread-list">
        {threads.map((x) => (
          <ThreadView key={x.root.id} thread={x} people={people} meId={meId} />
        ))}
      </ul>
      {canEdit && (
        <>
          <h4 className="comments-panel__new">{t('comments.newThread')}</h4>
          <Composer key={`${target.kind}:${target.id}`} label={t('comments.newThread')} placeholder={t('comments.placeholder')} submitLabel={t('comments.post')} autoFocus={focusBox} onSubmit={(text) => !!act.addThread(target, text)} />
        </>
      )}
    </section>
  );
}

function AllThreads({ doc, threads, people, meId }: ListProps) {
  const { t } = useTranslation();
  const filter = useCommentsUi((s) => s.filter);
  const mentionsOnly = useCommentsUi((s) => s.mentionsOnly);
  const shown = threads.filter((x) => (filter === 'all' || x.root.resolved === (filter === 'resolved')) && (!mentionsOnly || mentionsPerson(x, meId)));
  return (
    <>
      <div className="button-row" role="group" aria-label={t('comments.filter')}>
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => useCommentsUi.setState({ filter: f })}>
            {t(FILTER_LABEL[f])}
          </button>
        ))}
        <button type="button" aria-pressed={mentionsOnly} onClick={() => useCommentsUi.setState({ mentionsOnly: !mentionsOnly })}>
          @ {t('comments.mentionsOfMe')}
        </button>
      </div>
      {shown.length === 0 && <p className="muted">{filter === 'open' && !mentionsOnly ? t('comments.noneOpen') : t('comments.none')}</p>}
      <ul className="thread-list">
        {shown.map((x) => (
          <li key={x.root.id} className="thread-group">
            <button
              type="button"
              className="link comments-panel__jump"
              onClick={() => {
                openComments(x.root.target, false);
                jumpTo(x.root.target);
              }}
            >
              {targetLabel(doc, x.root.target, t)}
            </button>
            <ul className="thread-list thread-list--nested">
              <ThreadView thread={x} people={people} meId={meId} />
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
