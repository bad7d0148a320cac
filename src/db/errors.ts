/** The stored map has a newer revision than the one this tab edited: another tab wrote to it. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(readonly mapId: string, readonly reason: 'newer' | 'deleted') {
    super(`Map ${mapId} was ${reason === 'deleted' ? 'deleted' : 'changed'} elsewhere`);
  }
}

/** True for a full disk, whether the browser's error or Dexie's wrapper of it. */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
