import { Type, type Static } from '@sinclair/typebox';
import {
  Identifikatorstatus,
  Identifikatortype,
  Identitetsgrunnlagstatus,
  Personstatus,
} from '../kodeverk.ts';
import { DatoKlokkeslett, Dato, Foedselsnummer, LandkodeIsoAlfa3, Tekst } from './felles.ts';
import { element } from './metadata.ts';
import { IdentifiserendeInformasjon } from './personnavn.ts';

/** The identity elements of the person document (spec §2.3): numbers, status, identity basis and documents. */

export const Folkeregisteridentifikator = element(
  'Folkeregisteridentifikator',
  'A fødselsnummer or D-nummer the person holds or held; replaced and merged numbers stay as opphoert.',
  {
    status: Type.Enum(Identifikatorstatus, { description: 'Whether the number is in use.' }),
    foedselsEllerDNummer: Foedselsnummer('The identity number.'),
    identifikatortype: Type.Enum(Identifikatortype, { description: 'Fødselsnummer or D-nummer.' }),
  },
);

export const Folkeregisterpersonstatus = element(
  'Folkeregisterpersonstatus',
  "The person's status in the register; the current one is derived by person-status.ts.",
  { status: Type.Enum(Personstatus, { description: 'Person status (spec §2.5); aktiv only as a mask.' }) },
);

export const Identitetsgrunnlag = element(
  'Identitetsgrunnlag',
  'How well the identity is established. Event payloads name the field legitimasjonskontroll (spec §11.2).',
  { identitetsgrunnlagstatus: Type.Enum(Identitetsgrunnlagstatus, { description: 'Identity basis status.' }) },
);

export const FalskIdentitet = element(
  'FalskIdentitet',
  'The identity is false. Exactly one of the three rettIdentitet… fields says what the true identity is.',
  {
    erFalsk: Type.Boolean({ description: 'Whether the identity is false.' }),
    rettIdentitetVedIdentifikasjonsnummer: Type.Optional(Foedselsnummer('Identity number of the true identity.')),
    rettIdentitetErUkjent: Type.Optional(Type.Boolean({ description: 'The true identity is unknown.' })),
    rettIdentitetVedOpplysninger: Type.Optional(IdentifiserendeInformasjon),
  },
);

export const TekniskDokumentkontroll = Type.Object(
  {
    dokumentkontrollstatus: Tekst('Result of the technical document check.'),
    dokumentkontrolltidspunkt: Type.Optional(DatoKlokkeslett('When the document was checked.')),
  },
  { title: 'TekniskDokumentkontroll' },
);

export const Identifikasjonsdokument = element(
  'Identifikasjonsdokument',
  'An identity document shown to the register; no history, either current or annulled.',
  {
    identifikasjonsdokumentnummer: Type.Optional(Tekst('Document number.')),
    identifikasjonsdokumenttype: Tekst('Document type, an open list (pass, nasjonaltIdentitetskort, foererkort, …).'),
    utstederland: LandkodeIsoAlfa3('Issuing country.'),
    utstedernavn: Type.Optional(Tekst('Issuing authority.')),
    gyldigFra: Type.Optional(Dato('Valid from.')),
    gyldigTil: Type.Optional(Dato('Valid to.')),
    dokumentkontroll: Type.Optional(TekniskDokumentkontroll),
  },
);

export const Personidentifikasjon = element(
  'Personidentifikasjon',
  'A foreign identity number, or the immigration authority’s DUF number.',
  {
    identifikasjonsnummer: Tekst('The number as issued.'),
    identifikasjonsnummertype: Tekst(
      'Kind of number, an open list (utenlandskIdentifikasjonsnummer, taxIdentificationNumber, ' +
        'socialSecurityNumber, utlendingsmyndighetenesIdentifikasjonsnummer).',
    ),
    utstederland: LandkodeIsoAlfa3('Issuing country.'),
  },
);

export type Folkeregisteridentifikator = Static<typeof Folkeregisteridentifikator>;
export type Folkeregisterpersonstatus = Static<typeof Folkeregisterpersonstatus>;
export type Identitetsgrunnlag = Static<typeof Identitetsgrunnlag>;
export type FalskIdentitet = Static<typeof FalskIdentitet>;
export type TekniskDokumentkontroll = Static<typeof TekniskDokumentkontroll>;
export type Identifikasjonsdokument = Static<typeof Identifikasjonsdokument>;
export type Personidentifikasjon = Static<typeof Personidentifikasjon>;
