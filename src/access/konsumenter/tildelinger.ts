import type { Db, Queryable } from '../../store/db.ts';
import type { Rettighetspakke } from './rettighetspakker.ts';

/** Grants a package (idempotent): what Skatteetaten does in Maskinporten when an application is approved (spec §6.1 step 1). */
export async function tildelRettighetspakke(
  db: Queryable,
  organisasjonsnummer: string,
  pakke: Rettighetspakke,
): Promise<'tildelt' | 'organisasjonFinnesIkke'> {
  const rader = await db.query(
    `insert into konsument_tilgang (organisasjonsnummer, rettighetspakke)
     select organisasjonsnummer, $2 from konsument_organisasjon where organisasjonsnummer = $1
     on conflict do nothing returning 1`,
    [organisasjonsnummer, pakke],
  );
  if (rader.length > 0) return 'tildelt';
  return (await finnes(db, organisasjonsnummer)) ? 'tildelt' : 'organisasjonFinnesIkke';
}

/** Withdraws a package, and with it every delegation of it: a vendor may only hold what its customer holds (spec §6.1). */
export function trekkTilbakeRettighetspakke(
  db: Db,
  organisasjonsnummer: string,
  pakke: Rettighetspakke,
): Promise<'trukketTilbake' | 'ikkeTildelt'> {
  return db.transaction(async (tx) => {
    const params = [organisasjonsnummer, pakke];
    await tx.query('delete from konsument_delegering where organisasjonsnummer = $1 and rettighetspakke = $2', params);
    const slettet = await tx.query(
      'delete from konsument_tilgang where organisasjonsnummer = $1 and rettighetspakke = $2 returning 1',
      params,
    );
    return slettet.length > 0 ? 'trukketTilbake' : 'ikkeTildelt';
  });
}

export type Delegeringsutfall = 'delegert' | 'organisasjonFinnesIkke' | 'leverandoerFinnesIkke' | 'ikkeTildelt';

/** Delegates a package the organisation holds to a registered vendor (idempotent). */
export function delegerRettighetspakke(
  db: Db,
  organisasjonsnummer: string,
  leverandoer: string,
  pakke: Rettighetspakke,
): Promise<Delegeringsutfall> {
  return db.transaction(async (tx) => {
    if (!(await finnes(tx, organisasjonsnummer))) return 'organisasjonFinnesIkke';
    if (!(await finnes(tx, leverandoer))) return 'leverandoerFinnesIkke';
    const tildelt = await tx.query(
      'select 1 from konsument_tilgang where organisasjonsnummer = $1 and rettighetspakke = $2 for share',
      [organisasjonsnummer, pakke],
    );
    if (tildelt.length === 0) return 'ikkeTildelt';
    await tx.query(
      `insert into konsument_delegering (organisasjonsnummer, leverandoer, rettighetspakke) values ($1, $2, $3)
       on conflict do nothing`,
      [organisasjonsnummer, leverandoer, pakke],
    );
    return 'delegert';
  });
}

export async function finnes(db: Queryable, organisasjonsnummer: string): Promise<boolean> {
  const rader = await db.query('select 1 from konsument_organisasjon where organisasjonsnummer = $1', [organisasjonsnummer]);
  return rader.length > 0;
}
