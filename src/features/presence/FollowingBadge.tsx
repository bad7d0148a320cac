import { useTranslation } from 'react-i18next';
import { useDisplayName } from './names';
import { followedPeer, stopFollowing, usePresenceStore } from './store';
import './presence.css';

/** In a presentation someone else is turning: whose it is, and a way to take over. */
export function FollowingBadge() {
  const { t } = useTranslation();
  const name = useDisplayName();
  const who = usePresenceStore((s) => followedPeer(s)?.user.name ?? null);
  if (who === null) return null;
  return (
    <div className="follow-bar follow-bar--present" role="status" data-following-slides="">
      <span>{t('presence.following', { name: name(who) })}</span>
      <button type="button" aria-label={t('presence.stopFollow')} onClick={stopFollowing}>
        {t('presence.stop')}
      </button>
    </div>
  );
}
