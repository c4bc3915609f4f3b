import {
  Type,
  type Static,
  type TEnum,
  type TLiteral,
  type TNever,
  type TObject,
  type TOptional,
  type TUnion,
} from '@sinclair/typebox';
import { elementer } from '../elementer.ts';
import { Entitetsendring, Hendelsestype } from '../kodeverk.ts';
import { DatoKlokkeslett, Foedselsnummer, Tekst } from './felles.ts';
import { hendelsesdata, hendelseselementer, type Hendelseselement } from './hendelsesdata.ts';

/**
 * The event document (spec §3.4, OpenAPI `hendelse.v1`). One `egenskapshendelse` (`Registerdata`) changes one
 * element: exactly one payload key (the person-document key, e.g. `postadresse`), its `entitet` (e.g.
 * `kontaktadresse`, from `elementer.ts`) and the `entitetsendring`. On `annullere` the payload is omitted.
 *
 * `Registerdata` is a union with one member per element, each forbidding every other payload key, so "exactly one"
 * is checked at runtime and `entitet` narrows the static type. TypeBox reports a failing union only as "Expected
 * union value"; check against `registerdataFor[element]` to see what is wrong inside one.
 */

type HendelseEntitet = (typeof elementer)[Hendelseselement]['entitet'];
type Ingen<K extends PropertyKey> = { [P in K]: TOptional<TNever> };
const endringMedVerdi = [Entitetsendring.registrereNy, Entitetsendring.korrigere, Entitetsendring.korrigereHistorisk];
type EndringMedVerdi = (typeof endringMedVerdi)[number];

type RegisterdataMedVerdi<K extends Hendelseselement> = TObject<
  { [P in K]: (typeof hendelsesdata)[K] } & {
    entitet: TLiteral<(typeof elementer)[K]['entitet']>;
    entitetsendring: TUnion<TLiteral<EndringMedVerdi>[]>;
  } & Ingen<Exclude<Hendelseselement, K>>
>;

const ingenAndre = (unntatt?: Hendelseselement) =>
  Object.fromEntries(hendelseselementer.filter((e) => e !== unntatt).map((e) => [e, Type.Optional(Type.Never())]));

function registerdataMedVerdi<K extends Hendelseselement>(element: K): RegisterdataMedVerdi<K> {
  return Type.Object(
    {
      [element]: hendelsesdata[element],
      entitet: Type.Literal(elementer[element].entitet),
      entitetsendring: Type.Union(endringMedVerdi.map((e) => Type.Literal(e)), {
        description: 'registrereNy: new value, the previous one becomes history; korrigere: replaces it.',
      }),
      ...ingenAndre(element),
    },
    { title: `Registerdata (${element})` },
  ) as unknown as RegisterdataMedVerdi<K>;
}

/** Each element's own `Registerdata` member, for precise error messages. */
export const registerdataFor = Object.fromEntries(
  hendelseselementer.map((e) => [e, registerdataMedVerdi(e)]),
) as unknown as { [K in Hendelseselement]: RegisterdataMedVerdi<K> };

const entitetForElement = Object.fromEntries(hendelseselementer.map((e) => [e, elementer[e].entitet])) as Record<
  Hendelseselement,
  HendelseEntitet
>;
type AnnulleringSkjema = TObject<
  { entitet: TEnum<typeof entitetForElement>; entitetsendring: TLiteral<'annullere'> } & Ingen<Hendelseselement>
>;

export const Annullering = Type.Object(
  {
    entitet: Type.Enum(entitetForElement, { description: 'The annulled element.' }),
    entitetsendring: Type.Literal(Entitetsendring.annullere),
    ...ingenAndre(),
  },
  { title: 'Registerdata (annullere)', description: 'The element is removed without history; no payload.' },
) as unknown as AnnulleringSkjema;

type Medlem = { [K in Hendelseselement]: RegisterdataMedVerdi<K> }[Hendelseselement] | typeof Annullering;

export const Registerdata = Type.Union(
  [...hendelseselementer.map((e): Medlem => registerdataFor[e]), Annullering as Medlem],
  { title: 'Registerdata', description: 'One element change of an event (egenskapshendelse).' },
);
export type Registerdata = Static<typeof Registerdata>;

export const Hendelse = Type.Object(
  {
    folkeregisteridentifikator: Foedselsnummer('The person the event concerns; one event, one person.'),
    hendelsestype: Type.Enum(Hendelsestype, { description: 'Event type (spec §3.5).' }),
    ajourholdstidspunkt: DatoKlokkeslett('When the event was registered.'),
    egenskapshendelse: Type.Optional(Type.Array(Registerdata, { description: 'The element changes.' })),
    hendelsesaarsakIDsf: Type.Optional(Tekst('Legacy DSF reason text.')),
  },
  { title: 'Hendelse' },
);
export type Hendelse = Static<typeof Hendelse>;

export const DokumentForHendelse = Type.Object(
  {
    dokumentidentifikator: Tekst('Id of this event document (hendelsesdokument in the feed).'),
    skjemaversjon: Tekst('Schema version, "1.0".'),
    hendelse: Hendelse,
  },
  { title: 'DokumentForHendelse', description: 'Event document, GET v1/hendelser/{id} (OMH only).' },
);
export type DokumentForHendelse = Static<typeof DokumentForHendelse>;
