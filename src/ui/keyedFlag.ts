import { useCallback, useSyncExternalStore } from 'react';

/**
 * "Which one key is current" (the selected card, the active cell…), with listeners per key: a
 * change notifies only the old and the new key's subscribers, not every node on the board.
 */
export interface KeyedFlag {
  get(): string | null;
  set(key: string | null): void;
  subscribe(key: string, listener: () => void): () => void;
}

const NONE = '\u0000none';

export function createKeyedFlag(): KeyedFlag {
  let current: string | null = null;
  const listeners = new Map<string, Set<() => void>>();
  const notify = (key: string | null) => listeners.get(key ?? NONE)?.forEach((l) => l());
  return {
    get: () => current,
    set(key) {
      if (key === current) return;
      const prev = current;
      current = key;
      notify(prev);
      notify(key);
    },
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => {
        set!.delete(listener);
        if (!set!.size) listeners.delete(key);
      };
    },
  };
}

/** True while `key` is current (or, with `orNone`, while nothing is). */
export function useKeyedFlag(flag: KeyedFlag, key: string, orNone = false): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const off = flag.subscribe(key, listener);
      const offNone = orNone ? flag.subscribe(NONE, listener) : () => {};
      return () => {
        off();
        offNone();
      };
    },
    [flag, key, orNone],
  );
  return useSyncExternalStore(subscribe, () => flag.get() === key || (orNone && flag.get() === null));
}
