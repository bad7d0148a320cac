import { parentPort, workerData } from 'node:worker_threads';
import { documentStore } from './documents.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { roomStore } from './rooms.ts';
import { migrate, type Sql } from './sql.ts';

/** The storage worker (see index.ts): owns the database and answers one request at a time. */
export interface StorageOptions {
  databaseUrl?: string;
  dataDir: string;
}

export type Method =
  | 'open' | 'close'
  | 'documents.appendMany' | 'documents.fetch' | 'documents.fetchParts' | 'documents.store' | 'documents.remove'
  | 'rooms.create' | 'rooms.get' | 'rooms.rotate' | 'rooms.stop';
export interface Request { id: number; method: Method; args: unknown[] }
export type Response = { id: number; result: unknown } | { id: number; error: string };

if (parentPort) {
  const port = parentPort;
  const options = workerData as StorageOptions;
  let sql: Sql | undefined;
  let handlers: Partial<Record<Method, (...args: never[]) => Promise<unknown>>> = {};

  const open = async () => {
    sql = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
    await migrate(sql);
    const documents = documentStore(sql);
    const rooms = roomStore(sql);
    handlers = {
      'documents.appendMany': documents.appendMany,
      'documents.fetch': documents.fetch,
      'documents.fetchParts': documents.fetchParts,
      'documents.store': documents.store,
      'documents.remove': documents.remove,
      'rooms.create': rooms.create,
      'rooms.get': rooms.get,
      'rooms.rotate': rooms.rotate,
      'rooms.stop': rooms.stop,
      close: async () => sql?.close(),
    };
    return options.databaseUrl ? 'postgres' : 'embedded';
  };

  port.on('message', async ({ id, method, args }: Request) => {
    try {
      const handler = method === 'open' ? open : handlers[method];
      if (!handler) throw new Error(`storage is not open (${method})`);
      const result = await (handler as (...a: unknown[]) => Promise<unknown>)(...args);
      port.postMessage({ id, result } satisfies Response);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Response);
    }
  });
}
