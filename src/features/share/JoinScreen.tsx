import { useCallback, useEffect, useState } from 'react';
import { getIdentity } from '../../session/identity';
import { parseJoinHash } from '../../sync/protocol';
import { AskName } from './AskName';
import { joinRoom } from './join';
import { reasonText } from './reason';
import './share.css';
import { useShareT } from './i18n';

type Phase = { step: 'name' } | { step: 'joining' } | { step: 'failed'; error: string };

/** Failures worth a second try as they are (the server was busy or away); the others need a new link. */
const RETRYABLE = new Set(['network', 'timeout', 'no-server', 'room-full', 'unexpected']);

/**
 * Opening a join link (`#/join/<room>/<secret>`): the name once, then the map is fetched, added to
 * the library and opened. A refusal says why and offers the way back; nothing is stored then.
 */
export function JoinScreen({ hash, onJoined, onBack }: { hash: string; onJoined: (mapId: string) => void; onBack: () => void }) {
  const t = useShareT();
  const [link] = useState(() => parseJoinHash(hash));
  const [phase, setPhase] = useState<Phase>(() => (!link ? { step: 'failed', error: 'bad-link' } : getIdentity().name ? { step: 'joining' } : { step: 'name' }));

  const join = useCallback(async () => {
    if (!link) return;
    const result = await joinRoom(location.origin, link.roomId, link.secret);
    if (result.ok) onJoined(result.mapId);
    else setPhase({ step: 'failed', error: result.error });
  }, [link, onJoined]);

  useEffect(() => {
    if (phase.step === 'joining') void join();
  }, [phase.step, join]);

  return (
    <main className="join-screen" data-screen="join" data-phase={phase.step}>
      <h1>{phase.step === 'failed' ? t('share.join.failed') : t('share.join.title')}</h1>
      {phase.step === 'name' && <AskName intro={t('share.askNameJoin')} onDone={() => setPhase({ step: 'joining' })} />}
      {phase.step === 'joining' && <p role="status">{t('share.join.joining')}</p>}
      {phase.step === 'failed' && (
        <>
          <p role="alert" data-reason={phase.error}>
            {reasonText(t, phase.error, true)}
          </p>
          <div className="join-screen__actions">
            <button type="button" className="primary" onClick={onBack}>
              {t('share.join.back')}
            </button>
            {RETRYABLE.has(phase.error) && (
              <button type="button" onClick={() => setPhase({ step: 'joining' })}>
                {t('share.join.retry')}
              </button>
            )}
          </div>
        </>
      )}
    </main>
  );
}
