import type { Egenskapsendring } from '../domain/hendelse.ts';
import { evolve } from '../domain/person/evolve.ts';
import type { Persondokument } from '../domain/person/persondokument.ts';
import type { Queryable } from '../store/db.ts';

/**
 * Rebuilds archive versions stored as their event alone (migration 0010): from the nearest version before it that is
 * stored whole (or the empty document before a person's first event), `evolve` applies the events in between. The
 * write path made the version the same way, so the result is the version as it was registered.
 */
export async function gjenskapVersjoner(db: Queryable, oensket: readonly { personId: number; versjon: number }[]): Promise<Map<string, Persondokument>> {
  const ut = new Map<string, Persondokument>();
  if (oensket.length === 0) return ut;
  const rader = await db.query<{ person_id: number; versjon: number; dokument: string | null; endringer: string }>(
    `with o as (select * from jsonb_to_recordset($1::jsonb) as o(person_id bigint, versjon int)),
          base as (select o.person_id, o.versjon as til,
                          coalesce((select max(b.versjon) from persondokument b
                                     where b.person_id = o.person_id and b.versjon <= o.versjon and b.dokument is not null), 0) as fra
                     from o)
     select distinct d.person_id::int as person_id, d.versjon, d.dokument::text as dokument,
            (h.dokument->'endringer')::text as endringer
       from base
       join persondokument d on d.person_id = base.person_id and d.versjon between base.fra and base.til
       join hendelse h on h.sekvensnummer = d.sekvensnummer
      order by 1, 2`,
    [oensket.map((o) => ({ person_id: o.personId, versjon: o.versjon }))],
  );
  const perPerson = new Map<number, typeof rader>();
  for (const r of rader) (perPerson.get(Number(r.person_id)) ?? perPerson.set(Number(r.person_id), []).get(Number(r.person_id))!).push(r);
  for (const { personId, versjon } of oensket) {
    const kjede = perPerson.get(personId) ?? [];
    let dokument: Persondokument = {};
    let fantTil = false;
    for (const r of kjede) {
      if (r.versjon > versjon) break;
      // A whole version resets the chain; the versions after it are its events applied in order.
      dokument = r.dokument !== null ? (JSON.parse(r.dokument) as Persondokument) : evolve(dokument, { endringer: JSON.parse(r.endringer) as Egenskapsendring[] });
      fantTil = r.versjon === versjon;
    }
    if (fantTil) ut.set(`${personId}:${versjon}`, dokument);
  }
  return ut;
}
