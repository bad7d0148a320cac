import { resolve } from 'node:path';
import { z } from 'zod';

/** Everything the server reads from its environment, checked once at start. */
export interface ServerConfig {
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  /** The built app (`vite build` output); missing means sync-only. */
  distDir: string;
  /** The embedded store's folder, used when `databaseUrl` is absent. */
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for the room-creation limit). */
  trustProxy: boolean;
  /** Hocuspocus: how long after the last edit a document's compacted state is written. */
  storeDebounceMs: number;
  storeMaxDebounceMs: number;
  /**
   * At most one compaction (log folded into the stored state) per room per interval. Every update
   * is durable in the log already; a compaction encodes the whole document on the sync thread
   * (tens of ms for 2,000 cards) and, with Redis, merges it with the stored state in the storage
   * worker, holding up the log's writer meanwhile; so it runs rarely.
   */
  compactIntervalMs: number;
  /** Silence the per-start summary (tests). */
  quiet: boolean;
}

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4173),
  HOST: z.string().min(1).default('0.0.0.0'),
  DIST_DIR: z.string().min(1).default('dist'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://').optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://').optional(),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
});

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) throw new Error(`Bad server environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    // Each process would keep its own embedded store, so the instances' saved documents diverge.
    throw new Error('REDIS_URL needs DATABASE_URL: several instances must share one PostgreSQL database.');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    distDir: resolve(e.DIST_DIR),
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    trustProxy: e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'true',
    storeDebounceMs: 2000,
    storeMaxDebounceMs: 10_000,
    compactIntervalMs: 60_000,
    quiet: false,
  };
}
