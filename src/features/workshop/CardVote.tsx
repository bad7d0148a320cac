import { Minus, Plus } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../store/uiStore';
import { useMyDotsLeft } from './hooks';
import { placeDot, removeDot } from './workshopActions';
import { useWorkshop } from './workshopStore';

const REFUSAL_KEY = {
  'not-open': 'workshop.vote.refused.notOpen',
  'not-in-round': 'workshop.vote.refused.notInRound',
  'no-dots-left': 'workshop.vote.refused.noDotsLeft',
  'one-per-card': 'workshop.vote.refused.onePerCard',
  deadline: 'workshop.vote.refused.deadline',
  viewer: 'workshop.vote.refused.viewer',
} as const;

/**
 * A card's part in the vote: while it is open, this person's dots on it and buttons to place or
 * take back one (nobody's totals); once revealed, the card's total. Nothing outside a vote.
 */
function CardVoteComponent({ cardId, text }: { cardId: string; text: string }) {
  const inRound = useWorkshop((s) => s.roundCards.has(cardId));
  const status = useWorkshop((s) => s.state.vote?.status ?? null);
  if (!inRound || status === null || status === 'closed') return null;
  return status === 'open' ? <Ballot cardId={cardId} text={text} /> : <Total cardId={cardId} />;
}

function Ballot({ cardId, text }: { cardId: string; text: string }) {
  const { t } = useTranslation();
  const mine = useWorkshop((s) => s.mine.get(cardId) ?? 0);
  const left = useMyDotsLeft() ?? 0;
  const place = () => {
    const refusal = placeDot(cardId);
    if (refusal) notify(t(REFUSAL_KEY[refusal]), 'error');
  };
  // Clicks stay here: the card would otherwise take them as a selection or a drag.
  return (
    <div className="card-vote nodrag" data-my-dots={mine} onDoubleClick={(e) => e.stopPropagation()}>
      {Array.from({ length: Math.min(mine, 5) }, (_, i) => (
        <span key={i} className="card-vote__dot" aria-hidden="true" />
      ))}
      {mine > 0 && (
        <button type="button" className="card-vote__button" aria-label={t('workshop.vote.remove', { text })} onClick={() => removeDot(cardId)}>
          <Minus size={12} aria-hidden="true" />
        </button>
      )}
      <button type="button" className="card-vote__button card-vote__place" aria-label={t('workshop.vote.place', { text, left })} aria-disabled={left === 0} onClick={place}>
        <Plus size={12} aria-hidden="true" />
      </button>
    </div>
  );
}

function Total({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const total = useWorkshop((s) => s.totals?.get(cardId) ?? 0);
  return (
    <div className="card-vote card-vote--total" data-vote-total={total} role="img" aria-label={t('workshop.vote.total', { count: total })}>
      <span className="card-vote__dot" aria-hidden="true" />
      {total}
    </div>
  );
}

export const CardVote = memo(CardVoteComponent);
