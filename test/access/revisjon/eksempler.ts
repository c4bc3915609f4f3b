import type { Db, Queryable } from '../../../src/store/db.ts';
import { Tjeneste, type Revisjonsrad } from '../../../src/access/revisjon/index.ts';
import { Rettighetspakke } from '../../../src/access/konsumenter/rettighetspakker.ts';

let teller = 0;

/** A disclosure by a private entity in a single lookup (innsyn-relevant), with a fresh request id. */
export function eksempelrad(endring: Partial<Revisjonsrad> = {}): Revisjonsrad {
  return {
    organisasjonsnummer: '910000001',
    rettighetspakke: Rettighetspakke.privat,
    tjeneste: Tjeneste.person,
    personidentifikator: '06916396390',
    personId: 1,
    parter: ['person-basis'],
    forespoerselId: `req-${++teller}`,
    ...endring,
  };
}

/**
 * The same database seen as the application's restricted role: every transaction first `set local role
 * folkeregister_app` (created by the migration). Real privileges, real database; only the session role differs.
 */
export function somAppRolle(db: Db): Db {
  const transaction = <T>(fn: (tx: Queryable) => Promise<T>) =>
    db.transaction(async (tx) => {
      await tx.query('set local role folkeregister_app');
      return fn(tx);
    });
  return { ...db, transaction, query: (text, params) => transaction((tx) => tx.query(text, params)) };
}
