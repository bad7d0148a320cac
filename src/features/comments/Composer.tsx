import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMMENT } from '../../domain/comments';
import { MAX_PERSON_NAME, peopleOf, type Person } from '../../domain/people';
import { updateIdentity } from '../../session/identity';
import { useDocStore } from '../../store/docStore';
import { isComposing } from '../../ui/keys';
import { usePeople } from '../presence/store';
import { mentionCandidates } from './candidates';
import { Avatar } from './people';
import { useIdentity } from './useIdentity';

interface Props {
  label: string;
  placeholder: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  /** Posts the text; false when nothing was posted (the text stays). */
  onSubmit: (text: string) => boolean;
  onCancel?: () => void;
}

/** The `@query` being typed right before the caret, if any: where it starts and what it says. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_PERSON_NAME || /[\n@]/.test(query)) return null;
  return { start: at, query };
}

/**
 * A comment box: Enter posts, Shift+Enter is a new line (as on cards); `@` offers the people
 * of the map (↑/↓ to choose, Enter or Tab to insert). A person without a name is asked for one
 * here, once: it is kept in their identity for every map.
 */
export function Composer({ label, placeholder, submitLabel, initial = '', autoFocus, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const me = useIdentity();
  const known = useDocStore((s) => (s.doc ? peopleOf(s.doc) : NO_PEOPLE));
  const present = usePeople();
  const people = useMemo(() => mentionCandidates(known, present), [known, present]);
  const [text, setText] = useState(initial);
  const [name, setName] = useState('');
  const [caret, setCaret] = useState(initial.length);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [error, setError] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const needsName = !me.name;

  const q = mentionQuery(text, caret);
  const matches = useMemo(() => {
    if (!q || dismissed === q.start) return [];
    const needle = q.query.toLocaleLowerCase();
    return people.filter((p) => p.name && p.id !== me.id && p.name.toLocaleLowerCase().includes(needle)).slice(0, 6);
  }, [q?.query, q?.start, dismissed, people, me.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const pick = (p: Person) => {
    if (!q) return;
    const inserted = `@${p.name} `;
    const next = text.slice(0, q.start) + inserted + text.slice(caret);
    const at = q.start + inserted.length;
    setText(next);
    setCaret(at);
    setActive(0);
    requestAnimationFrame(() => area.current?.setSelectionRange(at, at));
  };

  const submit = () => {
    if (!text.trim()) return;
    if (needsName) {
      if (!name.trim()) {
        setError(t('comments.nameNeeded'));
        return;
      }
      updateIdentity({ name });
    }
    if (onSubmit(text)) {
      setText('');
      setCaret(0);
      setError('');
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposing(e)) return;
    if (matches.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        pick(matches[Math.min(active, matches.length - 1)]!);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setDismissed(q!.start);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      submit();
    } else if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      onCancel();
    }
  };

  const listId = `${id}-people`;
  const optionId = (i: number) => `${id}-person-${i}`;
  return (
    <form
      className="composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {needsName && (
        <label className="composer__name">
          <span>{t('comments.yourName')}</span>
          <input value={name} maxLength={MAX_PERSON_NAME} autoComplete="nickname" onChange={(e) => setName(e.target.value)} aria-describedby={`${id}-hint`} />
          <small id={`${id}-hint`} className="muted">
            {t('comments.nameHint')}
          </small>
        </label>
      )}
      <div className="composer__box">
        <textarea
          ref={area}
          value={text}
          rows={2}
          maxLength={MAX_COMMENT}
          aria-label={label}
          placeholder={placeholder}
          autoFocus={autoFocus}
          aria-autocomplete="list"
          aria-controls={matches.length ? listId : undefined}
          aria-activedescendant={matches.length ? optionId(Math.min(active, matches.length - 1)) : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            setDismissed(null);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {matches.length > 0 && (
          <ul className="mention-list" role="listbox" id={listId} aria-label={t('comments.mentionList')}>
            {matches.map((p, i) => (
              <li
                key={p.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === Math.min(active, matches.length - 1)}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep the caret in the text
                  pick(p);
                }}
              >
                <Avatar person={p} size={20} />
                {p.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p className="composer__error" role="alert">
          {error}
        </p>
      )}
      <div className="composer__actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={!text.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

const NO_PEOPLE: readonly Person[] = [];
