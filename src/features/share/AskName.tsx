import { useId, useState, type FormEvent } from 'react';
import { getIdentity, updateIdentity } from '../../session/identity';
import { useShareT } from './i18n';

/** Asks a person's name once (before they first share or join); the others see it beside their work. */
export function AskName({ intro, onDone }: { intro: string; onDone: () => void }) {
  const t = useShareT();
  const [name, setName] = useState(getIdentity().name);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    updateIdentity({ name });
    onDone();
  };
  return (
    <form className="ask-name" onSubmit={submit}>
      <p>{intro}</p>
      <label htmlFor={`${id}-name`}>{t('share.name')}</label>
      <input id={`${id}-name`} value={name} maxLength={40} required autoFocus autoComplete="name" aria-describedby={`${id}-hint`} onChange={(e) => setName(e.target.value)} />
      <p id={`${id}-hint`} className="muted small">
        {t('share.nameHint')}
      </p>
      <div className="dialog__actions">
        <button type="submit" className="primary" disabled={!name.trim()}>
          {t('share.continue')}
        </button>
      </div>
    </form>
  );
}

/** The name, changeable later (the Share dialog); the others see the change at once. */
export function NameField() {
  const t = useShareT();
  const [name, setName] = useState(getIdentity().name);
  const id = useId();
  const commit = () => {
    if (name.trim() && name.trim() !== getIdentity().name) updateIdentity({ name });
    else setName(getIdentity().name);
  };
  return (
    <div className="name-field">
      <label htmlFor={`${id}-name`}>{t('share.name')}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={40}
        autoComplete="name"
        onChange={(e) => setName(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
        }}
      />
    </div>
  );
}
