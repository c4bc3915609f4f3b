import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import type { Db, Queryable } from './db.ts';
import { laasPgliteMappe } from './pglite-laas.ts';

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in this process. `dataDir` undefined keeps the database in memory.
 * PGlite has exactly one connection and queues concurrent calls itself, so a transaction here blocks every other
 * query until it ends; that is the same serialisation the write path asks PostgreSQL for with a lock.
 */
export async function openPglite(dataDir?: string, schema?: string): Promise<Db> {
  const frigi = dataDir ? laasPgliteMappe(dataDir) : () => {};
  try {
    const pg = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm, fuzzystrmatch } });
    return await pgliteDb(pg, schema, async () => {
      await pg.close();
      frigi();
    });
  } catch (error) {
    frigi();
    throw error;
  }
}

/**
 * A Db over an open PGlite instance. With `schema`, several Dbs can share one instance (PGlite takes seconds to
 * start): each statement then runs in a transaction of its own that sets `search_path` locally, because the one
 * connection's session setting would otherwise leak between them.
 */
export async function pgliteDb(pg: PGlite, schema: string | undefined, close: () => Promise<void>): Promise<Db> {
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<R>(text: string, params?: readonly unknown[]) {
      return (await q.query<R>(text, params as unknown[] | undefined)).rows;
    },
    async kopierInn(tabell, kolonner, rader) {
      if (rader.length === 0) return;
      await q.query(`copy ${tabell} (${kolonner.join(', ')}) from '/dev/blob'`, [], { blob: new Blob([rader as BlobPart]) });
    },
  });
  // Channels are the instance's, not a schema's: Dbs sharing one instance also wake each other, which costs a read.
  const lytt: Db['lytt'] = async (kanal, ved) => {
    const stopp = await pg.listen(kanal, () => ved());
    return () => stopp();
  };
  if (!schema) {
    return { kind: 'pglite', ...wrap(pg), transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))), close, lytt };
  }
  await pg.exec(`create schema if not exists "${schema}"`);
  const iSkjema = <T>(fn: (tx: Queryable) => Promise<T>) =>
    pg.transaction(async (tx) => {
      await tx.exec(`set local search_path to "${schema}", public`);
      return fn(wrap(tx));
    });
  return {
    kind: 'pglite',
    query: (text, params) => iSkjema((tx) => tx.query(text, params)),
    kopierInn: (tabell, kolonner, rader) => iSkjema((tx) => tx.kopierInn(tabell, kolonner, rader)),
    transaction: iSkjema,
    close,
    lytt,
  };
}
