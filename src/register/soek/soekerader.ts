import { virkeligGradering } from '../../access/view/skjerm-versjon.ts';
import { Adressegradering, Personstatus } from '../../domain/persondokument/kodeverk.ts';
import {
  folkeregisteridentifikator,
  gjeldendeStatus,
  gjeldendeVerdi,
  versjoner,
  type Elementversjon,
  type Persondokument,
} from '../../domain/person/persondokument.ts';
import { fonetiskNoekkel } from '../../domain/soek/fonetisk.ts';
import { navneord, normaliserAdressenavn, normaliserOrd } from '../../domain/soek/normaliser.ts';

/**
 * A person's rows in the search projection (migration 0007), computed from their current document alone: pure, so
 * the write path and the fill of an existing register give the same rows. Name tokens are made by `navnetoken`, identity keys by `identitetsnoekkel`; queries build theirs with the same two.
 */
export interface Soekeperson {
  readonly person_id: number;
  readonly folkeregisteridentifikator: string;
  readonly foedselsdato: string | null;
  readonly foedselsaar: number | null;
  readonly kjoenn: string | null;
  readonly doed: boolean;
  readonly adressebeskyttelse: string;
  readonly noekler: readonly string[];
}

export interface Soekenavn {
  readonly person_id: number;
  readonly gjeldende: boolean;
  readonly ord: readonly string[];
}

export interface Soekeadresse {
  readonly person_id: number;
  readonly gjeldende: boolean;
  readonly adressetype: Adressetype;
  readonly adressenavn: string | null;
  readonly husnummer: string | null;
  readonly husbokstav: string | null;
  readonly postnummer: string | null;
  readonly kommunenummer: string | null;
  readonly fylkesnummer: string | null;
  readonly gradering: string;
}

export interface Soekerader {
  readonly person: Soekeperson;
  readonly navn: readonly Soekenavn[];
  readonly adresser: readonly Soekeadresse[];
}

/** The addresses search matches: the residence always, the stay address with `inkluderOppholdsadresse` (spec §1.4.6). */
export const Adressetype = { bostedsadresse: 'bostedsadresse', oppholdsadresse: 'oppholdsadresse' } as const;
export type Adressetype = (typeof Adressetype)[keyof typeof Adressetype];

/** Token prefixes of `soek_navn.ord`: a word of any name part, of the first name, of the surname; `~` marks a key. */
export const Navnerolle = { alle: '', fornavn: 'f', etternavn: 'e' } as const;
export type Navnerolle = (typeof Navnerolle)[keyof typeof Navnerolle];

export function navnetoken(rolle: Navnerolle, ord: string, fonetisk: boolean): string {
  if (fonetisk) return `${rolle}~${fonetiskNoekkel(ord)}`;
  return rolle === Navnerolle.alle ? ord : `${rolle}:${ord}`;
}

/** `AFG-1458-4555` style keys: country, then the number with only letters and digits, upper case (entydigsoek). */
export const Noekkelart = { utenlandsk: 'u', legitimasjon: 'l', duf: 'd' } as const;
export type Noekkelart = (typeof Noekkelart)[keyof typeof Noekkelart];

export function identitetsnoekkel(art: Noekkelart, land: string | undefined, nummer: string): string {
  const rent = nummer.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  return art === Noekkelart.duf ? `d:${rent}` : `${art}:${(land ?? '').toUpperCase()}:${rent}`;
}

const tekst = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const gjeldende = (v: Elementversjon) => v.erGjeldende !== false;

export function soekerader(personId: number, dokument: Persondokument): Soekerader {
  const foedsel = gjeldendeVerdi(dokument, 'foedsel');
  const foedselsdato = tekst(foedsel?.foedselsdato);
  const aar = tekst(foedsel?.foedselsaar) ?? foedselsdato?.slice(0, 4);
  const status = gjeldendeStatus(dokument);
  const beskyttelse = adressebeskyttelse(dokument);
  return {
    person: {
      person_id: personId,
      folkeregisteridentifikator: folkeregisteridentifikator(dokument),
      foedselsdato: foedselsdato ?? null,
      foedselsaar: aar ? Number(aar) : null,
      kjoenn: tekst(gjeldendeVerdi(dokument, 'kjoenn')?.kjoenn) ?? null,
      doed: status === Personstatus.doed || gjeldendeVerdi(dokument, 'doedsfall') !== undefined,
      adressebeskyttelse: beskyttelse,
      noekler: identitetsnoekler(dokument),
    },
    navn: versjoner(dokument, 'navn').map((v) => ({ person_id: personId, gjeldende: gjeldende(v), ord: navnetokens(v) })),
    adresser: adresserader(personId, dokument, beskyttelse),
  };
}

function navnetokens(navn: Elementversjon): string[] {
  const fornavn = navneord(tekst(navn.fornavn));
  const etternavn = navneord(tekst(navn.etternavn));
  const alle = [...fornavn, ...navneord(tekst(navn.mellomnavn)), ...etternavn];
  const tokens = new Set<string>();
  for (const fonetisk of [false, true]) {
    for (const o of alle) tokens.add(navnetoken(Navnerolle.alle, o, fonetisk));
    for (const o of fornavn) tokens.add(navnetoken(Navnerolle.fornavn, o, fonetisk));
    for (const o of etternavn) tokens.add(navnetoken(Navnerolle.etternavn, o, fonetisk));
  }
  return [...tokens];
}

function identitetsnoekler(dokument: Persondokument): string[] {
  const noekler = new Set<string>();
  for (const v of versjoner(dokument, 'utenlandskPersonidentifikasjon').filter(gjeldende)) {
    const nummer = tekst(v.identifikasjonsnummer);
    if (nummer) noekler.add(identitetsnoekkel(Noekkelart.utenlandsk, tekst(v.utstederland), nummer));
  }
  for (const v of versjoner(dokument, 'legitimasjonsdokument').filter(gjeldende)) {
    const nummer = tekst(v.identifikasjonsdokumentnummer);
    if (nummer) noekler.add(identitetsnoekkel(Noekkelart.legitimasjon, tekst(v.utstederland), nummer));
  }
  for (const v of versjoner(dokument, 'utlendingsmyndighetenesIdentifikasjonsnummer').filter(gjeldende)) {
    const nummer = tekst(v.identifikasjonsnummer);
    if (nummer) noekler.add(identitetsnoekkel(Noekkelart.duf, undefined, nummer));
  }
  return [...noekler];
}

type Adressefelter = Pick<Soekeadresse, 'adressenavn' | 'husnummer' | 'husbokstav' | 'postnummer' | 'kommunenummer'>;

/** The searchable fields of one address form: a street address, a cadastral address, or only a municipality. */
function adressefelter(v: Elementversjon): Adressefelter | undefined {
  const objekt = (x: unknown) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : undefined);
  const veg = objekt(v.vegadresse);
  const matrikkel = objekt(v.matrikkeladresse);
  const ukjent = objekt(v.ukjentBosted);
  const form = veg ?? matrikkel;
  if (!form && !ukjent) return undefined;
  const nummer = objekt(veg?.adressenummer);
  const adressenavn = tekst(veg?.adressenavn);
  return {
    adressenavn: adressenavn ? normaliserAdressenavn(adressenavn) : null,
    husnummer: tekst(nummer?.husnummer)?.replace(/^0+(?=\d)/, '') ?? null,
    husbokstav: tekst(nummer?.husbokstav) ? normaliserOrd(String(nummer!.husbokstav)) : null,
    postnummer: tekst(objekt(form?.poststed)?.postnummer) ?? null,
    kommunenummer: tekst(veg?.kommunenummer) ?? tekst(objekt(matrikkel?.matrikkelnummer)?.kommunenummer) ?? tekst(ukjent?.bostedskommune) ?? null,
  };
}

function adressebeskyttelse(dokument: Persondokument): string {
  return tekst(gjeldendeVerdi(dokument, 'adressebeskyttelse')?.graderingsnivaa) ?? Adressegradering.ugradert;
}

function adresserader(personId: number, dokument: Persondokument, beskyttelse: string): Soekeadresse[] {
  return Object.values(Adressetype).flatMap((adressetype) =>
    versjoner(dokument, adressetype).flatMap((v) => {
      const felter = adressefelter(v);
      if (!felter) return [];
      return [{
        person_id: personId,
        gjeldende: gjeldende(v),
        adressetype,
        ...felter,
        fylkesnummer: felter.kommunenummer?.slice(0, 2) ?? null,
        // The gate's own rule (one rule, DESIGN.md principle 4): what a package may not see, it may not search by.
        gradering: virkeligGradering(adressetype, v, beskyttelse, gjeldende(v)),
      }];
    }),
  );
}
