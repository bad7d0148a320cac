import { documentStore, type DocumentStore } from './documents.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { roomStore, type RoomStore } from './rooms.ts';
import { migrate } from './sql.ts';

export interface Storage {
  documents: DocumentStore;
  rooms: RoomStore;
  /** 'embedded' (PGlite in a data folder) or 'postgres'. */
  kind: 'embedded' | 'postgres';
  close(): Promise<void>;
}

export async function openStorage(options: { databaseUrl?: string; dataDir: string }): Promise<Storage> {
  const sql = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  await migrate(sql);
  return { documents: documentStore(sql), rooms: roomStore(sql), kind: options.databaseUrl ? 'postgres' : 'embedded', close: () => sql.close() };
}
