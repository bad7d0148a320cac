import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayName } from './names';
import { follow, present, stopFollowing, usePeople, usePresenceStore } from './store';

/**
 * A small bar on the board: "Following Ana — Stop" while following; "Ana is presenting — Follow /
 * Not now" when someone asks to be followed; "You are presenting — Stop" for the presenter.
 */
export function FollowBar() {
  const { t } = useTranslation();
  const name = useDisplayName();
  const people = usePeople();
  const following = usePresenceStore((s) => s.following);
  const presenting = usePresenceStore((s) => s.presenting);
  // Presenters this person said "not now" to: asked once per presentation.
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());
  const followed = following ? people.find((p) => p.id === following) : undefined;
  const inviting = !following && !presenting ? people.find((p) => p.presenting && !declined.has(p.id)) : undefined;

  if (followed) {
    return (
      <div className="follow-bar" role="status" data-following={followed.id}>
        <span>{t('presence.following', { name: name(followed.name) })}</span>
        <button type="button" aria-label={t('presence.stopFollow')} onClick={stopFollowing}>
          {t('presence.stop')}
        </button>
      </div>
    );
  }
  if (presenting) {
    return (
      <div className="follow-bar" role="status">
        <span>{t('presence.presentingNow')}</span>
        <button type="button" onClick={() => present(false)}>
          {t('presence.stopPresenting')}
        </button>
      </div>
    );
  }
  if (inviting) {
    return (
      <div className="follow-bar" role="status" data-inviting={inviting.id}>
        <span>{t('presence.invite', { name: name(inviting.name) })}</span>
        <button type="button" className="primary" aria-label={t('presence.followName', { name: name(inviting.name) })} onClick={() => follow(inviting.id)}>
          {t('presence.follow')}
        </button>
        <button type="button" onClick={() => setDeclined(new Set([...declined, inviting.id]))}>
          {t('presence.notNow')}
        </button>
      </div>
    );
  }
  return <div className="follow-bar-slot" role="status" />;
}
