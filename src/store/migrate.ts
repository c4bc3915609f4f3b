import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Applies the versioned SQL files in `migrations/` that this database has not seen, in name order, each in its own
 * transaction. An advisory lock keeps two starting servers from migrating the same PostgreSQL at once.
 */
export async function migrate(db: Db): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7461001)');
    await tx.query(
      'create table if not exists schema_migrations (versjon text primary key, utfoert timestamptz not null default now())',
    );
    const done = new Set(
      (await tx.query<{ versjon: string }>('select versjon from schema_migrations')).map((r) => r.versjon),
    );
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = await readFile(migrationsDir + file, 'utf8');
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (versjon) values ($1)', [file]);
      applied.push(file);
    }
  });
  return applied;
}

/** Extended-protocol queries take one statement each; migration files separate theirs with `;` at a line end. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
