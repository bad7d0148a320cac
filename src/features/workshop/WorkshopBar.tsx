import { EyeOff, Lock, Vote } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './rules';
import { useAnonymous, useLocked, useMyDotsLeft, useNow, useTimer, useVote } from './hooks';
import { TimerDisplay } from './TimerDisplay';
import { useLookHere } from './useLookHere';
import './workshop.css';

/**
 * The workshop at a glance, for everyone: the timer, the vote and the dots left, the structure
 * lock and anonymous capture. Empty (not drawn) when none of them is on. Also where this page
 * follows the facilitator's "look here".
 */
export function WorkshopBar() {
  const { t, i18n } = useTranslation();
  const moved = useLookHere();
  const vote = useVote();
  const left = useMyDotsLeft();
  const locked = useLocked();
  const anonymous = useAnonymous();
  const timerSet = useTimer() !== null;
  const now = useNow(vote?.status === 'open' && vote.deadline !== null, 1000);
  if (!vote && !locked && !anonymous && !timerSet && !moved) return null;
  const voteText =
    vote?.status === 'open'
      ? vote.deadline !== null && now > vote.deadline
        ? t('workshop.vote.refused.deadline')
        : t('workshop.vote.open', { left: left ?? 0, total: vote.dotsPerPerson })
      : vote?.status === 'revealed'
        ? t('workshop.vote.revealed')
        : null;
  return (
    <div className="workshop-bar" role="region" aria-label={t('workshop.bar')}>
      <TimerDisplay />
      {voteText && (
        <span className="workshop-bar__item" data-vote-status={vote!.status}>
          <Vote size={16} aria-hidden="true" />
          <span role="status">{voteText}</span>
          {vote!.status === 'open' && vote!.deadline !== null && now <= vote!.deadline && (
            <span className="muted">{t('workshop.vote.until', { time: new Date(vote!.deadline).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) })}</span>
          )}
        </span>
      )}
      {locked && (
        <span className="workshop-bar__item" data-structure-locked="true">
          <Lock size={16} aria-hidden="true" />
          {t('workshop.lock.on')}
        </span>
      )}
      {anonymous && (
        <span className="workshop-bar__item">
          <EyeOff size={16} aria-hidden="true" />
          {t('workshop.anonymous.on')}
        </span>
      )}
      {moved && (
        <span className="workshop-bar__item workshop-bar__moved" role="status">
          {t('workshop.look.moved')}
        </span>
      )}
    </div>
  );
}
