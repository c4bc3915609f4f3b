import { Type, type Static, type TNull } from '@sinclair/typebox';
import { rettighetspakkenavn, type Rettighetspakke } from './rettighetspakker.ts';

/**
 * The consumer registry's shapes: one TypeBox schema each, the admin API's validation and OpenAPI text, and the
 * static types the store and the CLI use (STYLE.md §2). Organisation numbers are plain strings here: the Fastify type
 * provider cannot carry a brand, and the schema, the CLI's parse and the table's check constraint all hold the shape.
 */
export const OrganisasjonsnummerSchema = Type.String({
  pattern: '^[0-9]{9}$',
  description: 'Organisasjonsnummer i Enhetsregisteret (9 siffer).',
});

// `KeyOf` of an object keyed by the names gives a union of literals as a tuple, which the Fastify type provider
// reads as the `Rettighetspakke` union; a union built from an array would read as `never`.
const somNoekler = Object.fromEntries(rettighetspakkenavn.map((n) => [n, Type.Null()])) as Record<Rettighetspakke, TNull>;
export const RettighetspakkeSchema = Type.KeyOf(Type.Object(somNoekler), {
  description: 'Rettighetspakke (spec §1.1), f.eks. offentligMedHjemmel.',
});

export const KlientIdSchema = Type.String({
  pattern: '^[A-Za-z0-9._:-]{1,100}$',
  description: 'client_id: `iss` i klientens grant-JWT (RFC 7523 §3).',
});

/** A date (`2026-03-01`, midnight in Norway) or an ISO 8601 instant with offset. */
export const TidspunktInnSchema = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2}))?$',
  description: 'Dato (midnatt norsk tid) eller tidspunkt i ISO 8601 med tidssone.',
});

export const NyOrganisasjon = Type.Object(
  {
    organisasjonsnummer: OrganisasjonsnummerSchema,
    navn: Type.String({ minLength: 1, maxLength: 200, description: 'Virksomhetens navn.' }),
    administrator: Type.Optional(
      Type.Boolean({ description: 'Kan bruke admin-API-et med scope folkeregister:admin.', default: false }),
    ),
  },
  { additionalProperties: false },
);
export type NyOrganisasjon = Static<typeof NyOrganisasjon>;

export const Organisasjon = Type.Object({
  organisasjonsnummer: OrganisasjonsnummerSchema,
  navn: Type.String(),
  administrator: Type.Boolean(),
  rettighetspakker: Type.Array(RettighetspakkeSchema, { description: 'Tildelte rettighetspakker.' }),
});
export type Organisasjon = Static<typeof Organisasjon>;

export const NyKlient = Type.Object(
  {
    klientId: Type.Optional(KlientIdSchema),
    jwk: Type.Record(Type.String(), Type.Unknown(), { description: 'Klientens offentlige nøkkel (JWK, RSA eller EC).' }),
  },
  { additionalProperties: false },
);
export type NyKlient = Static<typeof NyKlient>;

export const Klient = Type.Object({
  klientId: KlientIdSchema,
  kid: Type.Array(Type.String(), { description: 'Nøkkel-id-ene (`kid`) i klientens JWK Set.' }),
});
export type Klient = Static<typeof Klient>;

export const NyDelegering = Type.Object(
  { leverandoer: OrganisasjonsnummerSchema, rettighetspakke: RettighetspakkeSchema },
  { additionalProperties: false },
);
export type NyDelegering = Static<typeof NyDelegering>;

export const Delegering = Type.Object({
  organisasjonsnummer: OrganisasjonsnummerSchema,
  leverandoer: OrganisasjonsnummerSchema,
  rettighetspakke: RettighetspakkeSchema,
});
export type Delegering = Static<typeof Delegering>;

export const NyStans = Type.Object(
  {
    fra: TidspunktInnSchema,
    til: TidspunktInnSchema,
    grunn: Type.String({ minLength: 1, maxLength: 1000, description: 'Begrunnelse (folkeregisterloven § 12-2).' }),
  },
  { additionalProperties: false },
);
export type NyStans = Static<typeof NyStans>;

export const Stans = Type.Object({
  fra: Type.String({ format: 'date-time', description: 'Stansen gjelder fra og med.' }),
  til: Type.String({ format: 'date-time', description: 'Stansen gjelder til (ikke med).' }),
  grunn: Type.String(),
});
export type Stans = Static<typeof Stans>;

export const KonsumentOversikt = Type.Composite([
  Organisasjon,
  Type.Object({
    klienter: Type.Array(Klient),
    delegeringer: Type.Array(Delegering, { description: 'Delegeringer fra og til organisasjonen.' }),
    stans: Type.Array(Stans),
  }),
]);
export type KonsumentOversikt = Static<typeof KonsumentOversikt>;
