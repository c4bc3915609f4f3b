import { Type, type Static } from '@sinclair/typebox';
import {
  AntattOppholdsvarighet,
  ForholdTilValgmanntall,
  Oppholdstillatelse,
  SamiskSpraaktype,
  Skifteform,
} from '../kodeverk.ts';
import { Dato, Foedselsnummer, Kommunenummer, LandkodeIsoAlfa3, Organisasjonsnummer, Tekst } from './felles.ts';
import { element } from './metadata.ts';
import { Personnavn } from './personnavn.ts';

/** The remaining elements (spec §2.3): residence permit, Svalbard, migration, estate contact, Sami language. */

export const Opphold = element('Opphold', 'Residence permit.', {
  oppholdstillatelse: Type.Enum(Oppholdstillatelse, { description: 'Kind of permit.' }),
  oppholdFra: Type.Optional(Dato('Permit valid from.')),
  oppholdTil: Type.Optional(Dato('Permit valid to.')),
});

export const OppholdPaaSvalbard = element('OppholdPaaSvalbard', 'Stay on Svalbard (package BRSV only).', {
  antattOppholdsvarighet: Type.Enum(AntattOppholdsvarighet, { description: 'Expected length of stay.' }),
  startdato: Dato('Start of the stay (required since OpenAPI 1.6.2).'),
  sluttdato: Type.Optional(Dato('End of the stay.')),
  fraflyttingskommunenummer: Type.Optional(Kommunenummer('Municipality moved from.')),
  fraflyttingsland: Type.Optional(LandkodeIsoAlfa3('Country moved from.')),
  antallTidligereOpphold: Type.Optional(Type.Integer({ description: 'Deprecated since 2021-10; never set.' })),
});

export const InnflyttingTilNorge = element('InnflyttingTilNorge', 'Immigration to Norway.', {
  fraflyttingsland: Type.Optional(LandkodeIsoAlfa3('Country moved from.')),
  fraflyttingsstedIUtlandet: Type.Optional(Tekst('Place moved from.')),
});

export const UtflyttingFraNorge = element('UtflyttingFraNorge', 'Emigration from Norway.', {
  tilflyttingsland: Type.Optional(LandkodeIsoAlfa3('Country moved to.')),
  tilflyttingsstedIUtlandet: Type.Optional(Tekst('Place moved to.')),
  utflyttingsdato: Type.Optional(Dato('Date the person says they left.')),
});

export const PersonSomKontakt = Type.Object(
  {
    foedselsEllerDNummer: Type.Optional(Foedselsnummer('Identity number of the contact.')),
    personnavn: Type.Optional(Personnavn),
    foedselsdato: Type.Optional(Dato('Date of birth, when there is no identity number.')),
  },
  { title: 'PersonSomKontakt', description: 'Either foedselsEllerDNummer or personnavn (+ foedselsdato).' },
);

export const AdvokatSomKontakt = Type.Object(
  {
    personnavn: Personnavn,
    organisasjonsnavn: Type.Optional(Tekst('Law firm.')),
    organisasjonsnummer: Type.Optional(Organisasjonsnummer('Organisation number of the firm.')),
  },
  { title: 'AdvokatSomKontakt' },
);

export const OrganisasjonSomKontakt = Type.Object(
  {
    organisasjonsnavn: Tekst('Organisation name.'),
    organisasjonsnummer: Type.Optional(Organisasjonsnummer('Organisation number.')),
    kontaktpersonnavn: Type.Optional(Personnavn),
  },
  { title: 'OrganisasjonSomKontakt' },
);

export const KontaktadresseForDoedsbo = Type.Object(
  {
    adresselinje: Type.Array(Tekst('Address line.'), { minItems: 1, maxItems: 2 }),
    poststedsnavn: Tekst('Post town.'),
    postnummer: Tekst('Postcode (may be foreign).'),
    landkode: Type.Optional(LandkodeIsoAlfa3('Country, ISO 3166-1 alpha-3.')),
  },
  { title: 'KontaktadresseForDoedsbo' },
);

export const KontaktinformasjonForDoedsbo = element(
  'KontaktinformasjonForDoedsbo',
  "Contact for a deceased person's estate: exactly one of person, advokat or organisasjon.",
  {
    person: Type.Optional(PersonSomKontakt),
    advokat: Type.Optional(AdvokatSomKontakt),
    organisasjon: Type.Optional(OrganisasjonSomKontakt),
    skifteform: Type.Enum(Skifteform, { description: 'Form of estate settlement.' }),
    attestutstedelsesdato: Dato('Date the probate certificate was issued.'),
    adresse: KontaktadresseForDoedsbo,
  },
);

export const SamiskSpraak = element('SamiskSpraak', 'Sami languages the person uses (JSON key brukAvSamiskSpraak).', {
  spraak: Type.Array(Type.Enum(SamiskSpraaktype, { description: 'A Sami language.' }), { maxItems: 3 }),
});

export const SametingetsValgmanntall = element(
  'SametingetsValgmanntall',
  "Relation to the Sami Parliament's electoral roll (not a valid part since 2023-04-03).",
  {
    forhold: Type.Enum(ForholdTilValgmanntall, { description: 'Enrolment status.' }),
    vedtaksdato: Dato('Date of the decision.'),
  },
);

export type Opphold = Static<typeof Opphold>;
export type OppholdPaaSvalbard = Static<typeof OppholdPaaSvalbard>;
export type InnflyttingTilNorge = Static<typeof InnflyttingTilNorge>;
export type UtflyttingFraNorge = Static<typeof UtflyttingFraNorge>;
export type PersonSomKontakt = Static<typeof PersonSomKontakt>;
export type AdvokatSomKontakt = Static<typeof AdvokatSomKontakt>;
export type OrganisasjonSomKontakt = Static<typeof OrganisasjonSomKontakt>;
export type KontaktadresseForDoedsbo = Static<typeof KontaktadresseForDoedsbo>;
export type KontaktinformasjonForDoedsbo = Static<typeof KontaktinformasjonForDoedsbo>;
export type SamiskSpraak = Static<typeof SamiskSpraak>;
export type SametingetsValgmanntall = Static<typeof SametingetsValgmanntall>;
