import { useEffect, useState } from 'react';

export type StorageState = 'checking' | 'persistent' | 'bestEffort' | 'unsupported';

/** Asks the browser to keep our data (navigator.storage.persist) and reports the answer. */
export function useStorageState(): StorageState {
  const [state, setState] = useState<StorageState>('checking');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const storage = navigator.storage;
      if (!storage?.persist || !storage.persisted) return setState('unsupported');
      try {
        const granted = (await storage.persisted()) || (await storage.persist());
        if (!cancelled) setState(granted ? 'persistent' : 'bestEffort');
      } catch {
        if (!cancelled) setState('unsupported');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
