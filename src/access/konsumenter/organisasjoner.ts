import type { Queryable } from '../../store/db.ts';
import { rettighetspakkenavn } from './rettighetspakker.ts';
import type { NyOrganisasjon, Organisasjon } from './schema.ts';

/** Registers a consumer organisation; an existing one is left as it is. */
export async function opprettOrganisasjon(db: Queryable, ny: NyOrganisasjon): Promise<'opprettet' | 'finnesAllerede'> {
  const rader = await db.query(
    `insert into konsument_organisasjon (organisasjonsnummer, navn, administrator) values ($1, $2, $3)
     on conflict (organisasjonsnummer) do nothing returning organisasjonsnummer`,
    [ny.organisasjonsnummer, ny.navn, ny.administrator ?? false],
  );
  return rader.length > 0 ? 'opprettet' : 'finnesAllerede';
}

export async function finnOrganisasjon(db: Queryable, nummer: string): Promise<Organisasjon | undefined> {
  return (await velgOrganisasjoner(db, nummer))[0];
}

export function listOrganisasjoner(db: Queryable): Promise<Organisasjon[]> {
  return velgOrganisasjoner(db, null);
}

async function velgOrganisasjoner(db: Queryable, nummer: string | null): Promise<Organisasjon[]> {
  const rader = await db.query<Omit<Organisasjon, 'rettighetspakker'> & { rettighetspakker: string[] }>(
    `select o.organisasjonsnummer, o.navn, o.administrator,
            coalesce(array_agg(t.rettighetspakke) filter (where t.rettighetspakke is not null), '{}') as rettighetspakker
       from konsument_organisasjon o left join konsument_tilgang t using (organisasjonsnummer)
      where $1::text is null or o.organisasjonsnummer = $1
      group by o.organisasjonsnummer order by o.organisasjonsnummer`,
    [nummer],
  );
  // In the table's order (spec §1.1), not the alphabet's; a name no longer in the table grants nothing.
  return rader.map((r) => ({ ...r, rettighetspakker: rettighetspakkenavn.filter((n) => r.rettighetspakker.includes(n)) }));
}

/** Marks or unmarks an organisation as an administrator of the register (the admin API's `folkeregister:admin`). */
export async function settAdministrator(db: Queryable, organisasjonsnummer: string, administrator: boolean): Promise<boolean> {
  const rader = await db.query(
    'update konsument_organisasjon set administrator = $2 where organisasjonsnummer = $1 returning 1',
    [organisasjonsnummer, administrator],
  );
  return rader.length > 0;
}
