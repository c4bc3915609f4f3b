import { Type, type Static } from '@sinclair/typebox';

/**
 * Why a consumer's call is refused, one class per failure (STYLE.md §4), rendered in FREG's error body
 * `FolkeregisterFeilmelding` (spec §1.2: used for 401/403/406 on every consumer endpoint). The catalogue below is the
 * one list of codes; `docs/tilgang.md` shows it and a test keeps the two equal.
 *
 * NOTE: never put a token, a claim value or an identity number in a message: these bodies and their log lines reach
 * whoever called (STYLE.md §7).
 */
export const FolkeregisterFeilmelding = Type.Object({
  httpStatus: Type.Integer(),
  alvorlighetsgrad: Type.Union([Type.Literal('WARNING'), Type.Literal('ERROR')]),
  feilkode: Type.String({ description: 'Feilens kode; se docs/tilgang.md.' }),
  feilmelding: Type.String(),
  tilleggsinformasjon: Type.Optional(Type.Record(Type.String(), Type.String())),
});
export type FolkeregisterFeilmelding = Static<typeof FolkeregisterFeilmelding>;

interface Katalograd {
  readonly httpStatus: 401 | 403 | 429;
  readonly feilkode: string;
  readonly feilmelding: string;
}

// The prefix of the app's error catalogue (src/api/feil/katalog.ts); `KonsumentManglerTilgangException` and
// `ForMangeForespoerslerException` are the same codes there, the first is FREG's own (spec §1.2).
const P = 'ske.folkeregister.konsument.';

export const tilgangsfeilkatalog = {
  TokenMissing: { httpStatus: 401, feilkode: `${P}TokenManglerException`, feilmelding: 'Kallet mangler Authorization: Bearer med et access token fra Maskinporten.' },
  TokenMalformed: { httpStatus: 401, feilkode: `${P}UgyldigTokenException`, feilmelding: 'Tokenet er ikke en signert JWT med de påkrevde claims (iss, aud, scope, client_id, consumer, iat, exp).' },
  TokenAlgorithmRefused: { httpStatus: 401, feilkode: `${P}AlgoritmeIkkeTillattException`, feilmelding: 'Tokenet er signert med en algoritme som ikke er tillatt.' },
  TokenSignatureInvalid: { httpStatus: 401, feilkode: `${P}UgyldigSignaturException`, feilmelding: 'Tokenets signatur kan ikke verifiseres med utstederens nøkler.' },
  TokenIssuerUnknown: { httpStatus: 401, feilkode: `${P}UkjentUtstederException`, feilmelding: 'Tokenet er utstedt av en utsteder som ikke er godkjent.' },
  TokenAudienceInvalid: { httpStatus: 401, feilkode: `${P}UgyldigMottakerException`, feilmelding: 'Tokenets aud er ikke godkjent; be om token uten resource (aud "unspecified").' },
  TokenExpired: { httpStatus: 401, feilkode: `${P}TokenUtloeptException`, feilmelding: 'Tokenet er utløpt.' },
  TokenNotYetValid: { httpStatus: 401, feilkode: `${P}TokenIkkeGyldigEnnaException`, feilmelding: 'Tokenet er ikke gyldig ennå.' },
  TokenScopeMissing: { httpStatus: 403, feilkode: `${P}ManglerScopeException`, feilmelding: 'Tokenet mangler scopet for tjenesten som kalles.' },
  KonsumentNotGranted: { httpStatus: 403, feilkode: `${P}KonsumentManglerTilgangException`, feilmelding: 'Virksomheten har ikke tilgang til denne rettighetspakken.' },
  LeverandoerNotDelegated: { httpStatus: 403, feilkode: `${P}LeverandoerManglerDelegeringException`, feilmelding: 'Leverandøren har ikke fått rettighetspakken delegert fra virksomheten.' },
  KonsumentRevoked: { httpStatus: 403, feilkode: `${P}TilgangStansetException`, feilmelding: 'Tilgangen er stanset etter folkeregisterloven § 12-2.' },
  TooManyRequests: { httpStatus: 429, feilkode: `${P}ForMangeForespoerslerException`, feilmelding: 'For mange forespørsler fra denne IP-adressen; vent så mange sekunder som Retry-After sier.' },
} as const satisfies Record<string, Katalograd>;

export type Tilgangsfeilkode = keyof typeof tilgangsfeilkatalog;

export abstract class Tilgangsfeil extends Error {
  readonly httpStatus: 401 | 403 | 429;
  readonly feilkode: string;

  protected constructor(
    readonly kode: Tilgangsfeilkode,
    readonly tilleggsinformasjon?: Record<string, string>,
  ) {
    const rad = tilgangsfeilkatalog[kode];
    super(rad.feilmelding);
    this.name = kode;
    this.httpStatus = rad.httpStatus;
    this.feilkode = rad.feilkode;
  }

  tilFeilmelding(): FolkeregisterFeilmelding {
    return {
      httpStatus: this.httpStatus,
      alvorlighetsgrad: 'WARNING',
      feilkode: this.feilkode,
      feilmelding: this.message,
      ...(this.tilleggsinformasjon ? { tilleggsinformasjon: this.tilleggsinformasjon } : {}),
    };
  }
}

export class TokenMissing extends Tilgangsfeil { constructor() { super('TokenMissing'); } }
export class TokenMalformed extends Tilgangsfeil { constructor() { super('TokenMalformed'); } }
export class TokenAlgorithmRefused extends Tilgangsfeil { constructor() { super('TokenAlgorithmRefused'); } }
export class TokenSignatureInvalid extends Tilgangsfeil { constructor() { super('TokenSignatureInvalid'); } }
export class TokenIssuerUnknown extends Tilgangsfeil { constructor() { super('TokenIssuerUnknown'); } }
export class TokenAudienceInvalid extends Tilgangsfeil { constructor() { super('TokenAudienceInvalid'); } }
export class TokenExpired extends Tilgangsfeil { constructor() { super('TokenExpired'); } }
export class TokenNotYetValid extends Tilgangsfeil { constructor() { super('TokenNotYetValid'); } }
/** Says which scope the path needs: public knowledge (spec §1.1), and what the caller must ask Maskinporten for. */
export class TokenScopeMissing extends Tilgangsfeil {
  constructor(readonly scope: string) { super('TokenScopeMissing', { paakrevdScope: scope }); }
}
export class KonsumentNotGranted extends Tilgangsfeil { constructor() { super('KonsumentNotGranted'); } }
export class LeverandoerNotDelegated extends Tilgangsfeil { constructor() { super('LeverandoerNotDelegated'); } }
/** Tells the organisation when its own revocation ends; the reason is given to it by the register authority. */
export class KonsumentRevoked extends Tilgangsfeil {
  constructor(til: Date) { super('KonsumentRevoked', { stansetTil: til.toISOString() }); }
}
export class TooManyRequests extends Tilgangsfeil {
  constructor(readonly ventSekunder: number) { super('TooManyRequests'); }
}
