import pg from 'pg';
import type { Sql } from './sql.ts';

/** A real PostgreSQL (`DATABASE_URL`), shared by every server instance. */
export async function openPostgres(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client's network error must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error('[db] idle client error:', error.message));
  await pool.query('SELECT 1');
  return {
    query: async <Row>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as Row[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: async <Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[] });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
