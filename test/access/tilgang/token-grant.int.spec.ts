import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opprettOrganisasjon } from '../../../src/access/konsumenter/organisasjoner.ts';
import { delegerRettighetspakke, tildelRettighetspakke } from '../../../src/access/konsumenter/tildelinger.ts';
import { JWT_BEARER } from '../../../src/access/tokens/jwt-bearer-grant.ts';
import { lagNoekkelpar } from '../../../src/access/tokens/noekkelpar.ts';
import { oauthfeilkatalog, type OAuthFeilnavn } from '../../../src/access/tokens/oauth-feil.ts';
import type { Db } from '../../../src/store/db.ts';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { byggTestapp, hentToken, ISSUER, postToken, registrerTestkonsument, signer, usignert, type Testklient, type Testmiljoe } from './hjelpere.ts';

const OMH = 'folkeregister:deling/offentligmedhjemmel';
const FIN = 'folkeregister:deling/finans';

function oauth(navn: OAuthFeilnavn) {
  return { error: oauthfeilkatalog[navn].error, error_description: oauthfeilkatalog[navn].beskrivelse };
}

describe.each(storeKinds)('the embedded token service on %s', (kind) => {
  let db: Db;
  let m: Testmiljoe;
  let klient: Testklient;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggTestapp(db);
    klient = await registrerTestkonsument(db, '910000001', ['offentligMedHjemmel']);
  });
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  /** A valid assertion for `klient`, with claims or header replaced as a test needs. */
  function assertion(endre: Record<string, unknown> = {}, header = {}, jwk: JWK = klient.privatJwk) {
    const iat = Math.floor(m.klokke.ms / 1000);
    const claims = { aud: ISSUER, iss: klient.klientId, scope: OMH, iat, exp: iat + 60, jti: randomUUID(), ...endre };
    return signer(jwk, Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined)), header);
  }

  it('publishes its metadata (RFC 8414) and its public keys', async () => {
    const metadata = await m.app.inject({ method: 'GET', url: '/.well-known/oauth-authorization-server' });
    expect(metadata.json()).toMatchObject({
      issuer: ISSUER,
      token_endpoint: 'http://folkeregister.test/token',
      jwks_uri: 'http://folkeregister.test/jwks',
      grant_types_supported: [JWT_BEARER],
    });
    const { keys } = (await m.app.inject({ method: 'GET', url: '/jwks' })).json() as { keys: JWK[] };
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0]!).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
  });

  it('answers a valid grant with a Maskinporten-shaped token that verifies against /jwks', async () => {
    const svar = await postToken(m.app, { grant_type: JWT_BEARER, assertion: await assertion() });
    expect(svar.statusCode).toBe(200);
    expect(svar.headers['cache-control']).toBe('no-store');
    const body = svar.json() as { access_token: string };
    expect(body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 120, scope: OMH });
    const iat = Math.floor(m.klokke.ms / 1000);
    expect(decodeJwt(body.access_token)).toEqual({
      iss: ISSUER,
      aud: 'unspecified',
      scope: OMH,
      client_id: klient.klientId,
      client_amr: 'private_key_jwt',
      token_type: 'Bearer',
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:910000001' },
      iat,
      exp: iat + 120,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const jwks = (await m.app.inject({ method: 'GET', url: '/jwks' })).json() as { keys: JWK[] };
    expect(decodeProtectedHeader(body.access_token)).toEqual({ alg: 'RS256', kid: jwks.keys[0]!.kid, typ: 'JWT' });
    await jwtVerify(body.access_token, createLocalJWKSet(jwks), { issuer: ISSUER, currentDate: m.klokke.naa() });
  });

  it('gives a vendor a token for its customer only for packages the customer delegated to it', async () => {
    const leverandoer = await registrerTestkonsument(db, '910000002', []);
    await opprettOrganisasjon(db, { organisasjonsnummer: '910000003', navn: 'Kunde' });
    await tildelRettighetspakke(db, '910000003', 'offentligMedHjemmel');
    await tildelRettighetspakke(db, '910000003', 'finans');
    const spoer = async (scope: string) =>
      postToken(m.app, {
        grant_type: JWT_BEARER,
        assertion: await signer(leverandoer.privatJwk, {
          aud: ISSUER, iss: leverandoer.klientId, scope, consumer_org: '910000003',
          iat: Math.floor(m.klokke.ms / 1000), exp: Math.floor(m.klokke.ms / 1000) + 60, jti: randomUUID(),
        }),
      });
    expect((await spoer(OMH)).json()).toEqual(oauth('ScopeNotGranted'));
    expect(await delegerRettighetspakke(db, '910000003', '910000002', 'offentligMedHjemmel')).toBe('delegert');
    const svar = await spoer(OMH);
    expect(svar.statusCode).toBe(200);
    expect(decodeJwt((svar.json() as { access_token: string }).access_token)).toMatchObject({
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:910000003' },
      supplier: { authority: 'iso6523-actorid-upis', ID: '0192:910000002' },
      client_id: leverandoer.klientId,
    });
    expect((await spoer(`${OMH} ${FIN}`)).json()).toEqual(oauth('ScopeNotGranted'));
  });

  it('refuses an assertion signed by another key', async () => {
    const annen = await lagNoekkelpar();
    const svar = await postToken(m.app, { grant_type: JWT_BEARER, assertion: await assertion({}, { kid: klient.privatJwk.kid }, annen.privatJwk) });
    expect(svar.statusCode).toBe(400);
    expect(svar.json()).toEqual(oauth('AssertionSignatureInvalid'));
  });

  it.each([
    ['another aud', { aud: 'https://maskinporten.no/' }, 'AssertionAudienceInvalid'],
    ['exp − iat of 121 s', { exp: Math.floor(Date.parse('2026-11-23T12:00:00Z') / 1000) + 121 }, 'AssertionLifetimeTooLong'],
    ['a resource claim', { resource: 'https://folkeregisteret.api.skatteetaten.no' }, 'AssertionClaimUnknown'],
    ['an unknown claim', { resource: 'https://folkeregister.no/' }, 'AssertionClaimUnknown'],
    ['no jti', { jti: undefined }, 'AssertionMalformed'],
    ['a malformed consumer_org', { consumer_org: '0192:910000003' }, 'AssertionMalformed'],
    ['no scope', { scope: undefined }, 'ScopeMissing'],
    ['a scope not granted', { scope: FIN }, 'ScopeNotGranted'],
    ['an unknown scope', { scope: 'folkeregister:deling/alt' }, 'ScopeNotGranted'],
    ['the admin scope without being administrator', { scope: 'folkeregister:admin' }, 'ScopeNotGranted'],
  ] as const)('refuses an assertion with %s', async (_navn, endre, feil) => {
    const svar = await postToken(m.app, { grant_type: JWT_BEARER, assertion: await assertion(endre) });
    expect(svar.statusCode).toBe(400);
    expect(svar.json()).toEqual(oauth(feil));
  });

  it('refuses expired and future assertions, and unsigned or HMAC ones', async () => {
    const naa = Math.floor(m.klokke.ms / 1000);
    const hs256 = await signer({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA' }, { aud: ISSUER, iss: klient.klientId, scope: OMH, iat: naa, exp: naa + 60, jti: randomUUID() }, { alg: 'HS256' });
    const tilfeller = [
      [await assertion({ iat: naa - 100, exp: naa - 20 }), 'AssertionExpired'],
      [await assertion({ iat: naa + 30, exp: naa + 90 }), 'AssertionNotYetValid'],
      [usignert({ aud: ISSUER, iss: klient.klientId, scope: OMH, iat: naa, exp: naa + 60, jti: randomUUID() }), 'AssertionAlgorithmRefused'],
      [hs256, 'AssertionAlgorithmRefused'],
      ['ikke.en.jwt', 'AssertionMalformed'],
    ] as const;
    for (const [a, feil] of tilfeller) expect((await postToken(m.app, { grant_type: JWT_BEARER, assertion: a })).json()).toEqual(oauth(feil));
  });

  it('never accepts a jti twice, and a refused assertion does not use its jti up', async () => {
    const jti = randomUUID();
    const foerst = await assertion({ jti, scope: FIN });
    expect((await postToken(m.app, { grant_type: JWT_BEARER, assertion: foerst })).json()).toEqual(oauth('ScopeNotGranted'));
    const gjenbrukt = await assertion({ jti });
    expect((await postToken(m.app, { grant_type: JWT_BEARER, assertion: gjenbrukt })).statusCode).toBe(200);
    const igjen = await postToken(m.app, { grant_type: JWT_BEARER, assertion: gjenbrukt });
    expect(igjen.statusCode).toBe(400);
    expect(igjen.json()).toEqual(oauth('AssertionReplayed'));
    const rader = await db.query<{ utloeper: Date }>('select utloeper from tokenutsteder_brukt_jti where klient_id = $1 and jti = $2', [klient.klientId, jti]);
    // Kept until the assertion's exp plus the clock skew: after that it would be refused as expired anyway.
    expect(rader.map((r) => new Date(r.utloeper).getTime())).toEqual([m.klokke.ms + 70_000]);
  });

  it('answers unknown clients, wrong grant types and non-form requests in OAuth’s shape', async () => {
    const ukjent = await postToken(m.app, { grant_type: JWT_BEARER, assertion: await assertion({ iss: 'ukjent-klient' }) });
    expect([ukjent.statusCode, ukjent.json()]).toEqual([401, oauth('ClientUnknown')]);
    const feilType = await postToken(m.app, { grant_type: 'client_credentials', assertion: await assertion() });
    expect([feilType.statusCode, feilType.json()]).toEqual([400, oauth('GrantTypeUnsupported')]);
    const utenAssertion = await postToken(m.app, { grant_type: JWT_BEARER });
    expect([utenAssertion.statusCode, utenAssertion.json()]).toEqual([400, oauth('RequestInvalid')]);
    const json = await m.app.inject({ method: 'POST', url: '/token', payload: { grant_type: JWT_BEARER, assertion: await assertion() } });
    expect([json.statusCode, json.json()]).toEqual([400, oauth('RequestInvalid')]);
    const oedelagt = await m.app.inject({ method: 'POST', url: '/token', headers: { 'content-type': 'application/json' }, payload: '{"grant_type":' });
    expect([oedelagt.statusCode, oedelagt.json()]).toEqual([400, oauth('RequestInvalid')]);
    const tom = await m.app.inject({ method: 'POST', url: '/token' });
    expect([tom.statusCode, tom.json()]).toEqual([400, oauth('RequestInvalid')]);
  });

  it('hands out tokens the consumer API accepts', async () => {
    const token = await hentToken(m, klient, [OMH]);
    const svar = await m.app.inject({ method: 'GET', url: '/folkeregisteret/offentlig-med-hjemmel/api/v1/ekko', headers: { authorization: `Bearer ${token}` } });
    expect(svar.statusCode).toBe(200);
  });
});
