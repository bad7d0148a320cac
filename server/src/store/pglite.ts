import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Sql } from './sql.ts';

/** The embedded store: PostgreSQL compiled to WASM, kept in `dataDir` (no native build on install). */
export async function openPglite(dataDir: string): Promise<Sql> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  return {
    query: async <Row>(text: string, params?: unknown[]) => (await db.query<Row>(text, params)).rows,
    transaction: (fn) => db.transaction((tx) => fn({ query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows })),
    close: () => db.close(),
  };
}
