import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ranking, type VoteRound } from '../../domain/workshop';
import { useDocStore } from '../../store/docStore';
import { notify } from '../../store/uiStore';
import { focusCard } from '../board/boardApi';
import { voteToBacklog } from './workshopActions';
import { useWorkshop } from './workshopStore';

/** The ranked result of a revealed or closed vote, and the step from its top items to the backlog. */
export function VoteResults({ round }: { round: VoteRound }) {
  const { t } = useTranslation();
  const id = useId();
  const totals = useWorkshop((s) => s.totals);
  const cards = useDocStore((s) => s.doc?.cards);
  const text = useMemo(() => new Map(cards?.map((c) => [c.id, c.text])), [cards]);
  const ranked = useMemo(() => (totals ? ranking(round, totals).filter((r) => text.has(r.card)) : []), [round, totals, text]);
  const [top, setTop] = useState(3);
  if (!ranked.length) return <p className="muted">{t('workshop.vote.none')}</p>;
  const n = Math.min(top, ranked.length);
  return (
    <div className="workshop-results">
      <h4 id={`${id}-h`}>{t('workshop.vote.ranked')}</h4>
      <ol className="workshop-ranking" aria-labelledby={`${id}-h`}>
        {ranked.map((r) => (
          <li key={r.card} data-ranked-card={r.card}>
            <button type="button" className="link-button" onClick={() => focusCard(r.card)}>
              {text.get(r.card)}
            </button>
            <span className="workshop-ranking__total">{t('workshop.vote.total', { count: r.total })}</span>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <label htmlFor={`${id}-top`}>{t('workshop.vote.top')}</label>
        <input id={`${id}-top`} className="workshop-number" type="number" min={1} max={ranked.length} value={n} onChange={(e) => setTop(Math.max(1, Number(e.target.value) || 1))} />
        <button
          type="button"
          onClick={() => {
            const added = voteToBacklog(ranked.slice(0, n).map((r) => r.card));
            notify(t('workshop.vote.added', { count: added }), 'info');
          }}
        >
          {t('workshop.vote.toBacklog', { count: n })}
        </button>
      </div>
    </div>
  );
}
