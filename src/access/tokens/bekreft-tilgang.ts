import { createHash, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../../store/db.ts';
import type { Organisasjonsnummer } from '../konsumenter/organisasjonsnummer.ts';
import { rettighetspakker, type Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { avgjoerAdmintilgang, avgjoerTilgang, type Tilgangsavgjoerelse } from '../konsumenter/tilgangskontroll.ts';
import { ADMIN_SCOPE } from './access-token.ts';
import { lesBearer } from './bearer.ts';
import { KonsumentNotGranted, KonsumentRevoked, LeverandoerNotDelegated, TokenScopeMissing } from './tilgangsfeil.ts';
import type { TokenVerifier } from './token-verifier.ts';

/** What a consumer call has proved: the request decoration of the consumer API (STYLE.md §3). */
export interface Konsument {
  readonly organisasjonsnummer: Organisasjonsnummer;
  readonly leverandoer?: Organisasjonsnummer;
  readonly rettighetspakke: Rettighetspakke;
  readonly scopes: readonly string[];
  readonly klientId: string;
}

export interface Kall {
  readonly authorization: string | undefined;
  readonly naa: Date;
}

/**
 * A consumer call to a package's path: a valid token (401 otherwise), the package's scope in it, and the registry's
 * yes: granted, delegated when a vendor calls, not revoked (403 otherwise). Rejects with a `Tilgangsfeil`.
 */
export async function bekreftKonsument(
  db: Queryable,
  verifier: TokenVerifier,
  kall: Kall & { rettighetspakke: Rettighetspakke },
): Promise<Konsument> {
  const token = await verifier.verifiser(lesBearer(kall.authorization));
  const { scope } = rettighetspakker[kall.rettighetspakke];
  if (!token.scopes.includes(scope)) throw new TokenScopeMissing(scope);
  const { organisasjonsnummer, leverandoer, scopes, klientId } = token;
  avvisHvisIkkeTillatt(
    await avgjoerTilgang(db, { organisasjonsnummer, leverandoer, rettighetspakke: kall.rettighetspakke, naa: kall.naa }),
  );
  return { organisasjonsnummer, ...(leverandoer ? { leverandoer } : {}), rettighetspakke: kall.rettighetspakke, scopes, klientId };
}

export type Administrator =
  | { readonly via: 'noekkel' }
  | { readonly via: 'token'; readonly organisasjonsnummer: Organisasjonsnummer; readonly klientId: string };

/**
 * An admin call: the configured static key, or a token with `folkeregister:admin` of an organisation the registry
 * marks as administrator (and not through a vendor: administration is not delegable).
 */
export async function bekreftAdministrator(
  db: Queryable,
  verifier: TokenVerifier,
  kall: Kall & { adminNoekkel?: string | undefined },
): Promise<Administrator> {
  const bearer = lesBearer(kall.authorization);
  if (kall.adminNoekkel !== undefined && likeIKonstantTid(bearer, kall.adminNoekkel)) return { via: 'noekkel' };
  const token = await verifier.verifiser(bearer);
  if (!token.scopes.includes(ADMIN_SCOPE)) throw new TokenScopeMissing(ADMIN_SCOPE);
  if (token.leverandoer) throw new KonsumentNotGranted();
  avvisHvisIkkeTillatt(await avgjoerAdmintilgang(db, token.organisasjonsnummer, kall.naa));
  return { via: 'token', organisasjonsnummer: token.organisasjonsnummer, klientId: token.klientId };
}

function avvisHvisIkkeTillatt(avgjoerelse: Tilgangsavgjoerelse): void {
  if (avgjoerelse.utfall === 'ikkeTildelt') throw new KonsumentNotGranted();
  if (avgjoerelse.utfall === 'ikkeDelegert') throw new LeverandoerNotDelegated();
  if (avgjoerelse.utfall === 'stanset') throw new KonsumentRevoked(avgjoerelse.til);
}

/** Compares digests, so neither the key's length nor its prefix leaks through the time taken. */
function likeIKonstantTid(a: string, b: string): boolean {
  const sha = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(sha(a), sha(b));
}
