import { base64url, calculateJwkThumbprint, importJWK, type JWK } from 'jose';
import { TILLATTE_ALGORITMER } from '../tokens/algoritmer.ts';

/** Members that only a private or symmetric key has (RFC 7518 §6.2.2, §6.3.2, §6.4). */
const PRIVATE_MEDLEMMER = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

export type JwkTolkning = { ok: true; jwk: JWK } | { ok: false; melding: string };

/**
 * A client's public key as registered: RSA (≥ 2048 bits, RFC 8725 §3.5 via NIST SP 800-131A) or EC P-256, reduced
 * to its public members, with a `kid` (the RFC 7638 thumbprint when none is given). A private key is refused: it
 * should never have left the client.
 */
export async function lesOffentligJwk(input: unknown): Promise<JwkTolkning> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return feil('JWK må være et JSON-objekt.');
  const jwk = input as Record<string, unknown>;
  if (PRIVATE_MEDLEMMER.some((m) => m in jwk)) return feil('Det er en privat nøkkel; registrer bare den offentlige delen.');
  if (jwk.alg !== undefined && !(TILLATTE_ALGORITMER as readonly unknown[]).includes(jwk.alg)) {
    return feil(`alg må være en av ${TILLATTE_ALGORITMER.join(', ')}.`);
  }
  const offentlig = offentligeMedlemmer(jwk);
  if (!offentlig) return feil('Bare RSA-nøkler (kty RSA, n, e) og EC P-256-nøkler (kty EC, crv, x, y) støttes.');
  if (jwk.alg !== undefined && (jwk.alg === 'ES256') !== (offentlig.kty === 'EC')) return feil('alg passer ikke til kty.');
  if (offentlig.kty === 'RSA' && base64url.decode(offentlig.n!).length < 256) return feil('RSA-nøkler må ha minst 2048 bit.');
  try {
    await importJWK(offentlig, offentlig.kty === 'EC' ? 'ES256' : 'RS256');
  } catch {
    return feil('Nøkkelen kan ikke leses.');
  }
  const kid = typeof jwk.kid === 'string' && jwk.kid.length > 0 ? jwk.kid : await calculateJwkThumbprint(offentlig);
  return { ok: true, jwk: { ...offentlig, kid, use: 'sig', ...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}) } };
}

function offentligeMedlemmer(jwk: Record<string, unknown>): JWK | undefined {
  const tekst = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  if (jwk.kty === 'RSA' && tekst(jwk.n) && tekst(jwk.e)) return { kty: 'RSA', n: jwk.n, e: jwk.e };
  if (jwk.kty === 'EC' && jwk.crv === 'P-256' && tekst(jwk.x) && tekst(jwk.y)) {
    return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  }
  return undefined;
}

function feil(melding: string): JwkTolkning {
  return { ok: false, melding };
}
