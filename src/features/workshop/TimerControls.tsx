import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUTE, timerStatus } from '../../domain/workshop';
import { useNow, useTimer } from './hooks';
import * as w from './workshopActions';

/** Start, pause, resume, add a minute, reset: the facilitator's side of the shared timer. */
export function TimerControls() {
  const { t } = useTranslation();
  const id = useId();
  const timer = useTimer();
  const [minutes, setMinutes] = useState(5);
  const running = !!timer && timer.startedAt !== null && timer.pausedRemainingMs === null;
  const status = timerStatus(timer, useNow(running, 1000));
  return (
    <section className="workshop-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workshop.timer.title')}</h3>
      <div className="button-row">
        <label htmlFor={`${id}-min`}>{t('workshop.timer.minutes')}</label>
        <input
          id={`${id}-min`}
          type="number"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(Math.max(1, Math.min(240, Number(e.target.value) || 1)))}
          className="workshop-number"
        />
        <button type="button" onClick={() => w.startTimer(minutes * MINUTE)}>
          {t('workshop.timer.start')}
        </button>
      </div>
      {timer && (
        <div className="button-row">
          {status === 'running' && (
            <button type="button" onClick={w.pauseTimer}>
              {t('workshop.timer.pause')}
            </button>
          )}
          {status === 'paused' && (
            <button type="button" onClick={w.resumeTimer}>
              {t('workshop.timer.resume')}
            </button>
          )}
          <button type="button" onClick={w.addTimerMinute}>
            {t('workshop.timer.addMinute')}
          </button>
          <button type="button" onClick={w.resetTimer}>
            {t('workshop.timer.reset')}
          </button>
          <button type="button" onClick={w.clearTimer}>
            {t('workshop.timer.clear')}
          </button>
        </div>
      )}
    </section>
  );
}
