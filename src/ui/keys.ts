import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type AnyKeyEvent = KeyboardEvent | ReactKeyboardEvent;

/** True while an input method is composing: such a key confirms a candidate, never a command. */
export function isComposing(e: AnyKeyEvent): boolean {
  const native = 'nativeEvent' in e ? e.nativeEvent : e;
  return native.isComposing || native.keyCode === 229 || e.key === 'Process';
}

export function isModKey(e: AnyKeyEvent): boolean {
  return e.ctrlKey || e.metaKey;
}

/** A key that types a character (the start of typing on a focused cell). */
export function isPrintable(e: AnyKeyEvent): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
