import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MAX_TEXT, MAX_TITLE } from '../domain/types';
import { registerDraft } from './drafts';
import { isComposing } from './keys';

/**
 * Inspector fields. Text commits when the field is left or Enter is pressed (not per keystroke,
 * so one field edit is one undo step); the field follows the document when it changes elsewhere.
 */

function useDraft<T>(value: T): [T, (v: T) => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return [draft, setDraft];
}

/** Commits the field's draft when the tab closes (pagehide), as leaving the field would. */
function useCommitOnExit(commit: () => void, dirty: boolean): void {
  const latest = useRef({ commit, dirty });
  latest.current = { commit, dirty };
  useEffect(
    () =>
      registerDraft(
        () => latest.current.commit(),
        () => latest.current.dirty,
      ),
    [],
  );
}

export function TextField(props: { label: string; value: string; onCommit: (v: string) => void; multiline?: boolean; placeholder?: string }) {
  const { label, value, onCommit, multiline, placeholder } = props;
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  // What is in the field right now, kept apart from the render: a page that goes away in the
  // same moment as the last keystroke commits that keystroke, not the last rendered draft.
  const typed = useRef(value);
  useEffect(() => {
    typed.current = value;
  }, [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  useCommitOnExit(() => {
    if (typed.current !== value) onCommit(typed.current);
  }, draft !== value);
  const common = {
    id,
    value: draft,
    maxLength: multiline ? MAX_TEXT : MAX_TITLE,
    placeholder,
    onBlur: commit,
    onChange: (e: { target: { value: string } }) => {
      typed.current = e.target.value;
      setDraft(e.target.value);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type="text"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !isComposing(e)) commit();
            if (e.key === 'Escape') {
              typed.current = value;
              setDraft(value);
            }
          }}
        />
      )}
    </div>
  );
}

/** A number field; empty means "none" where allowed; bad input shows why and changes nothing. */
export function NumberField(props: {
  label: string;
  value: number | null;
  onCommit: (v: number | null) => void;
  min?: number;
  max?: number;
  step?: number;
  allowEmpty?: boolean;
  messages: { invalid: string; range: (min: number, max: number) => string };
  help?: string;
}) {
  const { label, value, onCommit, min = -Infinity, max = Infinity, step = 1, allowEmpty = true, messages, help } = props;
  const id = useId();
  const [draft, setDraft] = useDraft(value === null ? '' : String(value));
  const [error, setError] = useState('');
  const commit = () => {
    const text = draft.trim().replace(',', '.');
    if (text === '') {
      if (allowEmpty) {
        setError('');
        if (value !== null) onCommit(null);
      } else {
        setError(messages.invalid);
      }
      return;
    }
    const n = Number(text);
    if (!Number.isFinite(n)) return setError(messages.invalid);
    if (n < min || n > max) return setError(messages.range(min, max));
    setError('');
    if (n !== value) onCommit(n);
  };
  useCommitOnExit(commit, draft.trim() !== (value === null ? '' : String(value)));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        min={Number.isFinite(min) ? min : undefined}
        max={Number.isFinite(max) ? max : undefined}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || help ? `${id}-msg` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !isComposing(e)) commit();
        }}
      />
      {(error || help) && (
        <p id={`${id}-msg`} className={error ? 'field__error' : 'field__help'} role={error ? 'alert' : undefined}>
          {error || help}
        </p>
      )}
    </div>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  none?: string;
  onChange: (v: T | null) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange((e.target.value || null) as T | null)}>
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field--check">
      <input id={id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
