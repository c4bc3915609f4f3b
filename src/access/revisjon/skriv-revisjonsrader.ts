import type { Queryable } from '../../store/db.ts';
import { erInnsynsrelevant } from './innsynsregler.ts';
import { lenk } from './kjede.ts';
import type { Revisjonsrad } from './revisjonsrad.ts';

/** A row with its time set (the writer stamps rows when they are registered). */
export type Tidsstemplet = Revisjonsrad & { readonly tidspunkt: Date };

/**
 * Appends rows to the hash chain inside the caller's transaction, as one multi-row insert. The lock makes the chain
 * linear with several server processes on one PostgreSQL: the next writer reads the last hash only after this
 * transaction ends. An advisory lock, because the application role may only SELECT and INSERT the table (a row or
 * table lock would need UPDATE); keyed on the table's oid, so each schema's log has its own lock.
 */
export async function skrivRevisjonsraderInTrx(tx: Queryable, rader: readonly Tidsstemplet[]): Promise<void> {
  if (rader.length === 0) return;
  await tx.query(`select pg_advisory_xact_lock('revisjonslogg'::regclass::oid::bigint)`);
  const [siste] = await tx.query<{ loepenummer: number | string; hash: string }>(
    'select loepenummer, hash from revisjonslogg order by loepenummer desc limit 1',
  );
  const lenket = lenk(
    rader.map((r) => ({
      tidspunkt: r.tidspunkt.toISOString(),
      organisasjonsnummer: r.organisasjonsnummer,
      leverandoer: r.leverandoer ?? null,
      rettighetspakke: r.rettighetspakke,
      tjeneste: r.tjeneste,
      personidentifikator: r.personidentifikator,
      personId: r.personId,
      parter: [...r.parter],
      formaal: r.formaal ?? null,
      forespoerselId: r.forespoerselId,
      innsynsrelevant: erInnsynsrelevant(r.rettighetspakke, r.tjeneste),
      dokumentidentifikator: r.dokumentidentifikator ?? null,
    })),
    siste && { loepenummer: Number(siste.loepenummer), hash: siste.hash },
  );
  await tx.query(
    `insert into revisjonslogg (loepenummer, tidspunkt, organisasjonsnummer, leverandoer, rettighetspakke, tjeneste,
                                personidentifikator, person_id, parter, formaal, forespoersel_id, innsynsrelevant,
                                dokumentidentifikator, forrige_hash, hash)
     select loepenummer, tidspunkt, organisasjonsnummer, leverandoer, rettighetspakke, tjeneste,
            personidentifikator, person_id, parter, formaal, forespoersel_id, innsynsrelevant, dokumentidentifikator,
            forrige_hash, hash
       from jsonb_to_recordset($1::jsonb) as r(loepenummer bigint, tidspunkt timestamptz, organisasjonsnummer text,
            leverandoer text, rettighetspakke text, tjeneste text, personidentifikator text, person_id bigint,
            parter jsonb, formaal text, forespoersel_id text, innsynsrelevant boolean, dokumentidentifikator text,
            forrige_hash text, hash text)`,
    [
      lenket.map((r) => ({
        loepenummer: r.loepenummer,
        tidspunkt: r.tidspunkt,
        organisasjonsnummer: r.organisasjonsnummer,
        leverandoer: r.leverandoer,
        rettighetspakke: r.rettighetspakke,
        tjeneste: r.tjeneste,
        personidentifikator: r.personidentifikator,
        person_id: r.personId,
        parter: r.parter,
        formaal: r.formaal,
        forespoersel_id: r.forespoerselId,
        innsynsrelevant: r.innsynsrelevant,
        dokumentidentifikator: r.dokumentidentifikator ?? null,
        forrige_hash: r.forrigeHash,
        hash: r.hash,
      })),
    ],
  );
}
