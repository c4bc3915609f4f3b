import type { Queryable } from '../store/db.ts';
import { erDublettreferanse } from '../domain/kommando/decide-dublett.ts';
import { alleIdentifikatorer, type Person, type Persondokument } from '../domain/person/persondokument.ts';

/**
 * The persons behind `dublett:<nummer>` references (decide-dublett.ts): after a merge the number finds the
 * survivor, so the person it was merged away from is found through the survivor's merge events. Each merge stores
 * the duplicate's `personErOpphoertSomDublett` immediately before the survivor's
 * `personErViderefoertSomGjeldendeVedSammenslaaing` (one command, consecutive sekvensnummer), so both lookups use
 * indexes: the survivor's events by person, the duplicate's event by its sekvensnummer.
 */
export async function finnDublettkilderInTrx(tx: Queryable, referanser: readonly string[]): Promise<Map<string, Person>> {
  const funnet = new Map<string, Person>();
  for (const referanse of referanser.filter(erDublettreferanse)) {
    const nummer = referanse.slice('dublett:'.length);
    const rader = await tx.query<{ person_id: number; versjon: number; dokumentidentifikator: string; dokument: string }>(
      `select p.person_id::int as person_id, p.versjon, p.dokumentidentifikator, d.dokument::text as dokument
         from personidentifikator i
         join hendelse s on s.person_id = i.person_id and s.hendelsestype = 'personErViderefoertSomGjeldendeVedSammenslaaing'
         join hendelse h on h.sekvensnummer = s.sekvensnummer - 1 and h.hendelsestype = 'personErOpphoertSomDublett'
         join person p on p.person_id = h.person_id
         join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
        where i.nummer = $1
        order by s.sekvensnummer desc`,
      [nummer],
    );
    const rad = rader
      .map((r) => ({ ...r, dokument: JSON.parse(r.dokument) as Persondokument }))
      .find((r) => alleIdentifikatorer(r.dokument).includes(nummer));
    if (rad) funnet.set(referanse, { personId: Number(rad.person_id), versjon: rad.versjon, dokumentidentifikator: rad.dokumentidentifikator, dokument: rad.dokument });
  }
  return funnet;
}
