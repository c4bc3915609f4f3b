import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registrerStans } from '../../../src/access/konsumenter/stans.ts';
import { delegerRettighetspakke, trekkTilbakeRettighetspakke } from '../../../src/access/konsumenter/tildelinger.ts';
import type { AccessTokenClaims } from '../../../src/access/tokens/access-token.ts';
import { lagNoekkelpar } from '../../../src/access/tokens/noekkelpar.ts';
import type { Db } from '../../../src/store/db.ts';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { byggTestapp, ekko, ekkoSti, forventetFeil, hentToken, ISSUER, registrerTestkonsument, signer, usignert, type Testmiljoe } from './hjelpere.ts';

const OMH = 'folkeregister:deling/offentligmedhjemmel';
const FIN = 'folkeregister:deling/finans';
const START = Date.parse('2026-11-23T12:00:00Z');

describe.each(storeKinds)('the consumer token check on %s', (kind) => {
  let db: Db;
  let m: Testmiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggTestapp(db);
  });
  beforeEach(() => {
    m.klokke.ms = START;
  });
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  /** Claims as the embedded issuer writes them, for tokens a test shapes and signs with the server's own key. */
  function claims(orgnr: string, endre: Partial<AccessTokenClaims> & Record<string, unknown> = {}): AccessTokenClaims {
    const iat = Math.floor(m.klokke.ms / 1000);
    return { iss: ISSUER, aud: 'unspecified', scope: OMH, client_id: 'k', consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${orgnr}` }, iat, exp: iat + 120, jti: randomUUID(), ...endre };
  }

  it('lets a valid token through and decorates the request with what it proved', async () => {
    const klient = await registrerTestkonsument(db, '920000001', ['offentligMedHjemmel', 'finans']);
    const token = await hentToken(m, klient, [OMH, FIN]);
    const svar = await ekko(m.app, 'finans', token);
    expect(svar.statusCode).toBe(200);
    expect(svar.json()).toEqual({ organisasjonsnummer: '920000001', rettighetspakke: 'finans', scopes: [OMH, FIN], klientId: klient.klientId });
    const medSkraastrek = await m.app.inject({ url: `${ekkoSti('offentligMedHjemmel')}/`, headers: { authorization: `Bearer ${token}` } });
    expect(medSkraastrek.json()).toMatchObject({ rettighetspakke: 'offentligMedHjemmel' });
    // The check belongs to the consumer plugin: a sibling route is not behind it.
    expect((await m.app.inject({ url: '/aapen' })).statusCode).toBe(200);
  });

  it('answers 401 without a token, with a challenge but no error code (RFC 6750 §3.1)', async () => {
    for (const authorization of [undefined, 'Basic dXNlcjpwYXNz']) {
      const svar = await m.app.inject({ url: ekkoSti('offentligMedHjemmel'), headers: authorization ? { authorization } : {} });
      expect([svar.statusCode, svar.headers['www-authenticate'], svar.json()]).toEqual([401, 'Bearer', forventetFeil('TokenMissing')]);
    }
  });

  it('answers 401 invalid_token in FREG’s error body for every broken token', async () => {
    await registrerTestkonsument(db, '920000002', ['offentligMedHjemmel']);
    const fremmed = await lagNoekkelpar();
    const serverKid = m.utsteder.jwks.keys[0]!.kid;
    const naa = Math.floor(START / 1000);
    const tilfeller: [string, string, Parameters<typeof forventetFeil>[0]][] = [
      ['not a JWT', 'abc', 'TokenMalformed'],
      ['three parts of nonsense', 'a.b.c', 'TokenMalformed'],
      ['another key under the server’s kid', await signer(fremmed.privatJwk, claims('920000002'), { kid: serverKid }), 'TokenSignatureInvalid'],
      ['another key', await signer(fremmed.privatJwk, claims('920000002')), 'TokenSignatureInvalid'],
      ['another issuer', await signer(fremmed.privatJwk, claims('920000002', { iss: 'https://maskinporten.no/' })), 'TokenIssuerUnknown'],
      ['alg none', usignert(claims('920000002')), 'TokenAlgorithmRefused'],
      ['HS256', await signer({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA' }, claims('920000002'), { alg: 'HS256' }), 'TokenAlgorithmRefused'],
      ['a resource audience', await m.utsteder.signer(claims('920000002', { aud: 'https://folkeregisteret.api.skatteetaten.no' })), 'TokenAudienceInvalid'],
      ['expired', await m.utsteder.signer(claims('920000002', { iat: naa - 200, exp: naa - 11 })), 'TokenExpired'],
      ['issued in the future', await m.utsteder.signer(claims('920000002', { iat: naa + 60, exp: naa + 180 })), 'TokenNotYetValid'],
      ['nbf in the future', await m.utsteder.signer(claims('920000002', { nbf: naa + 60 })), 'TokenNotYetValid'],
      ['no consumer', await m.utsteder.signer(claims('920000002', { consumer: undefined } as never)), 'TokenMalformed'],
      ['a consumer of another scheme', await m.utsteder.signer(claims('920000002', { consumer: { authority: 'iso6523-actorid-upis', ID: '9908:920000002' } })), 'TokenMalformed'],
      ['no exp', await m.utsteder.signer(claims('920000002', { exp: undefined } as never)), 'TokenMalformed'],
    ];
    for (const [navn, token, kode] of tilfeller) {
      const svar = await ekko(m.app, 'offentligMedHjemmel', token);
      expect([navn, svar.statusCode, svar.headers['www-authenticate'], svar.json()]).toEqual([navn, 401, 'Bearer error="invalid_token"', forventetFeil(kode)]);
      expect(svar.body).not.toContain('920000002');
    }
  });

  it('lets a token expire within the clock skew of 10 s, not after', async () => {
    const klient = await registrerTestkonsument(db, '920000003', ['offentligMedHjemmel']);
    const token = await hentToken(m, klient, [OMH]);
    m.klokke.frem(129);
    expect((await ekko(m.app, 'offentligMedHjemmel', token)).statusCode).toBe(200);
    m.klokke.frem(1);
    const svar = await ekko(m.app, 'offentligMedHjemmel', token);
    expect([svar.statusCode, svar.json()]).toEqual([401, forventetFeil('TokenExpired')]);
    expect(svar.body).not.toContain(token);
  });

  it('answers 403 insufficient_scope when the token lacks the package of the path', async () => {
    const klient = await registrerTestkonsument(db, '920000004', ['offentligMedHjemmel', 'finans']);
    const svar = await ekko(m.app, 'finans', await hentToken(m, klient, [OMH]));
    expect(svar.statusCode).toBe(403);
    expect(svar.headers['www-authenticate']).toBe(`Bearer error="insufficient_scope", scope="${FIN}"`);
    expect(svar.json()).toEqual(forventetFeil('TokenScopeMissing', { paakrevdScope: FIN }));
  });

  it('answers 403 when the registry no longer grants the package, whatever the token says', async () => {
    const klient = await registrerTestkonsument(db, '920000005', ['offentligMedHjemmel']);
    const token = await hentToken(m, klient, [OMH]);
    await trekkTilbakeRettighetspakke(db, '920000005', 'offentligMedHjemmel');
    const svar = await ekko(m.app, 'offentligMedHjemmel', token);
    expect([svar.statusCode, svar.headers['www-authenticate'], svar.json()]).toEqual([403, undefined, forventetFeil('KonsumentNotGranted')]);
    expect(svar.body).not.toContain('920000005');
  });

  it('answers 403 during a revocation (§ 12-2) and 200 once it has ended', async () => {
    const klient = await registrerTestkonsument(db, '920000006', ['offentligMedHjemmel']);
    const token = await hentToken(m, klient, [OMH]);
    const til = new Date(START + 30_000);
    await registrerStans(db, '920000006', { fra: new Date(START - 10_000), til, grunn: 'Brudd på vilkårene' });
    await registrerStans(db, '920000006', { fra: new Date(START + 3_600_000), til: new Date(START + 7_200_000), grunn: 'Senere' });
    const under = await ekko(m.app, 'offentligMedHjemmel', token);
    expect([under.statusCode, under.json()]).toEqual([403, forventetFeil('KonsumentRevoked', { stansetTil: til.toISOString() })]);
    expect(under.body).not.toContain('Brudd');
    m.klokke.frem(30);
    expect((await ekko(m.app, 'offentligMedHjemmel', token)).statusCode).toBe(200);
  });

  it('lets a vendor call for a customer only with the package delegated, and not while the vendor is revoked', async () => {
    const kunde = await registrerTestkonsument(db, '920000007', ['offentligMedHjemmel']);
    const leverandoer = await registrerTestkonsument(db, '920000008', []);
    await delegerRettighetspakke(db, kunde.organisasjonsnummer, leverandoer.organisasjonsnummer, 'offentligMedHjemmel');
    const token = await hentToken(m, leverandoer, [OMH], kunde.organisasjonsnummer);
    const svar = await ekko(m.app, 'offentligMedHjemmel', token);
    expect(svar.json()).toEqual({ organisasjonsnummer: '920000007', leverandoer: '920000008', rettighetspakke: 'offentligMedHjemmel', scopes: [OMH], klientId: leverandoer.klientId });

    // A token naming a vendor the customer never delegated to (as another issuer might write it).
    const supplier = { authority: 'iso6523-actorid-upis' as const, ID: '0192:920000009' };
    const udelegert = await ekko(m.app, 'offentligMedHjemmel', await m.utsteder.signer(claims('920000007', { supplier })));
    expect([udelegert.statusCode, udelegert.json()]).toEqual([403, forventetFeil('LeverandoerNotDelegated')]);

    await registrerStans(db, '920000008', { fra: new Date(START - 1000), til: new Date(START + 60_000), grunn: 'Leverandøren' });
    const stanset = await ekko(m.app, 'offentligMedHjemmel', token);
    expect([stanset.statusCode, stanset.json()]).toMatchObject([403, { feilkode: forventetFeil('KonsumentRevoked').feilkode }]);
  });
});

describe.each(storeKinds)('tokens from an external issuer (Maskinporten) on %s', (kind) => {
  let db: Db;
  let m: Testmiljoe;
  let server: Server;
  let maskinporten: Awaited<ReturnType<typeof lagNoekkelpar>>;
  beforeAll(async () => {
    maskinporten = await lagNoekkelpar();
    server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [maskinporten.offentligJwk] })));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwk`;
    db = await freshDb(kind);
    m = await byggTestapp(db, {
      FOLKEREGISTER_TOKEN_ISSUERS: JSON.stringify([{ issuer: 'https://maskinporten.test/', jwksUri }]),
      FOLKEREGISTER_INNEBYGD_UTSTEDER: 'true',
    });
  });
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
    server?.close();
  });

  it('verifies them against the issuer’s JWKS fetched over HTTP, and still asks the registry', async () => {
    await registrerTestkonsument(db, '930000001', ['offentligMedHjemmel']);
    const iat = Math.floor(START / 1000);
    const token = await signer(maskinporten.privatJwk, {
      iss: 'https://maskinporten.test/', aud: 'unspecified', scope: OMH, client_id: 'mp-klient', client_amr: 'virksomhetssertifikat',
      token_type: 'Bearer', consumer: { authority: 'iso6523-actorid-upis', ID: '0192:930000001' }, iat, exp: iat + 120, jti: randomUUID(),
      delegation_source: 'https://www.altinn.no/',
    });
    const svar = await ekko(m.app, 'offentligMedHjemmel', token);
    expect(svar.json()).toEqual({ organisasjonsnummer: '930000001', rettighetspakke: 'offentligMedHjemmel', scopes: [OMH], klientId: 'mp-klient' });
    const ukjentOrg = await signer(maskinporten.privatJwk, { ...decodePayload(token), consumer: { authority: 'iso6523-actorid-upis', ID: '0192:930000002' } });
    expect((await ekko(m.app, 'offentligMedHjemmel', ukjentOrg)).json()).toEqual(forventetFeil('KonsumentNotGranted'));
  });
});

function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}
