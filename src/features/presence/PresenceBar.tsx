import { Cast } from 'lucide-react';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { initialsOf, splitOverflow, type Person } from './peers';
import { useDisplayName } from './names';
import { inkOf } from './state';
import { follow, present, stopFollowing, usePeople, usePresenceStore } from './store';
import './presence.css';

/** Avatars that fit in the toolbar before the rest go behind "+N". */
const MAX_AVATARS = 5;

/**
 * Who else is here, in the toolbar (nothing while this person is alone): initials in each one's
 * colour; a click offers to follow them. Beside them, this person's own "Present to everyone".
 */
export function PresenceBar() {
  const { t } = useTranslation();
  const people = usePeople();
  const [open, setOpen] = useState<string | null>(null);
  if (people.length === 0) return null;
  const { shown, hidden } = splitOverflow(people, MAX_AVATARS);
  const listed = open === '+' ? hidden : people.filter((p) => p.id === open);
  return (
    <div className="presence-bar" role="group" aria-label={t('presence.here')}>
      <PresentToggle />
      <ul className="presence-bar__people">
        {shown.map((p) => (
          <li key={p.id}>
            <PersonButton person={p} expanded={open === p.id} onClick={() => setOpen(open === p.id ? null : p.id)} />
          </li>
        ))}
        {hidden.length > 0 && (
          <li>
            <button type="button" className="presence-avatar presence-avatar--more" aria-label={t('presence.moreLabel', { n: hidden.length })} aria-expanded={open === '+'} onClick={() => setOpen(open === '+' ? null : '+')}>
              {t('presence.more', { n: hidden.length })}
            </button>
          </li>
        )}
      </ul>
      {open !== null && listed.length > 0 && <PeopleMenu people={listed} onClose={() => setOpen(null)} />}
    </div>
  );
}

function PersonButton({ person, expanded, onClick }: { person: Person; expanded: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const name = useDisplayName()(person.name);
  const followed = usePresenceStore((s) => s.following === person.id);
  const label = person.presenting ? t('presence.personPresenting', { name }) : t('presence.person', { name });
  return (
    <button
      type="button"
      className={`presence-avatar${person.presenting ? ' presence-avatar--presenting' : ''}${followed ? ' presence-avatar--followed' : ''}`}
      style={{ '--person': person.color, '--person-ink': inkOf(person.color) } as CSSProperties}
      aria-label={label}
      aria-expanded={expanded}
      data-tip={label}
      data-person={person.id}
      onClick={onClick}
    >
      <span aria-hidden="true">{initialsOf(name)}</span>
    </button>
  );
}

/** The people behind one avatar or "+N": name, whether they present, and Follow / Stop following. */
function PeopleMenu({ people, onClose }: { people: readonly Person[]; onClose: () => void }) {
  const { t } = useTranslation();
  const display = useDisplayName();
  const following = usePresenceStore((s) => s.following);
  const ref = useRef<HTMLDivElement>(null);
  // Closed from inside (Escape, a choice): focus goes back to the avatar that opened it.
  const done = () => {
    ref.current?.parentElement?.querySelector<HTMLElement>('[aria-expanded="true"]')?.focus();
    onClose();
  };
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const away = (e: PointerEvent) => {
      const bar = ref.current?.parentElement;
      if (bar && !bar.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [onClose]);
  return (
    <div ref={ref} className="presence-menu" role="group" aria-label={t('presence.here')} onKeyDown={(e) => e.key === 'Escape' && done()}>
      <ul>
        {people.map((p) => {
          const name = display(p.name);
          const followed = following === p.id;
          return (
            <li key={p.id} className="presence-menu__row">
              <span className="presence-avatar presence-avatar--small" style={{ '--person': p.color, '--person-ink': inkOf(p.color) } as CSSProperties} aria-hidden="true">
                {initialsOf(name)}
              </span>
              <span className="presence-menu__name">{name}</span>
              {p.presenting && <span className="presence-menu__tag">{t('presence.presentingTag')}</span>}
              <button
                type="button"
                aria-label={followed ? t('presence.stopFollow') : t('presence.followName', { name })}
                onClick={() => {
                  if (followed) stopFollowing();
                  else follow(p.id);
                  done();
                }}
              >
                {followed ? t('presence.stopFollow') : t('presence.follow')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** "Present to everyone": the others are asked to follow this person's view and slides. */
function PresentToggle() {
  const { t } = useTranslation();
  const presenting = usePresenceStore((s) => s.presenting);
  return (
    <button
      type="button"
      className="icon-button"
      aria-pressed={presenting}
      aria-label={t('presence.present')}
      data-tip={presenting ? t('presence.stopPresenting') : t('presence.present')}
      onClick={() => present(!presenting)}
    >
      <Cast size={18} aria-hidden="true" />
    </button>
  );
}
