/**
 * The little SQL the server needs, spoken to the embedded PGlite (WASM PostgreSQL) and to a real
 * PostgreSQL alike: one schema and one set of statements serve both.
 */
export interface Sql {
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `fn` in one transaction; a throw rolls it back. */
  transaction<T>(fn: (tx: Pick<Sql, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Several instances may start together against one database: the lock serialises the DDL. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS jp_rooms (
  id text PRIMARY KEY,
  facilitator_hash text NOT NULL,
  editor_hash text NOT NULL,
  viewer_hash text NOT NULL,
  retired_hashes text NOT NULL DEFAULT '',
  created_at bigint NOT NULL,
  rotated_at bigint,
  stopped_at bigint
);
CREATE TABLE IF NOT EXISTS jp_documents (
  name text PRIMARY KEY,
  state bytea NOT NULL,
  updated_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS jp_updates (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  data bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS jp_updates_name ON jp_updates (name, id);
`;

export async function migrate(sql: Sql): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7217348)');
    for (const statement of SCHEMA.split(';').map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
  });
}
