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
  /** With address criteria: the person's address protection, for the gate to check again (`adressetreffSynlig`). */
  readonly adressebeskyttelse?: string;
}

/**
 * The persons meeting the criteria, at most `grense` of them (the caller asks one more than it may answer, to tell
 * "exactly the limit" from "too many"). One statement: the filters as `exists` tests that PostgreSQL can drive from
 * whichever index is most selective (names: GIN on tokens; street: a byte-order range; dates: btree).
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
  if (k.adresse) {
    vilkaar.push(`exists (select 1 from soek_adresse a where a.person_id = p.person_id and ${adresseVilkaar(k.adresse, k.historisk, p)})`);
  }
  // The filter is a materialized CTE so PostgreSQL plans it for all its rows, not for the first `grense`: under a
  // LIMIT it prefers walking soek_person in order and testing each person, which for a selective address (say one
  // municipality, 2 600 of 1 000 000) reads the whole table. Execution still stops once the limit is reached.
  const sql = `with kandidater as materialized (
      select p.person_id, p.folkeregisteridentifikator, p.adressebeskyttelse from soek_person p
       where ${vilkaar.length ? vilkaar.join('\n and ') : 'true'})
    select * from kandidater limit ${p(grense)}::int`;
  const rader = await db.query<{ person_id: number; folkeregisteridentifikator: string; adressebeskyttelse: string }>(sql, params);
  return rader.map((r) => ({
    personId: Number(r.person_id),
    folkeregisteridentifikator: r.folkeregisteridentifikator,
    ...(k.adresse ? { adressebeskyttelse: r.adressebeskyttelse } : {}),
  }));
}

/** The conditions on one `soek_adresse a` row; only addresses graded within the package's right take part. */
function adresseVilkaar(a: Adressekriterier, historisk: boolean, p: (verdi: unknown) => string): string {
  const v = [`a.adressetype = any(${p(a.adressetyper)}::text[])`, `a.gradering = any(${p(a.tillatteGraderinger)}::text[])`];
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
