import { Type, type Static } from '@sinclair/typebox';
import { Bruksenhetstype as BruksenhetstypeKode } from '../kodeverk.ts';
import { Kommunenummer, LandkodeIsoAlfa2, Tekst } from './felles.ts';

/**
 * The address value types nested inside the address elements (spec §2.4). They carry no metadata block: the
 * element that holds them (`Bostedsadresse`, `Kontaktadresse` …) does.
 */

export const Poststed = Type.Object(
  {
    poststedsnavn: Type.Optional(Tekst('Post town, e.g. KRISTIANSAND S.')),
    postnummer: Type.Optional(Type.String({ pattern: '^[0-9]{4}$', description: 'Norwegian postcode, 4 digits.' })),
  },
  { title: 'Poststed' },
);

export const Adressenummer = Type.Object(
  {
    husnummer: Type.String({ pattern: '^[0-9]{1,4}$', description: 'House number, at most 4 digits.' }),
    husbokstav: Type.Optional(Type.String({ pattern: '^[A-Za-zÆØÅæøå]$', description: 'House letter, one letter.' })),
  },
  { title: 'Adressenummer' },
);

const bruksenhetsnummer = Tekst('Dwelling number within the building, e.g. H0101 or U0102.');
const bruksenhetstype = Type.Enum(BruksenhetstypeKode, { description: 'Kind of dwelling unit.' });
const adressetilleggsnavn = Tekst('Additional address name, e.g. the name of a farm or building.');
const coAdressenavn = Tekst('c/o name.');

export const Vegadresse = Type.Object(
  {
    kommunenummer: Kommunenummer('Municipality of the address.'),
    bruksenhetsnummer: Type.Optional(bruksenhetsnummer),
    bruksenhetstype: Type.Optional(bruksenhetstype),
    adressenavn: Tekst('Street name.'),
    adressenummer: Type.Optional(Adressenummer),
    adressekode: Type.Optional(Tekst('Street code within the municipality, e.g. "06001".')),
    adressetilleggsnavn: Type.Optional(adressetilleggsnavn),
    poststed: Type.Optional(Poststed),
    coAdressenavn: Type.Optional(coAdressenavn),
  },
  { title: 'Vegadresse', description: 'Street address from the cadastre (Matrikkelen).' },
);

export const Matrikkelnummer = Type.Object(
  {
    kommunenummer: Kommunenummer('Municipality of the property.'),
    gaardsnummer: Type.Optional(Type.Integer({ description: 'Farm number (gnr).' })),
    bruksnummer: Type.Optional(Type.Integer({ description: 'Holding number (bnr).' })),
    festenummer: Type.Optional(Type.Integer({ description: 'Leasehold number (fnr).' })),
  },
  { title: 'Matrikkelnummer' },
);

export const Matrikkeladresse = Type.Object(
  {
    bruksenhetsnummer: Type.Optional(bruksenhetsnummer),
    bruksenhetstype: Type.Optional(bruksenhetstype),
    matrikkelnummer: Matrikkelnummer,
    undernummer: Type.Optional(Type.Integer({ description: 'Sub-number of the cadastral address.' })),
    adressetilleggsnavn: Type.Optional(adressetilleggsnavn),
    poststed: Type.Optional(Poststed),
    coAdressenavn: Type.Optional(coAdressenavn),
  },
  { title: 'Matrikkeladresse', description: 'Cadastral address of a property without a street address.' },
);

export const UkjentBosted = Type.Object(
  { bostedskommune: Type.Optional(Kommunenummer('Municipality, when known.')) },
  { title: 'UkjentBosted', description: 'Residence unknown; persons with fnr always have at least this.' },
);

export const VegadresseForPost = Type.Object(
  {
    coAdressenavn: Type.Optional(coAdressenavn),
    adressenavn: Type.Optional(Tekst('Street name.')),
    adressenummer: Type.Optional(Adressenummer),
    poststed: Type.Optional(Poststed),
    adressekode: Type.Optional(Tekst('Street code.')),
    adressetilleggsnavn: Type.Optional(adressetilleggsnavn),
    bruksenhetsnummer: Type.Optional(bruksenhetsnummer),
  },
  { title: 'VegadresseForPost', description: 'Postal street address; no municipality or dwelling type.' },
);

export const Postboksadresse = Type.Object(
  {
    postbokseier: Type.Optional(Tekst('Holder of the post-office box.')),
    postboks: Tekst('Post-office box, free text, e.g. "95".'),
    poststed: Type.Optional(Poststed),
  },
  { title: 'Postboksadresse' },
);

export const PostadresseIFrittFormat = Type.Object(
  {
    adresselinje: Type.Optional(Type.Array(Tekst('Address line.'), { maxItems: 4 })),
    poststed: Type.Optional(Poststed),
  },
  { title: 'PostadresseIFrittFormat', description: 'Norwegian postal address as free lines.' },
);

export const InternasjonalAdresse = Type.Object(
  {
    coAdressenavn: Type.Optional(coAdressenavn),
    adressenavn: Type.Optional(Tekst('Street name and number.')),
    bygning: Type.Optional(Tekst('Building.')),
    etasjenummer: Type.Optional(Tekst('Floor.')),
    boenhet: Type.Optional(Tekst('Dwelling unit.')),
    postboks: Type.Optional(Tekst('Post-office box.')),
    postkode: Type.Optional(Tekst('Foreign postcode.')),
    byEllerStedsnavn: Type.Optional(Tekst('City or place.')),
    distriktsnavn: Type.Optional(Tekst('District.')),
    region: Type.Optional(Tekst('Region, state or province.')),
    landkode: LandkodeIsoAlfa2('Country, ISO 3166-1 alpha-2 (unlike everywhere else).'),
  },
  { title: 'InternasjonalAdresse', description: 'Structured foreign address.' },
);

export const InternasjonalAdresseIFrittFormat = Type.Object(
  {
    adresselinje: Type.Optional(Type.Array(Tekst('Address line.'))),
    postkode: Type.Optional(Tekst('Foreign postcode.')),
    byEllerStedsnavn: Type.Optional(Tekst('City or place.')),
    landkode: LandkodeIsoAlfa2('Country, ISO 3166-1 alpha-2.'),
  },
  { title: 'InternasjonalAdresseIFrittFormat', description: 'Foreign address as free lines.' },
);

/** Free-format address of the deprecated `preferertKontaktadresse`. */
export const AdresseIFrittFormat = Type.Object(
  {
    adresselinje: Type.Optional(Type.Array(Tekst('Address line.'))),
    landkode: Type.Optional(LandkodeIsoAlfa2('Country, ISO 3166-1 alpha-2.')),
  },
  { title: 'AdresseIFrittFormat' },
);

export type Poststed = Static<typeof Poststed>;
export type Adressenummer = Static<typeof Adressenummer>;
export type Vegadresse = Static<typeof Vegadresse>;
export type Matrikkelnummer = Static<typeof Matrikkelnummer>;
export type Matrikkeladresse = Static<typeof Matrikkeladresse>;
export type UkjentBosted = Static<typeof UkjentBosted>;
export type VegadresseForPost = Static<typeof VegadresseForPost>;
export type Postboksadresse = Static<typeof Postboksadresse>;
export type PostadresseIFrittFormat = Static<typeof PostadresseIFrittFormat>;
export type InternasjonalAdresse = Static<typeof InternasjonalAdresse>;
export type InternasjonalAdresseIFrittFormat = Static<typeof InternasjonalAdresseIFrittFormat>;
export type AdresseIFrittFormat = Static<typeof AdresseIFrittFormat>;
