import { Type, type Static } from '@sinclair/typebox';
import type { Rettighetspakke } from '../../../access/konsumenter/rettighetspakker.ts';
import { Entydigkriterium, vurderTreffrett } from '../../../access/soek/treffrett.ts';
import { reglerFor } from '../../../access/view/pakketabell.ts';
import { Kjoenn } from '../../../domain/persondokument/kodeverk.ts';
import { normaliserAdressenavn, normaliserOrd } from '../../../domain/soek/normaliser.ts';
import type { Adressekriterier, Soekekriterier } from '../../../register/soek/finn-soeketreff.ts';
import { Adressetype, identitetsnoekkel, navnetoken, Navnerolle, Noekkelart } from '../../../register/soek/soekerader.ts';
import { ApiFeil } from '../../feil/katalog.ts';

/**
 * The query parameters of `personer/soek` and `personer/entydigsoek` (spec §1.4.5, §1.4.6; OpenAPI 1.5, every one of
 * them) as route schemas, and their reading into `Soekekriterier`. Formats are checked by the schemas (400 naming the
 * parameter); what a schema cannot say (a real date, a street prefix of three letters after normalising, the
 * right to a hit) is checked here, also answering 400.
 */
export const Opplysningsgrunnlag = { gjeldende: 'gjeldende', historisk: 'historisk' } as const;

/** spec §1.4.6: `maksTreff` at most 10 000; also the default, so a search answers all it may or says to narrow it. */
export const maksTreffGrense = 10_000;

const tekst = (description: string, pattern?: string) =>
  Type.Optional(Type.String({ maxLength: 200, description, ...(pattern ? { pattern } : {}) }));
const flagg = (description: string) => Type.Optional(Type.Boolean({ description }));

const felles = {
  navn: tekst('Name words separated by spaces, each matching a whole word of a name part.'),
  foedselsdato: tekst('Date of birth, YYYYMMDD.', '^[0-9]{8}$'),
  adressenavn: Type.Optional(Type.String({ minLength: 3, maxLength: 200, description: 'The street name, or at least its first 3 characters.' })),
  husnummer: tekst('House number, with or without letter (12, 12B).', '^\\s*[0-9]{1,4}\\s*[A-Za-zÆØÅæøå]?\\s*$'),
  postnummer: tekst('Postcode, 4 digits.', '^[0-9]{4}$'),
  soekFonetisk: flagg('Match names that sound alike (docs/soek.md). Default false.'),
  opplysningsgrunnlag: Type.Optional(
    Type.Enum(Opplysningsgrunnlag, { description: "'historisk' lets names and addresses match earlier versions too. Default 'gjeldende'." }),
  ),
};

export const SoekQuery = Type.Object({
  ...felles,
  kjoenn: Type.Optional(Type.Enum(Kjoenn, { description: "'mann' or 'kvinne'." })),
  foedselsaarFraOgMed: tekst('Lowest birth year, 4 digits.', '^[0-9]{4}$'),
  foedselsaarTilOgMed: tekst('Highest birth year, 4 digits.', '^[0-9]{4}$'),
  kommunenummer: tekst('Municipality of the address, 4 digits.', '^[0-9]{4}$'),
  fylkesnummer: tekst('County of the address, 2 digits.', '^[0-9]{2}$'),
  inkluderOppholdsadresse: flagg('Match the stay address (oppholdsadresse) as well as the residence. Default false.'),
  inkluderDoede: flagg('Match dead persons too. Default false.'),
  maksTreff: Type.Optional(Type.Integer({ minimum: 1, maximum: maksTreffGrense, description: 'At most this many hits; more is an error asking to narrow the search. Default and maximum 10 000.' })),
});
export type SoekQuery = Static<typeof SoekQuery>;

const idMedLand = (description: string) => tekst(`${description}: ISO 3166-1 alpha-3 country, hyphen, number (AFG-1458-4555).`, '^[A-Za-z]{3}-.*[A-Za-z0-9]');

export const EntydigsoekQuery = Type.Object({
  ...felles,
  identifikasjonsnummer: tekst('Fødselsnummer or D-nummer, matching current and earlier numbers.', '^[0-9]{11}$'),
  utenlandskpersonidentifikasjon: idMedLand('Foreign identity number'),
  legitimasjonsdokument: idMedLand('Identity document'),
  utlendingsmyndighetenesidentifikasjonsnummer: tekst("The immigration authority's DUF number.", '[A-Za-z0-9]'),
  // The prose documentation camel-cases two names (spec §1.4.5); both spellings are accepted.
  utenlandskPersonidentifikasjon: idMedLand('Alias of utenlandskpersonidentifikasjon'),
  utlendingsmyndighetenesIdentifikasjonsnummer: tekst('Alias of utlendingsmyndighetenesidentifikasjonsnummer.', '[A-Za-z0-9]'),
  part: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'Data minimisation, as for a lookup (spec §5.5).' })),
});
export type EntydigsoekQuery = Static<typeof EntydigsoekQuery>;

const ugyldig = (detalj: string) => new ApiFeil('ugyldigForespoersel', detalj);

function dato(yyyymmdd: string | undefined): string | undefined {
  if (yyyymmdd === undefined) return undefined;
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw ugyldig('foedselsdato er ikke en gyldig dato');
  return iso;
}

function navneordIQuery(navn: string | undefined): string[] {
  const ord = (navn ?? '').split(/\s+/).map((o) => normaliserOrd(o).replace(/^-+|-+$/g, '')).filter((o) => o.length > 0);
  if (ord.length > 10) throw ugyldig('navn kan ha høyst 10 ord');
  return ord;
}

function adressenavnPrefiks(adressenavn: string | undefined): string | undefined {
  if (adressenavn === undefined) return undefined;
  const prefiks = normaliserAdressenavn(adressenavn);
  if ([...prefiks.replace(/ /g, '')].length < 3) throw ugyldig('adressenavn må ha minst 3 tegn');
  return prefiks;
}

function husnummer(verdi: string | undefined, bokstavMaaStemme: boolean): Pick<Adressekriterier, 'husnummer' | 'husbokstav'> {
  if (verdi === undefined) return {};
  const [, nummer, bokstav] = /^\s*0*(\d{1,4})\s*(\p{L})?\s*$/u.exec(verdi)!;
  if (bokstav) return { husnummer: nummer!, husbokstav: normaliserOrd(bokstav) };
  return bokstavMaaStemme ? { husnummer: nummer!, husbokstav: null } : { husnummer: nummer! };
}

function utenTommeFelter<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function adressekriterier(
  pakke: Rettighetspakke,
  adressetyper: readonly Adressetype[],
  felter: Omit<Adressekriterier, 'adressetyper' | 'tillatteGraderinger'>,
): Adressekriterier | undefined {
  const gitt = utenTommeFelter(felter);
  if (Object.keys(gitt).length === 0) return undefined;
  return { ...gitt, adressetyper, tillatteGraderinger: reglerFor(pakke).adressegraderinger };
}

/** `personer/soek`: every word of `navn` must be a whole word of one name version (any part, any order). */
export function lesSoek(q: SoekQuery, pakke: Rettighetspakke): { kriterier: Soekekriterier; maksTreff: number } {
  const fonetisk = q.soekFonetisk === true;
  const ord = navneordIQuery(q.navn);
  const fra = q.foedselsaarFraOgMed === undefined ? undefined : Number(q.foedselsaarFraOgMed);
  const til = q.foedselsaarTilOgMed === undefined ? undefined : Number(q.foedselsaarTilOgMed);
  if (fra !== undefined && til !== undefined && fra > til) throw ugyldig('foedselsaarFraOgMed er etter foedselsaarTilOgMed');
  const adresse = adressekriterier(
    pakke,
    q.inkluderOppholdsadresse ? [Adressetype.bostedsadresse, Adressetype.oppholdsadresse] : [Adressetype.bostedsadresse],
    {
      adressenavnPrefiks: adressenavnPrefiks(q.adressenavn),
      ...husnummer(q.husnummer, false),
      postnummer: q.postnummer,
      kommunenummer: q.kommunenummer,
      fylkesnummer: q.fylkesnummer,
    },
  );
  const kriterier: Soekekriterier = utenTommeFelter({
    navnetokens: ord.length ? ord.map((o) => navnetoken(Navnerolle.alle, o, fonetisk)) : undefined,
    kjoenn: q.kjoenn,
    foedselsdato: dato(q.foedselsdato),
    foedselsaarFraOgMed: fra,
    foedselsaarTilOgMed: til,
    adresse,
    historisk: q.opplysningsgrunnlag === Opplysningsgrunnlag.historisk,
    inkluderDoede: q.inkluderDoede === true,
  });
  const { historisk: _h, inkluderDoede: _d, ...soekt } = kriterier;
  if (Object.keys(soekt).length === 0) throw ugyldig('oppgi minst ett søkekriterium');
  return { kriterier, maksTreff: q.maksTreff ?? maksTreffGrense };
}

function idMedLandNoekkel(art: typeof Noekkelart.utenlandsk | typeof Noekkelart.legitimasjon, verdi: string | undefined): string | undefined {
  if (verdi === undefined) return undefined;
  const skille = verdi.indexOf('-');
  return identitetsnoekkel(art, verdi.slice(0, skille), verdi.slice(skille + 1));
}

/**
 * `personer/entydigsoek`: the first name word must be a whole word of the first name, the last of the surname, any
 * others of any name part; an address must be met by one residence or stay address; the criteria must make one of
 * the package's combinations (`treffrett.ts`), else 400.
 */
export function lesEntydigsoek(q: EntydigsoekQuery, pakke: Rettighetspakke): Soekekriterier {
  const fonetisk = q.soekFonetisk === true;
  const ord = navneordIQuery(q.navn);
  if (q.navn !== undefined && ord.length < 2) throw ugyldig('navn må ha minst to ord: fornavn og etternavn');
  const utenlandsk = q.utenlandskpersonidentifikasjon ?? q.utenlandskPersonidentifikasjon;
  const duf = q.utlendingsmyndighetenesidentifikasjonsnummer ?? q.utlendingsmyndighetenesIdentifikasjonsnummer;
  const adresse = adressekriterier(pakke, [Adressetype.bostedsadresse, Adressetype.oppholdsadresse], {
    adressenavnPrefiks: adressenavnPrefiks(q.adressenavn),
    ...husnummer(q.husnummer, true),
    postnummer: q.postnummer,
  });
  const gitt = new Set<Entydigkriterium>();
  if (ord.length) gitt.add(Entydigkriterium.navn);
  if (q.identifikasjonsnummer) gitt.add(Entydigkriterium.identifikasjonsnummer);
  if (q.foedselsdato) gitt.add(Entydigkriterium.foedselsdato);
  if (q.adressenavn && (q.husnummer || q.postnummer)) gitt.add(Entydigkriterium.adresse);
  if (utenlandsk) gitt.add(Entydigkriterium.utenlandskpersonidentifikasjon);
  if (q.legitimasjonsdokument) gitt.add(Entydigkriterium.legitimasjonsdokument);
  if (duf) gitt.add(Entydigkriterium.utlendingsmyndighetenesidentifikasjonsnummer);
  const rett = vurderTreffrett(pakke, gitt);
  if (!rett.ok) {
    throw rett.grunn === 'ikkeTilgjengelig'
      ? ugyldig(`${rett.kriterium} er ikke tilgjengelig i rettighetspakken`)
      : new ApiFeil('ikkeRettTilTreff');
  }
  const noekler = [
    idMedLandNoekkel(Noekkelart.utenlandsk, utenlandsk),
    idMedLandNoekkel(Noekkelart.legitimasjon, q.legitimasjonsdokument),
    duf === undefined ? undefined : identitetsnoekkel(Noekkelart.duf, undefined, duf),
  ].filter((n): n is string => n !== undefined);
  const navnetokens = ord.map((o, i) =>
    navnetoken(i === 0 ? Navnerolle.fornavn : i === ord.length - 1 ? Navnerolle.etternavn : Navnerolle.alle, o, fonetisk),
  );
  return utenTommeFelter({
    navnetokens: navnetokens.length ? navnetokens : undefined,
    foedselsdato: dato(q.foedselsdato),
    identifikasjonsnummer: q.identifikasjonsnummer,
    identitetsnoekler: noekler.length ? noekler : undefined,
    adresse,
    historisk: q.opplysningsgrunnlag === Opplysningsgrunnlag.historisk,
    // A unique search finds a person as a lookup does, dead or alive (docs/soek.md).
    inkluderDoede: true,
  });
}
