import type { Queryable } from '../store/db.ts';
import type { Person, Persondokument } from '../domain/person/persondokument.ts';

interface PersonRad {
  nummer: string;
  person_id: number;
  versjon: number;
  dokumentidentifikator: string;
  dokument: Persondokument;
}

/**
 * The current version of each person holding any of the given numbers, keyed by the number asked for (old and new
 * numbers both find the person, law § 2-2).
 */
export async function finnPersonerInTrx(tx: Queryable, numre: readonly string[]): Promise<Map<string, Person>> {
  const funnet = new Map<string, Person>();
  if (numre.length === 0) return funnet;
  const rader = await tx.query<PersonRad>(
    `select i.nummer, p.person_id::int as person_id, p.versjon, p.dokumentidentifikator, d.dokument
       from personidentifikator i
       join person p on p.person_id = i.person_id
       join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
      where i.nummer in (select jsonb_array_elements_text($1::jsonb))`,
    [(numre)],
  );
  for (const r of rader) {
    funnet.set(r.nummer, {
      personId: Number(r.person_id),
      versjon: r.versjon,
      dokumentidentifikator: r.dokumentidentifikator,
      dokument: r.dokument,
    });
  }
  return funnet;
}

export async function finnPerson(db: Queryable, nummer: string): Promise<Person | undefined> {
  return (await finnPersonerInTrx(db, [nummer])).get(nummer);
}

/** One archived version by its `dokumentidentifikator` (`GET personer/arkiv/{id}`). */
export async function finnPersondokument(
  db: Queryable,
  dokumentidentifikator: string,
): Promise<{ personId: number; versjon: number; dokument: Persondokument } | undefined> {
  const [rad] = await db.query<{ person_id: number; versjon: number; dokument: Persondokument }>(
    'select person_id::int as person_id, versjon, dokument from persondokument where dokumentidentifikator = $1',
    [dokumentidentifikator],
  );
  return rad ? { personId: Number(rad.person_id), versjon: rad.versjon, dokument: rad.dokument } : undefined;
}
