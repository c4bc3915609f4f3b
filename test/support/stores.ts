import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Db } from '../../src/store/db.ts';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pgliteDb } from '../../src/store/pglite-db.ts';
import { openPostgres } from '../../src/store/postgres-db.ts';
import { migrate } from '../../src/store/migrate.ts';

/**
 * Every storage or HTTP spec runs once per store (DESIGN.md principle 6). `FOLKEREGISTER_TEST_STORES` narrows the
 * list (`pglite` or `postgres`); by default both run, and an unreachable PostgreSQL fails the suite rather than
 * quietly testing less.
 */
export type StoreKind = 'pglite' | 'postgres';

export const storeKinds: StoreKind[] = (process.env.FOLKEREGISTER_TEST_STORES ?? 'pglite,postgres')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is StoreKind => s === 'pglite' || s === 'postgres');

const candidateUrls = process.env.TEST_DATABASE_URL
  ? [process.env.TEST_DATABASE_URL]
  : ['postgres://root@127.0.0.1:5432/test', 'postgres://postgres@127.0.0.1:5432/test'];

let reachableUrl: Promise<string> | undefined;

/** The first candidate PostgreSQL URL that answers (CI runs as `root` or `postgres`, trust auth, database `test`). */
export function testDatabaseUrl(): Promise<string> {
  reachableUrl ??= (async () => {
    const failures: string[] = [];
    for (const url of candidateUrls) {
      const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
      try {
        await sql`select 1`;
        return url;
      } catch (error) {
        failures.push(`${url}: ${(error as Error).message}`);
      } finally {
        await sql.end({ timeout: 1 });
      }
    }
    throw new Error(`No test PostgreSQL reachable (set FOLKEREGISTER_TEST_STORES=pglite to skip it):\n${failures.join('\n')}`);
  })();
  return reachableUrl;
}

/** A fresh, migrated database of the given kind in a schema of its own, so parallel runs never collide. */
export async function freshDb(kind: StoreKind, options: { max?: number } = {}): Promise<Db> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const db =
    kind === 'pglite'
      ? await pgliteDb(await delPglite(), schema, async () => {})
      : await openPostgres(await testDatabaseUrl(), { schema, max: options.max ?? 10 });
  await migrate(db);
  return withSchemaDrop(db, schema);
}

let delt: Promise<PGlite> | undefined;

/** One in-memory PGlite per test process, shared by schema: starting one takes seconds on a small machine. */
function delPglite(): Promise<PGlite> {
  delt ??= PGlite.create({ extensions: { pg_trgm, fuzzystrmatch } });
  return delt;
}

function withSchemaDrop(db: Db, schema: string): Db {
  return {
    ...db,
    async close() {
      await db.query(`drop schema if exists "${schema}" cascade`);
      await db.close();
    },
  };
}
