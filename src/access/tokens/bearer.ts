import { TokenMalformed, TokenMissing } from './tilgangsfeil.ts';

// RFC 6750 §2.1: `Bearer` (case-insensitive, RFC 9110 §11.1) and a b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** The token of an `Authorization: Bearer …` header; `TokenMissing` without one, `TokenMalformed` for a bad one. */
export function lesBearer(authorization: string | undefined): string {
  if (!authorization || !/^Bearer(\s|$)/i.test(authorization)) throw new TokenMissing();
  const treff = BEARER.exec(authorization);
  if (!treff) throw new TokenMalformed();
  return treff[1]!;
}
