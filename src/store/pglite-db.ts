import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import type { Db, Queryable } from './db.ts';

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in this process. `dataDir` undefined keeps the database in memory.
 * PGlite has exactly one connection and queues concurrent calls itself, so a transaction here blocks every other
 * query until it ends; that is the same serialisation the write path asks PostgreSQL for with a lock.
 */
export async function openPglite(dataDir?: string, schema?: string): Promise<Db> {
  const pg = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm, fuzzystrmatch } });
  if (schema) {
    await pg.exec(`create schema if not exists "${schema}"; set search_path to "${schema}", public`);
  }
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<R>(text: string, params?: readonly unknown[]) {
      const result = await q.query<R>(text, params as unknown[] | undefined);
      return result.rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
