import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { base64url, importJWK, SignJWT, type JWK, type JWTHeaderParameters } from 'jose';
import { expect } from 'vitest';
import { registrerKlient } from '../../../src/access/konsumenter/klienter.ts';
import { opprettOrganisasjon } from '../../../src/access/konsumenter/organisasjoner.ts';
import { rettighetspakkenavn, rettighetspakker, type Rettighetspakke } from '../../../src/access/konsumenter/rettighetspakker.ts';
import { tildelRettighetspakke } from '../../../src/access/konsumenter/tildelinger.ts';
import type { InnebygdUtsteder } from '../../../src/access/tokens/innebygd-utsteder.ts';
import { lesTilgangsinnstillinger } from '../../../src/access/tokens/innstillinger.ts';
import { JWT_BEARER } from '../../../src/access/tokens/jwt-bearer-grant.ts';
import { signerKlientAssertion } from '../../../src/access/tokens/klient-assertion.ts';
import { lagNoekkelpar } from '../../../src/access/tokens/noekkelpar.ts';
import { tilgangsfeilkatalog, type Tilgangsfeilkode } from '../../../src/access/tokens/tilgangsfeil.ts';
import { startTilgang } from '../../../src/access/tokens/tilgang.ts';
import type { TokenVerifier } from '../../../src/access/tokens/token-verifier.ts';
import { adminKonsumenterRoutes } from '../../../src/api/admin-konsumenter-routes.ts';
import { ipBegrensning, lagIpTeller, type IpTeller } from '../../../src/api/ip-begrensning.ts';
import { konsumentTilgang } from '../../../src/api/konsument-tilgang.ts';
import { tokenRoutes } from '../../../src/api/token-routes.ts';
import type { Db } from '../../../src/store/db.ts';

export const ISSUER = 'http://folkeregister.test/';
export const ADMIN_NOEKKEL = 'a'.repeat(20) + '0123456789abcdef';

/** A clock the test moves; the token service, the verifier, revocations and the throttle all read it. */
export class Testklokke {
  ms = Date.parse('2026-11-23T12:00:00Z');
  readonly naa = (): Date => new Date(this.ms);
  frem(sekunder: number): void {
    this.ms += sekunder * 1000;
  }
}

export interface Testmiljoe {
  readonly app: FastifyInstance;
  readonly klokke: Testklokke;
  readonly utsteder: InnebygdUtsteder;
  readonly verifier: TokenVerifier;
}

/**
 * A test app built from the real parts: token service, admin API, and a tiny consumer plugin per package that
 * echoes `request.konsument`, registering the throttle and the token check for itself as the consumer API will.
 */
export async function byggTestapp(db: Db, env: NodeJS.ProcessEnv = {}): Promise<Testmiljoe> {
  const klokke = new Testklokke();
  const innstillinger = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_ADMIN_NOEKKEL: ADMIN_NOEKKEL, ...env });
  const { verifier, utsteder } = await startTilgang(db, innstillinger, klokke.naa);
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } }).withTypeProvider<TypeBoxTypeProvider>();
  const { klokkeslakkSekunder, adminNoekkel } = innstillinger;
  await app.register(tokenRoutes({ db, utsteder: utsteder!, klokkeslakkSekunder, naa: klokke.naa }));
  await app.register(adminKonsumenterRoutes({ db, verifier, adminNoekkel, naa: klokke.naa }));
  await app.register(ekkoRoutes(db, verifier, lagIpTeller(innstillinger.ipGrense), klokke));
  app.get('/aapen', async () => ({ aapen: true }));
  await app.ready();
  return { app, klokke, utsteder: utsteder!, verifier };
}

function ekkoRoutes(db: Db, verifier: TokenVerifier, teller: IpTeller, klokke: Testklokke): FastifyPluginAsync {
  return async (app) => {
    await app.register(ipBegrensning(teller, () => klokke.ms));
    await app.register(konsumentTilgang({ db, verifier, naa: klokke.naa }));
    for (const pakke of rettighetspakkenavn) {
      app.get(`${rettighetspakker[pakke].prefiks}v1/ekko`, async (request) => request.konsument);
    }
  };
}

export function ekkoSti(pakke: Rettighetspakke): string {
  return `${rettighetspakker[pakke].prefiks}v1/ekko`;
}

export interface Testklient {
  readonly klientId: string;
  readonly organisasjonsnummer: string;
  readonly privatJwk: JWK;
}

/** An organisation with the given packages and one client with a fresh key pair. */
export async function registrerTestkonsument(db: Db, organisasjonsnummer: string, pakker: Rettighetspakke[]): Promise<Testklient> {
  await opprettOrganisasjon(db, { organisasjonsnummer, navn: `Test ${organisasjonsnummer}` });
  for (const pakke of pakker) await tildelRettighetspakke(db, organisasjonsnummer, pakke);
  const par = await lagNoekkelpar();
  const klientId = `klient-${organisasjonsnummer}`;
  const registrert = await registrerKlient(db, organisasjonsnummer, { klientId, jwk: par.offentligJwk });
  expect(registrert.ok).toBe(true);
  return { klientId, organisasjonsnummer, privatJwk: par.privatJwk };
}

export function postToken(app: FastifyInstance, felt: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url: '/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(felt).toString(),
  });
}

/** An access token through the real grant over HTTP. */
export async function hentToken(miljoe: Testmiljoe, klient: Testklient, scopes: string[], consumerOrg?: string): Promise<string> {
  const assertion = await signerKlientAssertion(klient.privatJwk, {
    klientId: klient.klientId,
    issuer: ISSUER,
    scopes,
    consumerOrg,
    naa: miljoe.klokke.naa(),
  });
  const svar = await postToken(miljoe.app, { grant_type: JWT_BEARER, assertion });
  expect(svar.json()).toMatchObject({ token_type: 'Bearer' });
  return (svar.json() as { access_token: string }).access_token;
}

/** A JWT with exactly these claims and header, signed with a private JWK (for assertions and tokens a test shapes). */
export async function signer(privatJwk: JWK, claims: Record<string, unknown>, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  const alg = header.alg ?? 'RS256';
  return new SignJWT(claims).setProtectedHeader({ alg, kid: privatJwk.kid, ...header }).sign(await importJWK(privatJwk, alg));
}

/** An unsigned JWT (`alg: none`, RFC 7519 §6). */
export function usignert(claims: Record<string, unknown>): string {
  const del = (o: object) => base64url.encode(JSON.stringify(o));
  return `${del({ alg: 'none', typ: 'JWT' })}.${del(claims)}.`;
}

export function ekko(app: FastifyInstance, pakke: Rettighetspakke, token?: string, ip = '10.0.0.1') {
  return app.inject({
    method: 'GET',
    url: ekkoSti(pakke),
    remoteAddress: ip,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
}

/** The FREG error body the catalogue says, with its additional information. */
export function forventetFeil(kode: Tilgangsfeilkode, tilleggsinformasjon?: Record<string, string>) {
  const { httpStatus, feilkode, feilmelding } = tilgangsfeilkatalog[kode];
  return { httpStatus, alvorlighetsgrad: 'WARNING', feilkode, feilmelding, ...(tilleggsinformasjon ? { tilleggsinformasjon } : {}) };
}
