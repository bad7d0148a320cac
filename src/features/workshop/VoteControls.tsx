import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVote } from './hooks';
import { VoteResults } from './VoteResults';
import { VoteSetup } from './VoteSetup';
import { cancelVote, closeVote, revealVote } from './workshopActions';

/** The vote's section of the facilitator panel: set up, run, reveal, close, and the result. */
export function VoteControls() {
  const { t } = useTranslation();
  const id = useId();
  const vote = useVote();
  // "New vote" on a closed round shows the setup for that round only, not for the next one.
  const [setupFor, setSetupFor] = useState<string | null>(null);
  return (
    <section className="workshop-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workshop.vote.title')}</h3>
      {!vote || (vote.status === 'closed' && setupFor === vote.id) ? (
        <VoteSetup />
      ) : vote.status === 'open' ? (
        <>
          <p className="muted">
            {t('workshop.vote.cards', { count: vote.cards.length })} · {t('workshop.vote.hidden')}
          </p>
          <div className="button-row">
            <button type="button" className="primary" onClick={revealVote}>
              {t('workshop.vote.reveal')}
            </button>
            <button type="button" onClick={cancelVote}>
              {t('workshop.vote.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">{vote.status === 'revealed' ? t('workshop.vote.revealed') : t('workshop.vote.closed')}</p>
          <VoteResults round={vote} />
          <div className="button-row">
            {vote.status === 'revealed' ? (
              <button type="button" onClick={closeVote}>
                {t('workshop.vote.close')}
              </button>
            ) : (
              <button type="button" onClick={() => setSetupFor(vote.id)}>
                {t('workshop.vote.newVote')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
