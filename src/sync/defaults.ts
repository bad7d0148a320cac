import { entitySchemas } from '../domain/migrate';

type Shape = Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;

const cache = new Map<string, ReadonlyMap<string, unknown>>();

/**
 * The value each known field of a collection's records takes when it is absent, read from the
 * import boundary's schema (zod's defaults). A field holding its default is not stored: most
 * cards have few fields set, and fewer stored fields make a smaller document that opens faster.
 * The binding fills the defaults back in when it validates the record.
 */
export function defaultsOf(collection: string): ReadonlyMap<string, unknown> {
  let out = cache.get(collection);
  if (out) return out;
  const map = new Map<string, unknown>();
  const schema = (entitySchemas as unknown as Record<string, { shape?: Shape }>)[collection];
  for (const [key, field] of Object.entries(schema?.shape ?? {})) {
    const r = field.safeParse(undefined);
    if (r.success && r.data !== undefined) map.set(key, r.data);
  }
  cache.set(collection, (out = map));
  return out;
}
