import { decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/** What a valid token proves: who the citizen is (`pid`, their identity number) and how they logged in. */
export interface Innbygger {
  readonly pid: string;
  readonly acr: string;
}

export interface Tokenkrav {
  /** Accepted issuers and their keys; a token names its issuer, whose keys alone may have signed it. */
  readonly utstedere: ReadonlyMap<string, JWTVerifyGetKey>;
  readonly audience: string;
  readonly acr: readonly string[];
}

export type Tokenavvisning = 'tokenMangler' | 'tokenUgyldig' | 'tokenUtloept' | 'ukjentUtsteder' | 'forLavtSikkerhetsnivaa';
export type Tokentolkning = { readonly ok: true; readonly innbygger: Innbygger } | { readonly ok: false; readonly feil: Tokenavvisning };

// ID-porten signs with RS256; the development login with ES256. `none` and HMAC never (RFC 8725 §3.1).
const algoritmer = ['RS256', 'PS256', 'ES256'];

/**
 * Verifies an ID-porten-style bearer token (RFC 6750): signature by the keys of the issuer it names, `iss` in the
 * configured list, `aud`, `exp`/`nbf` with 30 s skew, an 11-digit `pid` and an accepted `acr`. Refusals are values.
 */
export async function verifiserInnbyggertoken(authorization: string | undefined, krav: Tokenkrav, naa?: Date): Promise<Tokentolkning> {
  const token = /^Bearer ([A-Za-z0-9_.-]+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return { ok: false, feil: 'tokenMangler' };
  let issuer: string | undefined;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    return { ok: false, feil: 'tokenUgyldig' };
  }
  const noekler = issuer === undefined ? undefined : krav.utstedere.get(issuer);
  if (!issuer || !noekler) return { ok: false, feil: 'ukjentUtsteder' };
  try {
    const { payload } = await jwtVerify(token, noekler, {
      issuer,
      audience: krav.audience,
      algorithms: algoritmer,
      clockTolerance: 30,
      requiredClaims: ['exp', 'pid', 'acr'],
      ...(naa ? { currentDate: naa } : {}),
    });
    const { pid, acr } = payload;
    if (typeof pid !== 'string' || !/^\d{11}$/.test(pid) || typeof acr !== 'string') return { ok: false, feil: 'tokenUgyldig' };
    if (!krav.acr.includes(acr)) return { ok: false, feil: 'forLavtSikkerhetsnivaa' };
    return { ok: true, innbygger: { pid, acr } };
  } catch (error) {
    return { ok: false, feil: error instanceof errors.JWTExpired ? 'tokenUtloept' : 'tokenUgyldig' };
  }
}
