import { readSettings } from '../config.ts';
import type { Io } from '../cli.ts';
import { verifiserRevisjonslogg } from '../access/revisjon/verifiser.ts';
import type { Db } from '../store/db.ts';
import { openDb } from '../store/open-db.ts';

/** What the shell would otherwise read itself; tests pass their own. */
export interface AuditOptions {
  env?: NodeJS.ProcessEnv;
  /** An open database to use instead of the one the environment names; left open. */
  db?: Db;
}

const bruk = 'Bruk: folkeregister audit verify';

/**
 * `folkeregister audit verify`: walks the audit log's hash chain. Exit 0 when intact, 1 with the first broken row,
 * 2 for usage. It does not migrate: verifying is read-only.
 */
export async function auditCommand(args: string[], io: Io, options: AuditOptions = {}): Promise<number> {
  if (args.length !== 1 || args[0] !== 'verify') {
    io.err(bruk);
    return 2;
  }
  const db = options.db ?? (await openDb(readSettings(options.env).store));
  try {
    const svar = await verifiserRevisjonslogg(db);
    if (svar.intakt) {
      io.out(`Revisjonsloggen er intakt: ${svar.antall} rader, siste hash ${svar.sisteHash}`);
      return 0;
    }
    io.err(`Revisjonsloggen er brutt ved rad ${svar.loepenummer}: ${svar.grunn} (${svar.kontrollert} rader før den er intakte)`);
    return 1;
  } finally {
    if (!options.db) await db.close();
  }
}
