import type { Persondokument } from '../../domain/person/persondokument.ts';
import type { Db } from '../../store/db.ts';
import { skrivSoekeprojeksjonInTrx } from './skriv-soekeprojeksjon.ts';

/**
 * Fills the search projection for a register that held persons before migration 0007, then marks it complete. Each
 * batch runs under the register's write lock (the `sekvens` row), so no write slips between reading a document and
 * storing its rows; writes between batches maintain their persons themselves. Safe to run again: rows are replaced.
 */
export async function fyllSoekeprojeksjon(db: Db, valg: { batch?: number; fremdrift?: (antall: number) => void } = {}): Promise<number> {
  const batch = valg.batch ?? 2000;
  let siste = 0;
  let antall = 0;
  for (;;) {
    const lest = await db.transaction(async (tx) => {
      await tx.query('select siste from sekvens for update');
      const rader = await tx.query<{ person_id: number; dokument: string }>(
        `select p.person_id, d.dokument::text as dokument
           from person p join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
          where p.person_id > $1 order by p.person_id limit $2`,
        [siste, batch],
      );
      await skrivSoekeprojeksjonInTrx(tx, rader.map((r) => ({ personId: Number(r.person_id), dokument: JSON.parse(r.dokument) as Persondokument })));
      return rader;
    });
    if (lest.length === 0) break;
    siste = Number(lest.at(-1)!.person_id);
    antall += lest.length;
    valg.fremdrift?.(antall);
  }
  await db.query('update soekeprojeksjon set komplett = true');
  return antall;
}

/** Whether every person is in the projection (false only for a register migrated while holding persons, until filled). */
export async function erSoekeprojeksjonKomplett(db: Db): Promise<boolean> {
  const [rad] = await db.query<{ komplett: boolean }>('select komplett from soekeprojeksjon');
  return rad?.komplett === true;
}
