import type { Person } from '../../domain/person/persondokument.ts';
import type { Queryable } from '../../store/db.ts';
import { soekerader, type Soekerader } from './soekerader.ts';

/**
 * Replaces the search rows of the given persons with rows computed from their documents, inside the caller's
 * transaction: the write path calls it with every person the transaction changed (DESIGN.md data flow: the search
 * projection is written with the log), the fill with persons from before the projection existed.
 */
export async function skrivSoekeprojeksjonInTrx(tx: Queryable, personer: readonly Pick<Person, 'personId' | 'dokument'>[]): Promise<void> {
  await skrivSoekeraderInTrx(tx, personer.map((p) => soekerader(p.personId, p.dokument)));
}

/** The same with the rows computed already (the write path computes them before it takes the register's lock). */
export async function skrivSoekeraderInTrx(tx: Queryable, rader: readonly Soekerader[]): Promise<void> {
  if (rader.length === 0) return;
  const ider = rader.map((r) => r.person.person_id);
  await tx.query('delete from soek_navn where person_id in (select value::bigint from jsonb_array_elements_text($1::jsonb))', [ider]);
  await tx.query('delete from soek_adresse where person_id in (select value::bigint from jsonb_array_elements_text($1::jsonb))', [ider]);
  await tx.query(
    `insert into soek_person (person_id, folkeregisteridentifikator, foedselsdato, foedselsaar, kjoenn, doed, adressebeskyttelse,
                              noekler)
     select person_id, folkeregisteridentifikator, foedselsdato, foedselsaar, kjoenn, doed, adressebeskyttelse, noekler
       from jsonb_to_recordset($1::jsonb) as r(person_id bigint, folkeregisteridentifikator text, foedselsdato date,
            foedselsaar smallint, kjoenn text, doed boolean, adressebeskyttelse text, noekler text[])
     on conflict (person_id) do update set folkeregisteridentifikator = excluded.folkeregisteridentifikator,
       foedselsdato = excluded.foedselsdato, foedselsaar = excluded.foedselsaar, kjoenn = excluded.kjoenn,
       doed = excluded.doed, adressebeskyttelse = excluded.adressebeskyttelse, noekler = excluded.noekler`,
    [rader.map((r) => r.person)],
  );
  const navn = rader.flatMap((r) => r.navn);
  if (navn.length > 0) {
    await tx.query(
      `insert into soek_navn (person_id, gjeldende, ord)
       select person_id, gjeldende, ord from jsonb_to_recordset($1::jsonb) as r(person_id bigint, gjeldende boolean, ord text[])`,
      [navn],
    );
  }
  const adresser = rader.flatMap((r) => r.adresser);
  if (adresser.length > 0) {
    await tx.query(
      `insert into soek_adresse (person_id, gjeldende, adressetype, adressenavn, husnummer, husbokstav, postnummer,
                                 kommunenummer, fylkesnummer, gradering)
       select person_id, gjeldende, adressetype, adressenavn, husnummer, husbokstav, postnummer, kommunenummer,
              fylkesnummer, gradering
         from jsonb_to_recordset($1::jsonb) as r(person_id bigint, gjeldende boolean, adressetype text, adressenavn text,
              husnummer text, husbokstav text, postnummer text, kommunenummer text, fylkesnummer text, gradering text)`,
      [adresser],
    );
  }
}
