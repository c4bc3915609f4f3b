import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../../support/stores.ts';
import type { Db } from '../../../src/store/db.ts';
import { feilmelding, hentUtviklingsnokkel, utviklingsutsteder, type InnsynInnstillinger } from '../../../src/access/innsyn/index.ts';
import { ada, innsynApp, logginn, medPersoner, standard } from './oppsett.ts';

const naa = () => Math.floor(Date.now() / 1000);

/** A token like ID-porten's for Ada, with the claims changed as given, signed by `noekkel`. */
function signer(noekkel: CryptoKey | Uint8Array, claims: JWTPayload = {}, alg = 'ES256'): Promise<string> {
  return new SignJWT({ pid: ada.ny, acr: 'idporten-loa-high', iss: utviklingsutsteder, aud: standard.audience, iat: naa(), exp: naa() + 300, ...claims })
    .setProtectedHeader({ alg })
    .sign(noekkel);
}

describe.each(storeKinds)('innsyn tokens on %s', (kind) => {
  const aapne: { close(): unknown }[] = [];
  afterEach(async () => {
    for (const a of aapne.splice(0).reverse()) await a.close();
  });

  async function oppsett(innstillinger: Partial<InnsynInnstillinger> = {}) {
    const db = await freshDb(kind);
    await medPersoner(db);
    const app = await innsynApp(db, innstillinger);
    aapne.push(db, app);
    return { db, app };
  }
  const utviklingsnoekkel = async (db: Db) => importJWK((await hentUtviklingsnokkel(db)).privat, 'ES256') as Promise<CryptoKey>;
  const oppslag = (app: Awaited<ReturnType<typeof oppsett>>['app'], authorization?: string) =>
    app.inject({ method: 'GET', url: '/innsyn/v1/oppslag', headers: authorization ? { authorization } : {} });

  it('refuses missing, malformed, expired, forged, foreign and too weak tokens with 401 and a challenge', async () => {
    const { db, app } = await oppsett();
    const dev = await utviklingsnoekkel(db);
    const { privateKey: fremmed } = await generateKeyPair('ES256');
    const usignert = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ pid: ada.ny, iss: utviklingsutsteder })).toString('base64url')}.`;
    const tilfeller: [string, string | undefined, Parameters<typeof feilmelding>[0], string][] = [
      ['no header', undefined, 'tokenMangler', 'Bearer realm="innsyn"'],
      ['another scheme', 'Basic YWRhOmFkYQ==', 'tokenMangler', 'Bearer realm="innsyn"'],
      ['not a JWT', 'Bearer abc', 'tokenUgyldig', 'Bearer realm="innsyn", error="invalid_token"'],
      ['alg none', `Bearer ${usignert}`, 'tokenUgyldig', 'Bearer realm="innsyn", error="invalid_token"'],
      ['HMAC', `Bearer ${await signer(new TextEncoder().encode('x'.repeat(32)), {}, 'HS256')}`, 'tokenUgyldig', 'Bearer realm="innsyn", error="invalid_token"'],
      ['expired', `Bearer ${await signer(dev, { iat: naa() - 7200, exp: naa() - 3600 })}`, 'tokenUtloept', 'Bearer realm="innsyn", error="invalid_token"'],
      ['unknown issuer', `Bearer ${await signer(dev, { iss: 'https://idporten.no' })}`, 'ukjentUtsteder', 'Bearer realm="innsyn", error="invalid_token"'],
      ['forged signature', `Bearer ${await signer(fremmed)}`, 'tokenUgyldig', 'Bearer realm="innsyn", error="invalid_token"'],
      ['wrong audience', `Bearer ${await signer(dev, { aud: 'noe-annet' })}`, 'tokenUgyldig', 'Bearer realm="innsyn", error="invalid_token"'],
      ['no pid', `Bearer ${await signer(dev, { pid: undefined })}`, 'tokenUgyldig', 'Bearer realm="innsyn", error="invalid_token"'],
      ['too weak a login', `Bearer ${await signer(dev, { acr: 'idporten-loa-low' })}`, 'forLavtSikkerhetsnivaa',
        'Bearer realm="innsyn", error="insufficient_user_authentication", acr_values="idporten-loa-substantial idporten-loa-high"'],
    ];
    for (const [navn, authorization, feil, utfordring] of tilfeller) {
      const svar = await oppslag(app, authorization);
      expect([navn, svar.statusCode, svar.json(), svar.headers['www-authenticate']]).toEqual([navn, 401, feilmelding(feil), utfordring]);
    }
    expect((await oppslag(app, `Bearer ${await signer(dev)}`)).statusCode).toBe(200);
  });

  it('accepts a configured issuer’s RS256 tokens, verified with the JWKS it publishes over HTTP', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    aapne.push({ close: () => new Promise((ok) => server.close(ok)) });
    const { port } = server.address() as AddressInfo;
    const { app } = await oppsett({ utstedere: [{ issuer: 'https://idporten.test', jwksUri: `http://127.0.0.1:${port}/jwks.json` }], utviklingsinnlogging: false });
    const token = await new SignJWT({ pid: ada.gammel, acr: 'idporten-loa-substantial', iss: 'https://idporten.test', aud: standard.audience, iat: naa(), exp: naa() + 120 })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(privateKey);
    const svar = await oppslag(app, `Bearer ${token}`);
    expect([svar.statusCode, svar.json()]).toEqual([200, { oppslag: [] }]);
  });

  it('has no development login when it is off, and refuses the development key’s tokens', async () => {
    const { db, app } = await oppsett({ utviklingsinnlogging: false });
    expect((await app.inject({ method: 'GET', url: `/innsyn/dev/login?pid=${ada.ny}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/innsyn/dev/jwks' })).statusCode).toBe(404);
    const svar = await oppslag(app, `Bearer ${await signer(await utviklingsnoekkel(db))}`);
    expect([svar.statusCode, svar.json()]).toEqual([401, feilmelding('ukjentUtsteder')]);
  });

  it('keeps the development key in the database: a second server accepts the first one’s tokens', async () => {
    const { db, app } = await oppsett();
    const token = await logginn(app, ada.ny);
    const andre = await innsynApp(db);
    aapne.push(andre);
    expect((await oppslag(andre, `Bearer ${token}`)).statusCode).toBe(200);
    const jwks = async (a: typeof app) => (await a.inject({ method: 'GET', url: '/innsyn/dev/jwks' })).json();
    expect(await jwks(andre)).toEqual(await jwks(app));
    expect((await jwks(app)).keys).toEqual([expect.not.objectContaining({ d: expect.anything() })]);
  });

  it('refuses a development login for a number that is no fødselsnummer or D-number', async () => {
    const { app } = await oppsett();
    const svar = await app.inject({ method: 'GET', url: '/innsyn/dev/login?pid=12345678901' });
    expect([svar.statusCode, svar.json()]).toEqual([400, feilmelding('ugyldigPersonidentifikator')]);
  });
});
