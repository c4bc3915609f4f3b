import type { Rettighetspakke } from '../access/konsumenter/rettighetspakker.ts';
import { statuserForPersonstatustyper, synligeGraderingspar } from '../access/view/uttrekksutvalg.ts';
import type { Uttrekkskriterier } from './kriterier.ts';

/**
 * The persons of one range of person ids an extract takes, as SQL over the register's own tables: `komplett` from the
 * archive's versions and sekvensnummer, `tilpasset` from the current document's jsonb. Each returns `person_id`,
 * `folkeregisteridentifikator` and `dokumentidentifikator` (null for `tilpasset`); `$1`–`$4` belong to the caller
 * (job, first row number, and the range `person_id > $3 and person_id <= $4`), the selection's own values follow.
 *
 * The element rules mirror `src/domain/person/persondokument.ts`: an element is a list of versions, a version is
 * current unless `erGjeldende` is false, and a single-valued element's value is its first current version
 * (`gjeldendeVerdi`). `doedsfall` is one object, not a list (`elementer.ts`).
 */
export interface Utvalg {
  readonly sql: string;
  readonly parametre: readonly unknown[];
}

/** First free parameter number after the caller's four. */
const foersteParameter = 5;

/**
 * Every person that existed at `feedsekvensnr`, with the document version current then (spec §4.1): the current
 * version where it is no newer, else the newest version at or before it. Persons created later have none and are
 * left out. Uses only `person` and the archive's `(person_id, versjon)` index, never the documents.
 */
export function komplettUtvalg(feedsekvensnr: number): Utvalg {
  return {
    sql: `select p.person_id, p.folkeregisteridentifikator, v.dokumentidentifikator
            from person p
            cross join lateral (
              select case when p.sekvensnummer <= $5 then p.dokumentidentifikator
                          else (select d.dokumentidentifikator from persondokument d
                                 where d.person_id = p.person_id and d.sekvensnummer <= $5
                                 order by d.versjon desc limit 1) end as dokumentidentifikator) v
           where p.person_id > $3 and p.person_id <= $4 and v.dokumentidentifikator is not null`,
    parametre: [feedsekvensnr],
  };
}

const gjeldendeVersjon = `(v->>'erGjeldende')::boolean is not false`;

/** An expression over `v`, the first current version of a list element of the document `d.dokument`. */
function gjeldende(element: string, uttrykk: string): string {
  return `(select ${uttrykk} from jsonb_array_elements(d.dokument->'${element}') v where ${gjeldendeVersjon} limit 1)`;
}

const beskyttelse = `coalesce(${gjeldende('adressebeskyttelse', `v->>'graderingsnivaa'`)}, 'ugradert')`;

/**
 * The persons whose current document meets every criterion (spec §4.2), as this package may learn it:
 * `personstatustyper` through the `aktiv` rule, a municipality only where the package may see the address
 * (`uttrekksutvalg.ts`). Values travel as parameters; element and field names are this file's constants.
 */
export function tilpassetUtvalg(k: Uttrekkskriterier, pakke: Rettighetspakke): Utvalg {
  const parametre: unknown[] = [];
  const param = (verdi: unknown) => {
    parametre.push(verdi);
    return `$${foersteParameter + parametre.length - 1}`;
  };
  const betingelser = [`${gjeldende('status', `v->>'status'`)} = any(${param(statuserForPersonstatustyper(k.personstatustyper))}::text[])`];

  const kommune = k.kommunenummer?.bostedskommunenummer ?? k.kommunenummer?.oppholdskommunenummer;
  if (kommune !== undefined) {
    const element = k.kommunenummer?.bostedskommunenummer !== undefined ? 'bostedsadresse' : 'oppholdsadresse';
    // The municipality of an address form (spec §2.4); ukjentBosted exists only on bostedsadresse.
    const kommunenummer = `coalesce(v->'vegadresse'->>'kommunenummer', v->'matrikkeladresse'->>'kommunenummer', v->'ukjentBosted'->>'bostedskommune')`;
    const gradering = `coalesce(v->>'adressegradering', 'ugradert')`;
    const synlig = `${gradering} || '/' || ${beskyttelse} = any(${param(synligeGraderingspar(pakke, element))}::text[])`;
    betingelser.push(`${gjeldende(element, `${kommunenummer} = ${param(kommune)}::text and ${synlig}`)} is true`);
  }
  const foedselsaar = gjeldende('foedsel', `coalesce(v->>'foedselsaar', left(v->>'foedselsdato', 4))`);
  if (k.foedselsaarFraOgMed) betingelser.push(`${foedselsaar} >= ${param(k.foedselsaarFraOgMed)}::text`);
  if (k.foedselsaarTilOgMed) betingelser.push(`${foedselsaar} <= ${param(k.foedselsaarTilOgMed)}::text`);
  const doedsaar = `(case when (d.dokument->'doedsfall'->>'erGjeldende')::boolean is not false then left(d.dokument->'doedsfall'->>'doedsdato', 4) end)`;
  if (k.doedsaarFraOgMed) betingelser.push(`${doedsaar} >= ${param(k.doedsaarFraOgMed)}::text`);
  if (k.doedsaarTilOgMed) betingelser.push(`${doedsaar} <= ${param(k.doedsaarTilOgMed)}::text`);
  if (k.kjoenn) betingelser.push(`${gjeldende('kjoenn', `v->>'kjoenn'`)} = ${param(k.kjoenn)}::text`);
  if (k.sivilstandstype) betingelser.push(`${gjeldende('sivilstand', `v->>'sivilstand'`)} = ${param(k.sivilstandstype)}::text`);
  if (k.statsborgerskap) {
    betingelser.push(
      `exists (select 1 from jsonb_array_elements(d.dokument->'statsborgerskap') v where ${gjeldendeVersjon} and v->>'statsborgerskap' = ${param(k.statsborgerskap)}::text)`,
    );
  }
  return {
    // The lateral `offset 0` keeps the planner from joining the whole archive and filtering every version it holds
    // (measured: a hash join over all versions, 2.7 s for 10 000 persons against 0.2 s); it fetches each person's
    // current version by key, so the criteria are evaluated once per person of the range.
    sql: `select p.person_id, p.folkeregisteridentifikator, null::text as dokumentidentifikator
            from person p
            cross join lateral (select c.dokument from persondokument c
                                 where c.dokumentidentifikator = p.dokumentidentifikator offset 0) d
           where p.person_id > $3 and p.person_id <= $4
             and ${betingelser.join('\n             and ')}`,
    parametre,
  };
}
