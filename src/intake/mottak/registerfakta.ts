import type { Persondokument } from '../../domain/person/persondokument.ts';
import { foedselsdato } from '../../domain/person/persondokument.ts';
import { finnPersonerInTrx } from '../../register/les-person.ts';
import type { Queryable } from '../../store/db.ts';
import type { Meldingsbehov, Registerfakta } from '../kontrakt.ts';

export type Adressekontroll = Registerfakta['adresseFinnes'];

/** The most candidates read per birth date: a duplicate check needs a handful, a date has ~150 in Norway. */
const MAKS_KANDIDATER_PER_DATO = 1000;

/** Reads what a message's rules asked for, inside the worker's transaction, so the facts are those decide will see. */
export async function lesRegisterfakta(
  tx: Queryable,
  behov: Meldingsbehov,
  adresseFinnes: Adressekontroll,
  idag: string,
): Promise<Registerfakta> {
  const lastet = await finnPersonerInTrx(tx, [...new Set(behov.personnumre)]);
  const personer = new Map<string, Persondokument>([...lastet].map(([nummer, person]) => [nummer, person.dokument]));
  const kandidater = await finnKandidater(tx, [...new Set(behov.foedselsdatoer)]);
  return { personer, kandidater, adresseFinnes, idag };
}

/** Current documents of persons born on the dates, found through the search projection's birth dates (migration 0007). */
async function finnKandidater(tx: Queryable, datoer: readonly string[]): Promise<Persondokument[]> {
  if (datoer.length === 0) return [];
  const rader = await tx.query<{ dokument: string }>(
    `select d.dokument::text as dokument
       from soek_person s join person p on p.person_id = s.person_id
       join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
      where s.foedselsdato = any($1::date[])
      limit $2`,
    [datoer, MAKS_KANDIDATER_PER_DATO * datoer.length],
  );
  const oenskede = new Set(datoer);
  return rader
    .map((r) => JSON.parse(r.dokument) as Persondokument)
    .filter((d) => oenskede.has(foedselsdato(d) ?? ''));
}
