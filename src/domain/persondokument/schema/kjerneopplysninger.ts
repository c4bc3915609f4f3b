import { Type, type Static } from '@sinclair/typebox';
import { Bibeholdstatus, Kjoenn, Sivilstandstype } from '../kodeverk.ts';
import { Dato, Foedselsnummer, Kommunenummer, LandkodeIsoAlfa3, Tekst } from './felles.ts';
import { element } from './metadata.ts';
import { Navnedel, Personnavn } from './personnavn.ts';

/** Core facts about the person (spec §2.3): sex, birth, death, name, marital status and citizenship. */

export const Personkjoenn = element('Personkjoenn', 'Legal sex.', {
  kjoenn: Type.Enum(Kjoenn, { description: 'Sex.' }),
});

export const Foedsel = element(
  'Foedsel',
  'Birth. The birth date here may differ from the one in the identity number (D-numbers, 2032 numbers).',
  {
    foedselsdato: Type.Optional(Dato('Date of birth.')),
    foedselsaar: Type.String({ pattern: '^[0-9]{4}$', description: 'Year of birth, "YYYY" (an xs:int in XML).' }),
    foedested: Type.Optional(Tekst('Place of birth, free text; may be empty.')),
    foedekommuneINorge: Type.Optional(Kommunenummer('Municipality of birth, when born in Norway.')),
    foedeland: Type.Optional(LandkodeIsoAlfa3('Country of birth.')),
  },
);

export const FoedselINorge = element('FoedselINorge', 'Birth registered in Norway.', {
  foedselsinstitusjonsnavn: Type.Optional(Tekst('Hospital or institution of birth.')),
  rekkefoelgenummer: Type.Optional(
    Type.Integer({ description: 'Order in a multiple birth as <count><number>, e.g. 21 = first of two; 11 = single.' }),
  ),
});

export const Doedsfall = element('Doedsfall', 'Death; the place of death is not registered.', {
  doedsdato: Type.Optional(Dato('Date of death.')),
});

export const Folkeregisterpersonnavn = element('Folkeregisterpersonnavn', 'Registered name.', {
  fornavn: Navnedel('Given name(s).'),
  mellomnavn: Type.Optional(Navnedel('Middle name(s).')),
  etternavn: Navnedel('Surname.'),
  forkortetNavn: Type.Optional(
    Type.String({ maxLength: 40, description: 'Shortened name for machine printing, surname first.' }),
  ),
  originaltNavn: Type.Optional(Personnavn),
});

export const Sivilstand = element('Sivilstand', 'Marital or partnership status.', {
  sivilstand: Type.Enum(Sivilstandstype, { description: 'Marital status.' }),
  sivilstandsdato: Type.Optional(Dato('Date the status began.')),
  myndighet: Type.Optional(Tekst('Authority that registered it, e.g. DEN_NORSKE_KIRKE, ANSATT_I_KOMMUNE.')),
  kommune: Type.Optional(Kommunenummer('Municipality where it took place.')),
  sted: Type.Optional(Tekst('Place where it took place.')),
  utland: Type.Optional(LandkodeIsoAlfa3('Country, when abroad.')),
  relatertVedSivilstand: Type.Optional(Foedselsnummer('Identity number of the spouse or partner.')),
});

export const Statsborgerskap = element('Statsborgerskap', 'A citizenship; several may be current.', {
  statsborgerskap: LandkodeIsoAlfa3('Country, ISO 3166-1 alpha-3 (XUK unknown, XXX stateless).'),
  ervervsdato: Type.Optional(Dato('Date acquired.')),
});

export const BibeholdAvNorskStatsborgerskap = element(
  'BibeholdAvNorskStatsborgerskap',
  'Retention of Norwegian citizenship.',
  {
    bibeholdstatus: Type.Enum(Bibeholdstatus, { description: 'Retention status.' }),
    datoForBibehold: Type.Optional(Dato('Date of the retention decision.')),
  },
);

export type Personkjoenn = Static<typeof Personkjoenn>;
export type Foedsel = Static<typeof Foedsel>;
export type FoedselINorge = Static<typeof FoedselINorge>;
export type Doedsfall = Static<typeof Doedsfall>;
export type Folkeregisterpersonnavn = Static<typeof Folkeregisterpersonnavn>;
export type Sivilstand = Static<typeof Sivilstand>;
export type Statsborgerskap = Static<typeof Statsborgerskap>;
export type BibeholdAvNorskStatsborgerskap = Static<typeof BibeholdAvNorskStatsborgerskap>;
