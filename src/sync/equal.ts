/** Structural equality of JSON values (what a Yjs map stores). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/**
 * The validated value with the fields its schema does not know put back (zod drops them), at
 * every depth: a field added by a newer version survives a round trip through an older one.
 */
export function withUnknown(raw: unknown, parsed: unknown): unknown {
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return parsed;
  const out: Record<string, unknown> = { ...raw };
  for (const [k, v] of Object.entries(parsed)) out[k] = withUnknown(raw[k], v);
  return out;
}
