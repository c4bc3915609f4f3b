import type { Queryable } from '../../store/db.ts';
import type { Ressurs } from '../../intake/kontrakt.ts';

/**
 * Which resources a producer organisation may send (table `produsent_tilgang`): the registry's side of the producer
 * scopes, as `konsument_tilgang` is for the rights packages. Granting is what the register authority does when it
 * approves a source of messages (a hospital for births and deaths, a court for divorces, …).
 */
export async function tildelRessurs(db: Queryable, organisasjonsnummer: string, ressurs: Ressurs): Promise<void> {
  await db.query(
    'insert into produsent_tilgang (organisasjonsnummer, ressurs) values ($1, $2) on conflict do nothing',
    [organisasjonsnummer, ressurs],
  );
}

export async function hentRessurser(db: Queryable, organisasjonsnummer: string): Promise<string[]> {
  const rader = await db.query<{ ressurs: string }>(
    'select ressurs from produsent_tilgang where organisasjonsnummer = $1',
    [organisasjonsnummer],
  );
  return rader.map((r) => r.ressurs);
}
