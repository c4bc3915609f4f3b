import type { Queryable } from '../../store/db.ts';
import type { Adressetype } from './soekerader.ts';

/**
 * What a search asks of the projection, already normalised (tokens made by `navnetoken`, keys by `identitetsnoekkel`).
 * Every criterion given must hold; address criteria must all hold for ONE address version.
 */
export interface Soekekriterier {
  /** Tokens one name version must hold all of. */
  readonly navnetokens?: readonly string[];
  readonly kjoenn?: string;
  /** `YYYY-MM-DD`. */
  readonly foedselsdato?: string;
  readonly foedselsaarFraOgMed?: number;
  readonly foedselsaarTilOgMed?: number;
  /** Any number the person holds or held. */
  readonly identifikasjonsnummer?: string;
  readonly identitetsnoekler?: readonly string[];
  readonly adresse?: Adressekriterier;
  /** Whether historical name and address versions match too (`opplysningsgrunnlag=historisk`). */
  readonly historisk: boolean;
  readonly inkluderDoede: boolean;
}

export interface Adressekriterier {
  readonly adressetyper: readonly Adressetype[];
  readonly adressenavnPrefiks?: string;
  readonly husnummer?: string;
  /** A letter, `null` for "the address has none", absent for "any". */
  readonly husbokstav?: string | null;
  readonly postnummer?: string;
  readonly kommunenummer?: string;
  readonly fylkesnummer?: string;
  /** Address gradings the package may see (the gate's table): other addresses never match. */
  readonly tillatteGraderinger: readonly string[];
}

export interface Soeketreff {
  readonly personId: number;
  readonly folkeregisteridentifikator: string;
  /** With address criteria: the gradings of the person's addresses that met them, for the gate to check again. */
  readonly adressegraderinger?: readonly string[];
}

/**
 * The persons meeting the criteria, at most `grense` of them (the caller asks one more than it may answer, to tell
 * "exactly the limit" from "too many"). One statement: the filters as `exists` tests that PostgreSQL can drive from
 * whichever index is most selective (names: GIN on tokens; street: a byte-order range; dates: btree), then, for the
 * few rows found, the gradings of the addresses that matched.
 */
export async function finnSoeketreff(db: Queryable, k: Soekekriterier, grense: number): Promise<Soeketreff[]> {
  const params: unknown[] = [];
  const p = (verdi: unknown) => {
    params.push(verdi);
    return `$${params.length}`;
  };
  const vilkaar: string[] = [];
  if (!k.inkluderDoede) vilkaar.push('not p.doed');
  if (k.kjoenn) vilkaar.push(`p.kjoenn = ${p(k.kjoenn)}`);
  if (k.foedselsdato) vilkaar.push(`p.foedselsdato = ${p(k.foedselsdato)}::date`);
  if (k.foedselsaarFraOgMed !== undefined) vilkaar.push(`p.foedselsaar >= ${p(k.foedselsaarFraOgMed)}::int`);
  if (k.foedselsaarTilOgMed !== undefined) vilkaar.push(`p.foedselsaar <= ${p(k.foedselsaarTilOgMed)}::int`);
  if (k.identitetsnoekler?.length) vilkaar.push(`p.noekler @> ${p(k.identitetsnoekler)}::text[] and p.noekler <> '{}'`);
  if (k.identifikasjonsnummer) {
    vilkaar.push(`p.person_id in (select i.person_id from personidentifikator i where i.nummer = ${p(k.identifikasjonsnummer)})`);
  }
  if (k.navnetokens?.length) {
    vilkaar.push(
      `exists (select 1 from soek_navn n where n.person_id = p.person_id and n.ord @> ${p(k.navnetokens)}::text[]${k.historisk ? '' : ' and n.gjeldende'})`,
    );
  }
  let adressevilkaar: string | undefined;
  if (k.adresse) {
    adressevilkaar = adresseVilkaar(k.adresse, k.historisk, p);
    vilkaar.push(`exists (select 1 from soek_adresse a where a.person_id = p.person_id and ${adressevilkaar} and a.gradering = any(${p(k.adresse.tillatteGraderinger)}::text[]))`);
  }
  const sql = `with treff as (
      select p.person_id, p.folkeregisteridentifikator from soek_person p
       where ${vilkaar.length ? vilkaar.join('\n and ') : 'true'}
       limit ${p(grense)}::int)
    select t.person_id, t.folkeregisteridentifikator${
      adressevilkaar
        ? `, (select array_agg(distinct a.gradering) from soek_adresse a where a.person_id = t.person_id and ${adressevilkaar}) as graderinger`
        : ''
    }
      from treff t`;
  const rader = await db.query<{ person_id: number; folkeregisteridentifikator: string; graderinger?: string[] }>(sql, params);
  return rader.map((r) => ({
    personId: Number(r.person_id),
    folkeregisteridentifikator: r.folkeregisteridentifikator,
    ...(adressevilkaar ? { adressegraderinger: r.graderinger ?? [] } : {}),
  }));
}

/** The conditions on one `soek_adresse a` row (used twice: to filter, and to report what matched). */
function adresseVilkaar(a: Adressekriterier, historisk: boolean, p: (verdi: unknown) => string): string {
  const v = [`a.adressetype = any(${p(a.adressetyper)}::text[])`];
  if (!historisk) v.push('a.gjeldende');
  if (a.adressenavnPrefiks) {
    // A prefix as a range in byte order (the column's collation is C): an index range scan with a bound parameter,
    // which `like $1` is not. U+10FFFF sorts after every character a street name can hold.
    v.push(`a.adressenavn >= ${p(a.adressenavnPrefiks)}::text collate "C"`, `a.adressenavn < ${p(a.adressenavnPrefiks + '\u{10FFFF}')}::text collate "C"`);
  }
  if (a.husnummer) v.push(`a.husnummer = ${p(a.husnummer)}`);
  if (a.husbokstav === null) v.push('a.husbokstav is null');
  else if (a.husbokstav) v.push(`a.husbokstav = ${p(a.husbokstav)}`);
  if (a.postnummer) v.push(`a.postnummer = ${p(a.postnummer)}`);
  if (a.kommunenummer) v.push(`a.kommunenummer = ${p(a.kommunenummer)}`);
  if (a.fylkesnummer) v.push(`a.fylkesnummer = ${p(a.fylkesnummer)}`);
  return v.join(' and ');
}
