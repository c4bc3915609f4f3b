import type { Db } from '../../store/db.ts';
import type { Organisasjonsnummer } from '../konsumenter/organisasjonsnummer.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { sikreUtviklingsklient } from '../konsumenter/utviklingsklient.ts';
import { ADMIN_SCOPE } from './access-token.ts';
import { ressursForScope, SAKSBEHANDLING_SCOPE } from '../produsenter/scopes.ts';
import type { Ressurs } from '../../intake/kontrakt.ts';
import { startInnebygdUtsteder } from './innebygd-utsteder.ts';
import type { Tilgangsinnstillinger } from './innstillinger.ts';
import { JWT_BEARER, utfoerJwtBearerGrant, type TokenSvar } from './jwt-bearer-grant.ts';
import { signerKlientAssertion } from './klient-assertion.ts';

export interface Utviklingstokenbestilling {
  readonly scopes: readonly string[];
  readonly pakker: readonly Rettighetspakke[];
  readonly organisasjonsnummer: Organisasjonsnummer;
  readonly leverandoer?: Organisasjonsnummer | undefined;
  /** The person acting (a case worker's ident, with `folkeregister:saksbehandling`). */
  readonly sub?: string | undefined;
  readonly naa: () => Date;
}

/**
 * A development access token through the real grant: the organisation, its packages and a development client are
 * made if missing, an assertion is signed with the client's key and run through the same JWT-bearer grant as
 * `POST /token`. Used by `folkeregister token` and by `GET /dev/token` of the embedded default.
 * Rejects with `OAuthFeil` for what the token service itself refuses (e.g. folkeregister:admin for a vendor).
 */
export async function utstedUtviklingstoken(
  db: Db,
  innebygd: NonNullable<Tilgangsinnstillinger['innebygdUtsteder']>,
  klokkeslakkSekunder: number,
  b: Utviklingstokenbestilling,
): Promise<TokenSvar> {
  const utsteder = await startInnebygdUtsteder(db, innebygd);
  const klient = await sikreUtviklingsklient(db, {
    organisasjonsnummer: b.organisasjonsnummer,
    leverandoer: b.leverandoer,
    rettighetspakker: [...b.pakker],
    administrator: b.scopes.includes(ADMIN_SCOPE) || b.scopes.includes(SAKSBEHANDLING_SCOPE),
    ressurser: b.scopes.map(ressursForScope).filter((r): r is Ressurs => r !== undefined),
  });
  const assertion = await signerKlientAssertion(klient.privatJwk, {
    klientId: klient.klientId,
    issuer: utsteder.issuer,
    scopes: b.scopes,
    consumerOrg: b.leverandoer ? b.organisasjonsnummer : undefined,
    sub: b.sub,
    naa: b.naa(),
  });
  return utfoerJwtBearerGrant(db, utsteder, { grant_type: JWT_BEARER, assertion }, { klokkeslakkSekunder, naa: b.naa });
}
