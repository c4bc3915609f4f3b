import type { Queryable } from '../../store/db.ts';
import type { Ressurs } from '../../intake/kontrakt.ts';
import type { Organisasjonsnummer } from '../konsumenter/organisasjonsnummer.ts';
import { avgjoerAdmintilgang } from '../konsumenter/tilgangskontroll.ts';
import { erProdusentscope, produsentscope, SAKSBEHANDLING_SCOPE } from '../produsenter/scopes.ts';
import { hentRessurser } from '../produsenter/tilganger.ts';
import { lesBearer } from './bearer.ts';
import { KonsumentNotGranted, KonsumentRevoked, TokenMalformed, TokenScopeMissing } from './tilgangsfeil.ts';
import type { TokenVerifier } from './token-verifier.ts';
import type { Kall } from './bekreft-tilgang.ts';

/** What a producer call has proved: the request decoration of the producer API. */
export interface Produsent {
  readonly organisasjonsnummer: Organisasjonsnummer;
  readonly klientId: string;
}

/**
 * A producer call: a valid token (401), the resource's scope in it (403 `ManglerScope`), and the registry's grant of
 * the resource to the organisation (403). `ressurs` undefined: the feedback feed, which any producer scope opens.
 * Producers send their own messages: a vendor token (`supplier`) is refused, as the registry holds no producer
 * delegations.
 */
export async function bekreftProdusent(
  db: Queryable,
  verifier: TokenVerifier,
  kall: Kall & { ressurs: Ressurs | undefined },
): Promise<Produsent> {
  const token = await verifier.verifiser(lesBearer(kall.authorization));
  if (kall.ressurs) {
    const scope = produsentscope(kall.ressurs);
    if (!token.scopes.includes(scope)) throw new TokenScopeMissing(scope);
  } else if (!token.scopes.some(erProdusentscope)) {
    throw new TokenScopeMissing('folkeregister:mottak/*');
  }
  if (token.leverandoer) throw new KonsumentNotGranted();
  const tildelt = await hentRessurser(db, token.organisasjonsnummer);
  if (kall.ressurs ? !tildelt.includes(kall.ressurs) : tildelt.length === 0) throw new KonsumentNotGranted();
  return { organisasjonsnummer: token.organisasjonsnummer, klientId: token.klientId };
}

/** What a case worker's call has proved: the register authority's organisation and the person acting. */
export interface Saksbehandler {
  readonly organisasjonsnummer: Organisasjonsnummer;
  /** The case worker (`pid` or `sub` of the token): recorded on every step of a case. */
  readonly ident: string;
}

/**
 * A case worker's call: the scope `folkeregister:saksbehandling`, an organisation the registry marks as administrator
 * (the register authority) and not revoked, and a token that names the case worker. A token without one is malformed
 * for this API: every decision must be traceable to a person (folkeregisterloven § 9-4).
 */
export async function bekreftSaksbehandler(db: Queryable, verifier: TokenVerifier, kall: Kall): Promise<Saksbehandler> {
  const token = await verifier.verifiser(lesBearer(kall.authorization));
  if (!token.scopes.includes(SAKSBEHANDLING_SCOPE)) throw new TokenScopeMissing(SAKSBEHANDLING_SCOPE);
  if (token.leverandoer) throw new KonsumentNotGranted();
  if (!token.subjekt) throw new TokenMalformed();
  const avgjoerelse = await avgjoerAdmintilgang(db, token.organisasjonsnummer, kall.naa);
  if (avgjoerelse.utfall === 'stanset') throw new KonsumentRevoked(avgjoerelse.til);
  if (avgjoerelse.utfall !== 'tillatt') throw new KonsumentNotGranted();
  return { organisasjonsnummer: token.organisasjonsnummer, ident: token.subjekt };
}
