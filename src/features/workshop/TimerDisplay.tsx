import { Bell, BellOff, Timer } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { endsAt, formatRemaining, remainingMs, timerStatus } from '../../domain/workshop';
import { playChime, setMuted, useChime } from './chime';
import { useNow, useTimer } from './hooks';

/** The shared countdown as everyone sees it, with this person's mute switch. */
export function TimerDisplay() {
  const { t } = useTranslation();
  const timer = useTimer();
  const muted = useChime((s) => s.muted);
  const running = !!timer && timer.startedAt !== null && timer.pausedRemainingMs === null;
  const now = useNow(running);
  const status = timerStatus(timer, now);
  const end = endsAt(timer);
  // The sound plays once per run, and only for a run this page saw running (not on opening a
  // map whose timer ended long ago).
  const seenRunning = useRef<number | null>(null);
  const chimed = useRef<number | null>(null);
  useEffect(() => {
    if (status === 'running') seenRunning.current = end;
    else if (status === 'done' && end !== null && seenRunning.current === end && chimed.current !== end) {
      chimed.current = end;
      playChime();
    }
  }, [status, end]);

  if (!timer) return null;
  const left = formatRemaining(remainingMs(timer, now));
  const label = status === 'done' ? t('workshop.timer.done') : status === 'paused' ? `${t('workshop.timer.paused')} ${left}` : t('workshop.timer.remaining', { time: left });
  return (
    <span className={`workshop-timer workshop-timer--${status}`} data-timer-status={status}>
      <Timer size={16} aria-hidden="true" />
      <span role="timer" aria-label={label} className="workshop-timer__time" data-remaining={left}>
        {status === 'done' ? t('workshop.timer.done') : left}
      </span>
      {status === 'paused' && <span className="muted">{t('workshop.timer.paused')}</span>}
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-pressed={muted}
        aria-label={t('workshop.timer.mute')}
        data-tip={muted ? t('workshop.timer.unmute') : t('workshop.timer.mute')}
        onClick={() => setMuted(!muted)}
      >
        {muted ? <BellOff size={14} aria-hidden="true" /> : <Bell size={14} aria-hidden="true" />}
      </button>
    </span>
  );
}
