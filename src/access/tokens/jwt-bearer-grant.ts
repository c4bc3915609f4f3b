import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { Db, Queryable } from '../../store/db.ts';
import { finnKlient } from '../konsumenter/klienter.ts';
import { Organisasjonsnummer } from '../konsumenter/organisasjonsnummer.ts';
import { finnRettighetspakkeForScope } from '../konsumenter/rettighetspakker.ts';
import { hentTildelinger } from '../konsumenter/tilgangskontroll.ts';
import { ressursForScope, SAKSBEHANDLING_SCOPE } from '../produsenter/scopes.ts';
import { hentRessurser } from '../produsenter/tilganger.ts';
import { ADMIN_SCOPE, AUD_UNSPECIFIED, delScope, type AccessTokenClaims } from './access-token.ts';
import { verifiserAssertion } from './assertion.ts';
import type { InnebygdUtsteder } from './innebygd-utsteder.ts';
import {
  AssertionMalformed, AssertionReplayed, ClientUnknown, GrantTypeUnsupported, RequestInvalid, ScopeMissing, ScopeNotGranted,
} from './oauth-feil.ts';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Maskinporten's token response (RFC 6749 §5.1). */
export interface TokenSvar {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export interface GrantOptions {
  readonly klokkeslakkSekunder: number;
  readonly naa?: () => Date;
}

/**
 * Maskinporten's JWT-bearer grant (RFC 7523 §2.1, spec §6.1): a registered client proves itself with an assertion
 * signed by its key and gets an access token for scopes its organisation holds, or, for a vendor naming a customer
 * in `consumer_org`, scopes the customer has delegated to it. Rejects with an `OAuthFeil`.
 *
 * NOTE: this is the only way tokens are made, the `folkeregister token` command included; never sign access tokens
 * anywhere else.
 */
export async function utfoerJwtBearerGrant(
  db: Db,
  utsteder: InnebygdUtsteder,
  forespoersel: { grant_type?: string | undefined; assertion?: string | undefined },
  options: GrantOptions,
): Promise<TokenSvar> {
  if (forespoersel.grant_type === undefined) throw new RequestInvalid();
  if (forespoersel.grant_type !== JWT_BEARER) throw new GrantTypeUnsupported();
  if (!forespoersel.assertion) throw new RequestInvalid();
  const naa = (options.naa ?? (() => new Date()))();
  const klient = await finnKlient(db, lesUverifisertKlientId(forespoersel.assertion));
  if (!klient) throw new ClientUnknown();
  const { klokkeslakkSekunder } = options;
  const forventet = { issuer: utsteder.issuer, naa, klokkeslakkSekunder };
  const assertion = await verifiserAssertion(forespoersel.assertion, klient, forventet);
  const delegert = assertion.consumerOrg !== undefined && assertion.consumerOrg !== klient.organisasjonsnummer;
  const organisasjonsnummer = delegert ? assertion.consumerOrg! : klient.organisasjonsnummer;
  const leverandoer = delegert ? klient.organisasjonsnummer : undefined;
  const scopes = await godkjennScopes(db, assertion.scope, organisasjonsnummer, leverandoer);
  // Only a case worker's token names a person: their decisions are recorded under it (docs/saksbehandling.md).
  const sub = scopes.includes(SAKSBEHANDLING_SCOPE) ? assertion.sub : undefined;
  await registrerJti(db, klient.klientId, assertion.jti, new Date((assertion.exp + klokkeslakkSekunder) * 1000), naa);
  const iat = Math.floor(naa.getTime() / 1000);
  const claims: AccessTokenClaims & Record<string, unknown> = {
    iss: utsteder.issuer,
    aud: AUD_UNSPECIFIED,
    scope: scopes.join(' '),
    client_id: klient.klientId,
    client_amr: 'private_key_jwt',
    token_type: 'Bearer',
    consumer: Organisasjonsnummer.tilIso6523(organisasjonsnummer),
    ...(leverandoer ? { supplier: Organisasjonsnummer.tilIso6523(leverandoer) } : {}),
    ...(sub ? { sub } : {}),
    iat,
    exp: iat + utsteder.tokenLevetidSekunder,
    jti: randomUUID(),
  };
  const access_token = await utsteder.signer(claims);
  return { access_token, token_type: 'Bearer', expires_in: utsteder.tokenLevetidSekunder, scope: claims.scope };
}

/** The client id is the assertion's `iss` (RFC 7523 §3 item 1); read unverified only to find whose keys verify it. */
function lesUverifisertKlientId(assertion: string): string {
  let iss: unknown;
  try {
    iss = decodeJwt(assertion).iss;
  } catch {
    throw new AssertionMalformed();
  }
  if (typeof iss !== 'string' || iss.length === 0) throw new AssertionMalformed();
  return iss;
}

/** All requested scopes or none: Maskinporten refuses the whole request when one scope is not granted. */
async function godkjennScopes(
  db: Queryable,
  scope: string | undefined,
  organisasjonsnummer: Organisasjonsnummer,
  leverandoer: Organisasjonsnummer | undefined,
): Promise<string[]> {
  const scopes = [...new Set(delScope(scope ?? ''))];
  if (scopes.length === 0) throw new ScopeMissing();
  const tildelt = await hentTildelinger(db, organisasjonsnummer, leverandoer);
  // Producers send their own messages: no vendor gets a producer scope (the registry holds no such delegation).
  const ressurser = leverandoer ? [] : await hentRessurser(db, organisasjonsnummer);
  const godkjent = (s: string) => {
    if (s === ADMIN_SCOPE || s === SAKSBEHANDLING_SCOPE) return tildelt.administrator;
    const ressurs = ressursForScope(s);
    if (ressurs) return ressurser.includes(ressurs);
    const pakke = finnRettighetspakkeForScope(s);
    return pakke !== undefined && tildelt.rettighetspakker.includes(pakke);
  };
  if (!scopes.every(godkjent)) throw new ScopeNotGranted();
  return scopes;
}

/** Records the assertion's `jti` until the assertion could no longer be accepted anyway (RFC 7523 §3 item 7). */
async function registrerJti(db: Queryable, klientId: string, jti: string, utloeper: Date, naa: Date): Promise<void> {
  await db.query('delete from tokenutsteder_brukt_jti where utloeper < $1::timestamptz', [naa.toISOString()]);
  const ny = await db.query(
    `insert into tokenutsteder_brukt_jti (klient_id, jti, utloeper) values ($1, $2, $3::timestamptz)
     on conflict do nothing returning 1`,
    [klientId, jti, utloeper.toISOString()],
  );
  if (ny.length === 0) throw new AssertionReplayed();
}
