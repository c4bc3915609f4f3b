import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';
import { SIGNERINGSALGORITME } from './algoritmer.ts';

export interface AssertionInnhold {
  readonly klientId: string;
  /** The token service's issuer: the assertion's `aud` (RFC 7523 §3 item 3). */
  readonly issuer: string;
  readonly scopes: readonly string[];
  /** For a vendor: the customer it asks on behalf of (Maskinporten's `consumer_org`). */
  readonly consumerOrg?: string | undefined;
  /** The person acting through the client (a case worker), when the token should name one. */
  readonly sub?: string | undefined;
  readonly naa: Date;
}

/**
 * What a Maskinporten client sends: a JWT signed with its private key, living 60 s (Maskinporten's limit is 120 s,
 * spec §6.1), with a fresh `jti`. `folkeregister token` signs with this, like any client would.
 */
export async function signerKlientAssertion(privatJwk: JWK, innhold: AssertionInnhold): Promise<string> {
  const alg = privatJwk.alg ?? SIGNERINGSALGORITME;
  const iat = Math.floor(innhold.naa.getTime() / 1000);
  return new SignJWT({
    scope: innhold.scopes.join(' '),
    ...(innhold.consumerOrg ? { consumer_org: innhold.consumerOrg } : {}),
    ...(innhold.sub ? { sub: innhold.sub } : {}),
  })
    .setProtectedHeader({ alg, ...(privatJwk.kid ? { kid: privatJwk.kid } : {}) })
    .setIssuer(innhold.klientId)
    .setAudience(innhold.issuer)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 60)
    .setJti(randomUUID())
    .sign(await importJWK(privatJwk, alg));
}
