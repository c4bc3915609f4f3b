import { createLocalJWKSet, type JWK } from 'jose';
import { Organisasjonsnummer } from '../konsumenter/organisasjonsnummer.ts';
import { TILLATTE_ALGORITMER } from './algoritmer.ts';
import {
  AssertionAlgorithmRefused, AssertionAudienceInvalid, AssertionClaimUnknown, AssertionExpired,
  AssertionLifetimeTooLong, AssertionMalformed, AssertionNotYetValid, AssertionSignatureInvalid, type OAuthFeil,
} from './oauth-feil.ts';
import { joseFeilart, utstedtIFremtiden, verifiserJwt, type JwtFeilart } from './verifiser-jwt.ts';

/** Maskinporten accepts assertions that live at most 120 seconds (spec §6.1 step 3). */
export const MAKS_ASSERTION_LEVETID_SEKUNDER = 120;

/**
 * The claims a client may put in its grant assertion: RFC 7523 §3's, Maskinporten's `scope`, and `consumer_org` for a
 * vendor asking on behalf of a customer. Anything else is refused rather than ignored, so a client relying on a claim
 * we do not implement (`resource`, which would change `aud` away from FREG's "unspecified") finds out at once.
 */
const KJENTE_CLAIMS = new Set(['aud', 'iss', 'iat', 'exp', 'nbf', 'jti', 'scope', 'consumer_org', 'sub']);

export interface VerifisertAssertion {
  readonly jti: string;
  readonly exp: number;
  readonly scope: string | undefined;
  readonly consumerOrg: Organisasjonsnummer | undefined;
  /** The person acting through the client (RFC 7523 §3 item 2); carried into the token only for case workers. */
  readonly sub: string | undefined;
}

/** Verifies a client's grant assertion (RFC 7523 §3) against the client's registered public keys. */
export async function verifiserAssertion(
  assertion: string,
  klient: { klientId: string; noekler: JWK[] },
  forventet: { issuer: string; naa: Date; klokkeslakkSekunder: number },
): Promise<VerifisertAssertion> {
  const claims = await verifiserJwt(assertion, createLocalJWKSet({ keys: klient.noekler }), {
    issuer: klient.klientId,
    audience: forventet.issuer,
    algorithms: [...TILLATTE_ALGORITMER],
    clockTolerance: forventet.klokkeslakkSekunder,
    currentDate: forventet.naa,
    requiredClaims: ['iss', 'aud', 'iat', 'exp', 'jti'],
  }).catch((error: unknown) => {
    const art = joseFeilart(error);
    throw art ? new feilFor[art]() : error;
  });
  if (utstedtIFremtiden(claims.iat, forventet.naa, forventet.klokkeslakkSekunder)) throw new AssertionNotYetValid();
  if (claims.exp! - claims.iat! > MAKS_ASSERTION_LEVETID_SEKUNDER) throw new AssertionLifetimeTooLong();
  if (Object.keys(claims).some((c) => !KJENTE_CLAIMS.has(c))) throw new AssertionClaimUnknown();
  const { jti, scope, consumer_org, sub } = claims;
  const consumerOrg = consumer_org === undefined ? undefined : Organisasjonsnummer.parse(consumer_org);
  if (typeof jti !== 'string' || jti.length === 0 || (scope !== undefined && typeof scope !== 'string')) {
    throw new AssertionMalformed();
  }
  if (consumer_org !== undefined && !consumerOrg) throw new AssertionMalformed();
  if (sub !== undefined && (typeof sub !== 'string' || !/^[\w.@:-]{1,100}$/.test(sub))) throw new AssertionMalformed();
  return { jti, exp: claims.exp!, scope: scope as string | undefined, consumerOrg, sub };
}

const feilFor: Record<JwtFeilart, new () => OAuthFeil> = {
  format: AssertionMalformed,
  algoritme: AssertionAlgorithmRefused,
  signatur: AssertionSignatureInvalid,
  utsteder: AssertionMalformed,
  mottaker: AssertionAudienceInvalid,
  utloept: AssertionExpired,
  ikkeGyldigEnna: AssertionNotYetValid,
};
