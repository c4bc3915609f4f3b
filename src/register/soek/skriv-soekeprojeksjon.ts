import type { Person } from '../../domain/person/persondokument.ts';
import type { Queryable } from '../../store/db.ts';
import { Copybytes, copyTekstliste } from '../../store/copy-tekst.ts';
import { soekerader, type Soekerader } from './soekerader.ts';

/**
 * Replaces the search rows of the given persons with rows computed from their documents, inside the caller's
 * transaction: the fill calls it with persons from before the projection existed (they may have rows already).
 */
export async function skrivSoekeprojeksjonInTrx(tx: Queryable, personer: readonly Pick<Person, 'personId' | 'dokument'>[]): Promise<void> {
  const rader = personer.map((p) => soekerader(p.personId, p.dokument));
  await skrivSoekeraderInTrx(tx, tilSoekecopy(rader, rader.map((r) => r.person.person_id)));
}

/**
 * A batch's search rows in COPY's text format, and the persons whose old rows must go first. Made before the write
 * transaction (the write path computes them before it takes the register's lock); a person new in the batch has no
 * rows to remove, which spares the seeder a delete per table and batch.
 */
export interface Soekecopy {
  readonly fjern: readonly number[];
  readonly personer: string | Uint8Array;
  readonly navn: string | Uint8Array;
  readonly adresser: string | Uint8Array;
}

export function tilSoekecopy(rader: readonly Soekerader[], fjern: readonly number[]): Soekecopy {
  const personer = new Copybytes();
  const navn = new Copybytes();
  const adresser = new Copybytes();
  for (const { person: p, navn: n, adresser: a } of rader) {
    personer.rad([p.person_id, p.folkeregisteridentifikator, p.foedselsdato, p.foedselsaar, p.kjoenn, p.doed ? 't' : 'f', p.adressebeskyttelse, copyTekstliste(p.noekler)]);
    for (const r of n) navn.rad([r.person_id, r.gjeldende ? 't' : 'f', copyTekstliste(r.ord)]);
    for (const r of a) {
      adresser.rad([r.person_id, r.gjeldende ? 't' : 'f', r.adressetype, r.adressenavn, r.husnummer, r.husbokstav, r.postnummer, r.kommunenummer, r.fylkesnummer, r.gradering]);
    }
  }
  return { fjern, personer: personer.bytes(), navn: navn.bytes(), adresser: adresser.bytes() };
}

/** Stores a batch's search rows (DESIGN.md data flow: the search projection is written with the log). */
export async function skrivSoekeraderInTrx(tx: Queryable, rader: Soekecopy): Promise<void> {
  if (rader.fjern.length > 0) {
    for (const tabell of ['soek_navn', 'soek_adresse', 'soek_person']) {
      await tx.query(`delete from ${tabell} where person_id = any($1::bigint[])`, [rader.fjern]);
    }
  }
  await tx.kopierInn('soek_person', ['person_id', 'folkeregisteridentifikator', 'foedselsdato', 'foedselsaar', 'kjoenn', 'doed', 'adressebeskyttelse', 'noekler'], rader.personer);
  await tx.kopierInn('soek_navn', ['person_id', 'gjeldende', 'ord'], rader.navn);
  await tx.kopierInn(
    'soek_adresse',
    ['person_id', 'gjeldende', 'adressetype', 'adressenavn', 'husnummer', 'husbokstav', 'postnummer', 'kommunenummer', 'fylkesnummer', 'gradering'],
    rader.adresser,
  );
}
