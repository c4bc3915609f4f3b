import { Type, type Static } from '@sinclair/typebox';
import { Kjoenn } from '../kodeverk.ts';
import { Dato, LandkodeIsoAlfa3, Tekst } from './felles.ts';

/**
 * Value types that identify a person who is not (or not by number) in the register: used by falsk identitet,
 * familierelasjon, foreldreansvar, vergemål and kontaktinformasjon for dødsbo (spec §2.3). No metadata block.
 */

/** A name part: at most 200 characters, Sami characters (ISO/IEC 10646) allowed (spec §2.3). */
export const Navnedel = (description: string) => Type.String({ maxLength: 200, description });

export const Personnavn = Type.Object(
  {
    fornavn: Navnedel('Given name(s).'),
    mellomnavn: Type.Optional(Navnedel('Middle name(s).')),
    etternavn: Navnedel('Surname.'),
  },
  { title: 'Personnavn' },
);

export const IdentifiserendeInformasjon = Type.Object(
  {
    personnavn: Personnavn,
    foedselsdato: Type.Optional(Dato('Date of birth.')),
    statsborgerskap: Type.Array(LandkodeIsoAlfa3('Citizenship, ISO 3166-1 alpha-3.'), {
      description: 'Citizenships (an array here, a single code in RelatertBiPerson).',
    }),
    kjoenn: Type.Optional(Type.Enum(Kjoenn, { description: 'Sex.' })),
  },
  { title: 'IdentifiserendeInformasjon', description: 'Name, birth date, citizenships and sex of a person.' },
);

export const RelatertBiPerson = Type.Object(
  {
    navn: Personnavn,
    foedselsdato: Type.Optional(Dato('Date of birth.')),
    statsborgerskap: Type.Optional(LandkodeIsoAlfa3('Citizenship, a single ISO 3166-1 alpha-3 code.')),
    kjoenn: Type.Optional(Type.Enum(Kjoenn, { description: 'Sex.' })),
  },
  { title: 'RelatertBiPerson', description: 'A related person without Norwegian identity number.' },
);

export type Personnavn = Static<typeof Personnavn>;
export type IdentifiserendeInformasjon = Static<typeof IdentifiserendeInformasjon>;
export type RelatertBiPerson = Static<typeof RelatertBiPerson>;
