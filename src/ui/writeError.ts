import type { TFunction } from 'i18next';

/**
 * True for a full disk however it arrives: a DOMException named QuotaExceededError, Dexie's
 * wrapper around one (`inner`), or an IndexedDB transaction aborted for it (`error`).
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 3) return false;
  const x = e as { name?: unknown; inner?: unknown; error?: unknown; cause?: unknown; message?: unknown };
  if (x.name === 'QuotaExceededError' || (typeof x.message === 'string' && x.message.includes('QuotaExceededError'))) return true;
  return isQuotaError(x.inner, depth + 1) || isQuotaError(x.error, depth + 1) || isQuotaError(x.cause, depth + 1);
}

/** What a failed write tells the user: "the disk is full" in words, or the error itself. */
export function writeErrorMessage(e: unknown, t: TFunction): string {
  if (isQuotaError(e)) return t('hardening.diskFull');
  return t('hardening.writeFailed', { detail: e instanceof Error ? e.message : String(e) });
}
