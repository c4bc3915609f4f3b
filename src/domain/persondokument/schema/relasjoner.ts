import { Type, type Static } from '@sinclair/typebox';
import {
  Familierolle,
  Foreldreansvarstype,
  RettsligHandleevneomfang,
  Vergemaalsomfang,
  Vergemaaltype,
} from '../kodeverk.ts';
import { Foedselsnummer, Organisasjonsnummer, Tekst } from './felles.ts';
import { element } from './metadata.ts';
import { IdentifiserendeInformasjon, Personnavn, RelatertBiPerson } from './personnavn.ts';

/** Relations to other persons (spec §2.3): family, parental responsibility, guardianship and legal capacity. */

export const Familierelasjon = element(
  'Familierelasjon',
  'A relation, stored on both persons with mirrored roles. One of relatertPerson or …UtenFolkeregisteridentifikator.',
  {
    relatertPerson: Type.Optional(Foedselsnummer('Identity number of the related person.')),
    relatertPersonUtenFolkeregisteridentifikator: Type.Optional(RelatertBiPerson),
    relatertPersonsRolle: Type.Enum(Familierolle, { description: "The related person's role towards this person." }),
    minRolleForPerson: Type.Optional(Type.Enum(Familierolle, { description: "This person's role towards them." })),
  },
);

export const Foreldreansvar = element(
  'Foreldreansvar',
  'Parental responsibility; the element appears on both the child (ansvarssubjekt) and the holder (ansvarlig).',
  {
    ansvar: Type.Enum(Foreldreansvarstype, { description: 'Who holds the responsibility.' }),
    ansvarlig: Type.Optional(Foedselsnummer('Identity number of the holder.')),
    ansvarligOrganisasjon: Type.Optional(Organisasjonsnummer('Organisation number of a holding organisation.')),
    ansvarligUtenIdentifikator: Type.Optional(RelatertBiPerson),
    ansvarssubjekt: Type.Optional(Foedselsnummer('Identity number of the child.')),
    ansvarssubjektUtenIdentifikator: Type.Optional(RelatertBiPerson),
  },
);

export const VergeTjenesteomraade = Type.Object(
  {
    vergeTjenestevirksomhet: Tekst('Service provider, an open list (bank, nav, skatteetaten, kommune, …).'),
    vergeTjenesteoppgave: Tekst('Task at that provider, an open list (representasjonDagligbank, pensjon, …).'),
  },
  { title: 'VergeTjenesteomraade', description: 'One area the guardian acts in (OpenAPI 1.6.2).' },
);

export const VergeRepresentantEllerFullmektig = Type.Object(
  {
    foedselsEllerDNummer: Type.Optional(Foedselsnummer("Guardian's identity number.")),
    navnFoedselsdato: Type.Optional(IdentifiserendeInformasjon),
    tjenesteomraade: Type.Optional(Type.Array(VergeTjenesteomraade, { description: 'Areas of the mandate.' })),
    navn: Type.Optional(Personnavn),
    omfang: Type.Optional(Type.Enum(Vergemaalsomfang, { description: 'Legacy scope (before 2023-11-01).' })),
    omfangetErInnenPersonligOmraade: Type.Optional(
      Type.Boolean({ description: 'Legacy: whether the scope includes personal matters.' }),
    ),
  },
  {
    title: 'VergeRepresentantEllerFullmektig',
    description:
      'The guardian. Since 2023-11-01: foedselsEllerDNummer or navnFoedselsdato, plus tjenesteomraade (OpenAPI ' +
      '1.6.2); navn, omfang and omfangetErInnenPersonligOmraade remain on older versions.',
  },
);

export const VergemaalRepresentasjonEllerFremtidsfullmakt = element(
  'VergemaalRepresentasjonEllerFremtidsfullmakt',
  'Guardianship or a confirmed lasting power of attorney.',
  {
    vergemaaltype: Type.Optional(Type.Enum(Vergemaaltype, { description: 'Kind of guardianship.' })),
    embete: Type.Optional(Tekst('Responsible office, e.g. statsforvalterenIAgder (fylkesmannenI… before 2021).')),
    verge: VergeRepresentantEllerFullmektig,
  },
);

export const RettsligHandleevne = element(
  'RettsligHandleevne',
  "A current version means the person's legal capacity is restricted (OpenAPI 1.6.2, since 2023-11-01).",
  { rettsligHandleevneomfang: Type.Enum(RettsligHandleevneomfang, { description: 'Extent of the restriction.' }) },
);

export const FratattRettsligHandleevne = element(
  'FratattRettsligHandleevne',
  'Deprivation of legal capacity: metadata only; in the model (OpenAPI 1.6.2) but never populated.',
  {},
);

export type Familierelasjon = Static<typeof Familierelasjon>;
export type Foreldreansvar = Static<typeof Foreldreansvar>;
export type VergeTjenesteomraade = Static<typeof VergeTjenesteomraade>;
export type VergeRepresentantEllerFullmektig = Static<typeof VergeRepresentantEllerFullmektig>;
export type VergemaalRepresentasjonEllerFremtidsfullmakt = Static<typeof VergemaalRepresentasjonEllerFremtidsfullmakt>;
export type RettsligHandleevne = Static<typeof RettsligHandleevne>;
export type FratattRettsligHandleevne = Static<typeof FratattRettsligHandleevne>;
