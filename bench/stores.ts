import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Db } from '../src/store/db.ts';
import { openPglite } from '../src/store/pglite-db.ts';
import { openPostgres } from '../src/store/postgres-db.ts';
import { migrate } from '../src/store/migrate.ts';

/** The stores a benchmark runs on: PGlite in memory, and PostgreSQL when one answers (BENCH_DATABASE_URL or CI's). */
export interface Benkstore {
  navn: 'pglite' | 'postgres';
  /** A fresh store, or with `behold` (PostgreSQL only) the kept schema of this scale's population, made if missing. */
  aapne(valg?: { behold?: boolean; skala?: number }): Promise<Db>;
}

const postgresUrler = process.env.BENCH_DATABASE_URL
  ? [process.env.BENCH_DATABASE_URL]
  : ['postgres://root@127.0.0.1:5432/test', 'postgres://postgres@127.0.0.1:5432/test'];

async function finnPostgres(): Promise<string | undefined> {
  for (const url of postgresUrler) {
    const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      await sql`select 1`;
      return url;
    } catch {
      // try the next
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
  return undefined;
}

/**
 * PGlite with its data in a folder of its own, as `npm start` runs it. In memory, Emscripten's file system copies a
 * whole table file each time PostgreSQL extends it: measured 31 s against 14 s for seeding 10 000 residents.
 */
async function aapnePglite(): Promise<Db> {
  const mappe = await mkdtemp(join(tmpdir(), 'folkeregister-benk-'));
  const db = await openPglite(mappe);
  await migrate(db);
  return { ...db, close: async () => { await db.close(); await rm(mappe, { recursive: true, force: true }); } };
}

export async function benkstores(): Promise<Benkstore[]> {
  const stores: Benkstore[] = [{ navn: 'pglite', aapne: aapnePglite }];
  const url = await finnPostgres();
  if (url) {
    stores.push({
      navn: 'postgres',
      aapne: async (valg = {}) => {
        const schema = valg.behold ? `bench_befolkning_${valg.skala}` : `bench_${randomBytes(4).toString('hex')}`;
        const db = await openPostgres(url, { schema, max: 20 });
        await migrate(db);
        if (valg.behold) return db;
        return { ...db, close: async () => { await db.query(`drop schema "${schema}" cascade`); await db.close(); } };
      },
    });
  }
  return stores;
}
