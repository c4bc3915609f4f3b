/**
 * Why the embedded token service refuses a grant, one class per failure, rendered as OAuth's error response
 * `{ error, error_description }` (RFC 6749 §5.2). RFC 7523 §3.1 makes every fault in the assertion `invalid_grant`;
 * an unknown client is `invalid_client` (401), a scope the organisation does not hold `invalid_scope`.
 *
 * `error_description` must be ASCII without `"` and `\` (RFC 6749 §5.2), so these texts are English and never echo
 * the caller's input.
 */
export type OAuthFeilkode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type';

export const oauthfeilkatalog = {
  RequestInvalid: { error: 'invalid_request', beskrivelse: 'Send a form (application/x-www-form-urlencoded) with grant_type and assertion' },
  GrantTypeUnsupported: { error: 'unsupported_grant_type', beskrivelse: 'grant_type must be urn:ietf:params:oauth:grant-type:jwt-bearer (RFC 7523)' },
  ClientUnknown: { error: 'invalid_client', beskrivelse: 'The iss of the assertion is not a registered client_id' },
  AssertionMalformed: { error: 'invalid_grant', beskrivelse: 'The assertion is not a signed JWT with iss, aud, iat, exp and jti' },
  AssertionAlgorithmRefused: { error: 'invalid_grant', beskrivelse: 'The assertion must be signed with RS256, RS384, RS512, PS256 or ES256' },
  AssertionSignatureInvalid: { error: 'invalid_grant', beskrivelse: 'The assertion signature does not verify with a registered key of the client' },
  AssertionAudienceInvalid: { error: 'invalid_grant', beskrivelse: 'The aud of the assertion must be the issuer of this token service' },
  AssertionExpired: { error: 'invalid_grant', beskrivelse: 'The assertion has expired' },
  AssertionNotYetValid: { error: 'invalid_grant', beskrivelse: 'The assertion is not valid yet (iat or nbf in the future)' },
  AssertionLifetimeTooLong: { error: 'invalid_grant', beskrivelse: 'exp - iat of the assertion must be at most 120 seconds' },
  AssertionClaimUnknown: { error: 'invalid_grant', beskrivelse: 'The assertion has a claim other than aud, iss, iat, exp, nbf, jti, scope and consumer_org (resource is not supported: FREG expects aud unspecified)' },
  AssertionReplayed: { error: 'invalid_grant', beskrivelse: 'The jti of the assertion has been used before' },
  ScopeMissing: { error: 'invalid_scope', beskrivelse: 'The assertion must ask for at least one scope' },
  ScopeNotGranted: { error: 'invalid_scope', beskrivelse: 'A requested scope is not granted to the organisation, or not delegated to the vendor' },
} as const satisfies Record<string, { error: OAuthFeilkode; beskrivelse: string }>;

export type OAuthFeilnavn = keyof typeof oauthfeilkatalog;

export abstract class OAuthFeil extends Error {
  readonly error: OAuthFeilkode;
  /** invalid_client is 401, the rest 400 (RFC 6749 §5.2). */
  readonly httpStatus: 400 | 401;

  protected constructor(readonly navn: OAuthFeilnavn) {
    super(oauthfeilkatalog[navn].beskrivelse);
    this.name = navn;
    this.error = oauthfeilkatalog[navn].error;
    this.httpStatus = this.error === 'invalid_client' ? 401 : 400;
  }

  tilSvar(): { error: OAuthFeilkode; error_description: string } {
    return { error: this.error, error_description: this.message };
  }
}

export class RequestInvalid extends OAuthFeil { constructor() { super('RequestInvalid'); } }
export class GrantTypeUnsupported extends OAuthFeil { constructor() { super('GrantTypeUnsupported'); } }
export class ClientUnknown extends OAuthFeil { constructor() { super('ClientUnknown'); } }
export class AssertionMalformed extends OAuthFeil { constructor() { super('AssertionMalformed'); } }
export class AssertionAlgorithmRefused extends OAuthFeil { constructor() { super('AssertionAlgorithmRefused'); } }
export class AssertionSignatureInvalid extends OAuthFeil { constructor() { super('AssertionSignatureInvalid'); } }
export class AssertionAudienceInvalid extends OAuthFeil { constructor() { super('AssertionAudienceInvalid'); } }
export class AssertionExpired extends OAuthFeil { constructor() { super('AssertionExpired'); } }
export class AssertionNotYetValid extends OAuthFeil { constructor() { super('AssertionNotYetValid'); } }
export class AssertionLifetimeTooLong extends OAuthFeil { constructor() { super('AssertionLifetimeTooLong'); } }
export class AssertionClaimUnknown extends OAuthFeil { constructor() { super('AssertionClaimUnknown'); } }
export class AssertionReplayed extends OAuthFeil { constructor() { super('AssertionReplayed'); } }
export class ScopeMissing extends OAuthFeil { constructor() { super('ScopeMissing'); } }
export class ScopeNotGranted extends OAuthFeil { constructor() { super('ScopeNotGranted'); } }
