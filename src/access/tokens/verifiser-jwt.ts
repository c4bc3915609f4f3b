import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';

/**
 * `jwtVerify` over a key set that may hold several keys fitting the header (a JWT without `kid`, a client with two
 * keys during rotation): jose then throws `JWKSMultipleMatchingKeys`, iterable over the candidates, and leaves it to
 * the caller to try each (jose docs, `createLocalJWKSet`). The first key whose signature holds wins.
 */
export async function verifiserJwt(token: string, noekler: JWTVerifyGetKey, options: JWTVerifyOptions): Promise<JWTPayload> {
  try {
    return (await jwtVerify(token, noekler, options)).payload;
  } catch (error) {
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
    for await (const noekkel of error) {
      try {
        return (await jwtVerify(token, noekkel, options)).payload;
      } catch (feil) {
        if (!(feil instanceof errors.JWSSignatureVerificationFailed)) throw feil;
      }
    }
    throw new errors.JWSSignatureVerificationFailed();
  }
}

/** What failed in a JWT, whichever kind of JWT it was: access tokens and client assertions name their own errors. */
export type JwtFeilart = 'format' | 'algoritme' | 'signatur' | 'utsteder' | 'mottaker' | 'utloept' | 'ikkeGyldigEnna';

/** jose's error as a `JwtFeilart`; undefined for what is no fault of the JWT (a JWKS that cannot be fetched). */
export function joseFeilart(error: unknown): JwtFeilart | undefined {
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algoritme';
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return 'signatur';
  if (error instanceof errors.JWTExpired) return 'utloept';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'ikkeGyldigEnna';
    if (error.claim === 'aud') return 'mottaker';
    if (error.claim === 'iss') return 'utsteder';
    return 'format';
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return 'format';
  }
  return undefined;
}

/** jose only checks `iat` against `maxTokenAge`; a JWT issued in the future is not valid yet (RFC 7519 §4.1.6). */
export function utstedtIFremtiden(iat: number | undefined, naa: Date, klokkeslakkSekunder: number): boolean {
  return (iat ?? 0) > naa.getTime() / 1000 + klokkeslakkSekunder;
}
