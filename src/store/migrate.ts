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

/**
 * Extended-protocol queries take one statement each; migration files separate theirs with `;` at a line end. A `;`
 * inside dollar quoting (`$$ … $$`, `$body$ … $body$`: plpgsql function bodies, `do` blocks), a string literal or a
 * `--` comment does not end a statement (PostgreSQL docs, "Lexical Structure" §4.1.2.4).
 */
export function splitStatements(sql: string): string[] {
  const dollarTag = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;
  const lineEnd = /[ \t\r]*(?:\n|$)/y;
  const statements: string[] = [];
  let start = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') i = endOf(sql, '\n', i + 2) - 1;
    else if (c === "'") i = endOf(sql, "'", i + 1);
    else if (c === '$' && !/[A-Za-z0-9_$]/.test(sql[i - 1] ?? ' ')) {
      dollarTag.lastIndex = i;
      const tag = dollarTag.exec(sql)?.[0];
      if (tag) i = endOf(sql, tag, i + tag.length) + tag.length - 1;
    } else if (c === ';') {
      lineEnd.lastIndex = i + 1;
      if (!lineEnd.test(sql)) continue;
      statements.push(sql.slice(start, i));
      start = i + 1;
    }
  }
  statements.push(sql.slice(start));
  return statements.map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter((s) => s.length > 0);
}

/** The index of the next `closing` at or after `from` (the end of the text when there is none). */
function endOf(sql: string, closing: string, from: number): number {
  const i = sql.indexOf(closing, from);
  return i < 0 ? sql.length : i;
}
