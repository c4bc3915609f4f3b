import { Type, type Static } from '@sinclair/typebox';
import { Adressegradering, Adressetype, OppholdAnnetSted } from '../kodeverk.ts';
import {
  AdresseIFrittFormat,
  InternasjonalAdresse,
  InternasjonalAdresseIFrittFormat,
  Matrikkeladresse,
  PostadresseIFrittFormat,
  Postboksadresse,
  UkjentBosted,
  Vegadresse,
  VegadresseForPost,
} from './adresser.ts';
import { Dato, Tekst } from './felles.ts';
import { element } from './metadata.ts';

/**
 * The address elements (spec §2.3, §2.4). Each holds exactly one address form, a rule of the write path rather
 * than of these schemas: the OpenAPI does not enforce it and documents FREG sent must still be readable.
 */

const adressegradering = Type.Enum(Adressegradering, { description: 'Protection grading of this address (§5.4).' });
const adresseIdentifikatorFraMatrikkelen = Tekst("The address's identifier in the cadastre (Kartverket).");
const naerAdresseIdentifikatorFraMatrikkelen = Tekst('Neighbouring cadastre address, when the exact one is unknown.');
const krets = (hva: string) => Type.Integer({ description: `${hva} of the address.` });

export const Bostedsadresse = element('Bostedsadresse', 'Registered home address.', {
  vegadresse: Type.Optional(Vegadresse),
  matrikkeladresse: Type.Optional(Matrikkeladresse),
  ukjentBosted: Type.Optional(UkjentBosted),
  adresseIdentifikatorFraMatrikkelen: Type.Optional(adresseIdentifikatorFraMatrikkelen),
  naerAdresseIdentifikatorFraMatrikkelen: Type.Optional(naerAdresseIdentifikatorFraMatrikkelen),
  adressegradering,
  flyttedato: Type.Optional(Dato('Date of the move as reported.')),
  grunnkrets: Type.Optional(krets('Basic statistical unit (grunnkrets)')),
  stemmekrets: Type.Optional(krets('Polling district')),
  skolekrets: Type.Optional(krets('School district')),
  kirkekrets: Type.Optional(krets('Parish')),
});

export const DeltBosted = element('DeltBosted', "A child's second home under a shared-residence agreement.", {
  vegadresse: Type.Optional(Vegadresse),
  matrikkeladresse: Type.Optional(Matrikkeladresse),
  ukjentBosted: Type.Optional(UkjentBosted),
  startdatoForKontrakt: Dato('Start of the agreement.'),
  sluttdatoForKontrakt: Type.Optional(Dato('End of the agreement.')),
  adresseIdentifikatorFraMatrikkelen: Type.Optional(adresseIdentifikatorFraMatrikkelen),
  naerAdresseIdentifikatorFraMatrikkelen: Type.Optional(naerAdresseIdentifikatorFraMatrikkelen),
  adressegradering,
});

export const Oppholdsadresse = element('Oppholdsadresse', 'Where the person stays, when not at the home address.', {
  vegadresse: Type.Optional(Vegadresse),
  matrikkeladresse: Type.Optional(Matrikkeladresse),
  utenlandskAdresse: Type.Optional(InternasjonalAdresse),
  adressenErUkjent: Type.Optional(Type.Boolean({ description: 'True when the address is unknown.' })),
  adresseIdentifikatorFraMatrikkelen: Type.Optional(adresseIdentifikatorFraMatrikkelen),
  adressegradering,
  oppholdsadressedato: Type.Optional(Dato('Date from which the person stays there.')),
  oppholdAnnetSted: Type.Optional(Type.Enum(OppholdAnnetSted, { description: 'Why the person stays elsewhere.' })),
});

export const Kontaktadresse = element('Kontaktadresse', 'Postal address in Norway (JSON key postadresse).', {
  adressegradering,
  postboksadresse: Type.Optional(Postboksadresse),
  vegadresse: Type.Optional(VegadresseForPost),
  postadresseIFrittFormat: Type.Optional(PostadresseIFrittFormat),
  adresseIdentifikatorFraMatrikkelen: Type.Optional(adresseIdentifikatorFraMatrikkelen),
});

export const KontaktadresseIUtlandet = element(
  'KontaktadresseIUtlandet',
  'Postal address abroad (JSON key postadresseIUtlandet).',
  {
    adressegradering,
    utenlandskAdresse: Type.Optional(InternasjonalAdresse),
    utenlandskAdresseIFrittFormat: Type.Optional(InternasjonalAdresseIFrittFormat),
  },
);

export const PreferertKontaktadresse = element(
  'PreferertKontaktadresse',
  'Deprecated: always empty on current documents since 2021-10-16 (spec §2.1).',
  {
    valg: Type.Enum(Adressetype, { description: 'Which address the person prefers.' }),
    adressegradering: Type.Optional(adressegradering),
    kontaktadresseIFrittFormat: Type.Optional(AdresseIFrittFormat),
  },
);

export const GraderingAvAdresse = element(
  'GraderingAvAdresse',
  'Person-level address protection (JSON key adressebeskyttelse); in practice fortrolig or strengtFortrolig.',
  { graderingsnivaa: Type.Enum(Adressegradering, { description: 'Protection level.' }) },
);

export type Bostedsadresse = Static<typeof Bostedsadresse>;
export type DeltBosted = Static<typeof DeltBosted>;
export type Oppholdsadresse = Static<typeof Oppholdsadresse>;
export type Kontaktadresse = Static<typeof Kontaktadresse>;
export type KontaktadresseIUtlandet = Static<typeof KontaktadresseIUtlandet>;
export type PreferertKontaktadresse = Static<typeof PreferertKontaktadresse>;
export type GraderingAvAdresse = Static<typeof GraderingAvAdresse>;
