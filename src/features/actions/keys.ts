/** A key combination. `mod` is Ctrl, or ⌘ on a Mac. */
export interface Binding {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Shift is part of a symbol like "?" (typed with Shift on most layouts), so it is not compared there. */
const symbolic = (key: string) => key.length === 1 && !/[a-z0-9]/i.test(key);

export function matches(b: Binding, e: KeyLike): boolean {
  if (e.key.toLowerCase() !== b.key.toLowerCase()) return false;
  if (!!b.mod !== (e.ctrlKey || e.metaKey)) return false;
  if (!!b.alt !== e.altKey) return false;
  return symbolic(b.key) || !!b.shift === e.shiftKey;
}

/** "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac: the sheet, the tooltips and aria-keyshortcuts all say this. */
export function formatBinding(b: Binding, mac = false): string {
  const key = b.key.length === 1 ? b.key.toUpperCase() : b.key;
  if (mac) return `${b.mod ? '⌘' : ''}${b.alt ? '⌥' : ''}${b.shift ? '⇧' : ''}${key}`;
  return [b.mod && 'Ctrl', b.alt && 'Alt', b.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The ARIA form ("Control+Shift+Z Meta+Shift+Z"). */
export function ariaKeys(bindings: readonly Binding[]): string | undefined {
  const out = bindings.flatMap((b) => {
    const rest = [b.alt && 'Alt', b.shift && 'Shift', b.key.length === 1 ? b.key.toUpperCase() : b.key].filter(Boolean).join('+');
    return b.mod ? [`Control+${rest}`, `Meta+${rest}`] : [rest];
  });
  return out.length ? out.join(' ') : undefined;
}

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
