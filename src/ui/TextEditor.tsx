import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_TEXT, MAX_TITLE } from '../domain/types';
import { registerDraft } from './drafts';
import { isComposing } from './keys';

interface Props {
  initial: string;
  label: string;
  multiline?: boolean;
  /** Select the whole text on opening (renaming a title), rather than put the caret at its end. */
  selectAll?: boolean;
  className?: string;
  onCommit: (text: string) => void;
  onCancel: () => void;
}

/**
 * In-place text editor for cards and headers. Enter commits (never while an input method is
 * composing), Shift+Enter is a new line in a card, Escape cancels, leaving the field commits.
 */
export function TextEditor({ initial, label, multiline = true, selectAll = false, className, onCommit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(value);
    else onCancel();
  };
  // The tab closing commits what is typed, as leaving the field would.
  const latest = useRef({ finish, dirty: value !== initial });
  latest.current = { finish, dirty: value !== initial };
  useEffect(
    () =>
      registerDraft(
        () => latest.current.finish(true),
        () => latest.current.dirty,
      ),
    [],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation(); // keys typed here are text, not board shortcuts
    if (isComposing(e)) return;
    if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  };

  return (
    <textarea
      className={`text-editor nodrag nopan nowheel ${className ?? ''}`}
      aria-label={label}
      autoFocus
      rows={1}
      maxLength={multiline ? MAX_TEXT : MAX_TITLE}
      value={value}
      onChange={(e) => setValue(multiline ? e.target.value : e.target.value.replace(/\n/g, ' '))}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onFocus={(e) => {
        const el = e.currentTarget;
        if (selectAll) el.select();
        else el.setSelectionRange(el.value.length, el.value.length);
      }}
    />
  );
}
