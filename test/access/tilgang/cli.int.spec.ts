import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lagNoekkelpar } from '../../../src/access/tokens/noekkelpar.ts';
import { konsumentCommand } from '../../../src/cli/konsument.ts';
import { tokenCommand } from '../../../src/cli/token.ts';
import type { Db } from '../../../src/store/db.ts';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { byggTestapp, ekko, forventetFeil, hentToken, ISSUER, type Testmiljoe } from './hjelpere.ts';

const OMH = 'folkeregister:deling/offentligmedhjemmel';

describe.each(storeKinds)('the konsument and token commands on %s', (kind) => {
  let db: Db;
  let m: Testmiljoe;
  let mappe: string;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggTestapp(db);
    mappe = await mkdtemp(join(tmpdir(), 'folkeregister-tilgang-'));
  });
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
    await rm(mappe, { recursive: true, force: true });
  });

  async function konsument(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const kode = await konsumentCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { db });
    return { kode, out, err };
  }
  async function token(args: string[], env: NodeJS.ProcessEnv = { FOLKEREGISTER_ISSUER: ISSUER }) {
    const out: string[] = [];
    const err: string[] = [];
    const kode = await tokenCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { db, env, naa: m.klokke.naa });
    return { kode, out, err };
  }

  it('registers organisations, packages, keys, delegations and revocations', async () => {
    expect(await konsument('opprett', '--orgnr', '960000001', '--navn', 'CLI-kommune')).toEqual({ kode: 0, out: ['Registrerte 960000001 CLI-kommune.'], err: [] });
    expect(await konsument('opprett', '--orgnr', '960000001', '--navn', 'Igjen')).toEqual({ kode: 1, out: [], err: ['960000001 er allerede registrert.'] });
    expect((await konsument('opprett', '--orgnr', '960000002', '--navn', 'Leverandør AS')).kode).toBe(0);
    expect((await konsument('tilgang', '--orgnr', '960000001', '--pakke', 'offentligMedHjemmel')).out).toEqual(['Tildelte offentligMedHjemmel til 960000001.']);
    expect((await konsument('tilgang', '--orgnr', '960000001', '--pakke', 'folkeregister:deling/finans')).out).toEqual(['Tildelte finans til 960000001.']);
    expect((await konsument('tilgang', '--orgnr', '960000001', '--pakke', 'finans', '--trekk-tilbake')).out).toEqual(['Trakk tilbake finans fra 960000001.']);

    const generert = await konsument('klient', '--orgnr', '960000001');
    expect(generert.kode).toBe(0);
    const { klientId, kid, privatJwk } = JSON.parse(generert.out[0]!) as { klientId: string; kid: string[]; privatJwk: JWK };
    expect(privatJwk).toMatchObject({ kty: 'RSA', kid: kid[0], d: expect.any(String) });
    expect(generert.err).toEqual(['Den private nøkkelen (privatJwk) vises bare nå: lagre den hos klienten, den finnes ikke her.']);
    const lagret = await db.query<{ noekler: { keys: JWK[] } }>('select noekler from konsument_klient where klient_id = $1', [klientId]);
    expect(lagret[0]!.noekler.keys.map((k) => 'd' in k)).toEqual([false]);
    const tilgangstoken = await hentToken(m, { klientId, organisasjonsnummer: '960000001', privatJwk }, [OMH]);
    expect((await ekko(m.app, 'offentligMedHjemmel', tilgangstoken)).statusCode).toBe(200);

    const fil = join(mappe, 'klient.jwk.json');
    const par = await lagNoekkelpar();
    await writeFile(fil, JSON.stringify(par.offentligJwk));
    expect(await konsument('klient', '--orgnr', '960000001', '--jwk', fil, '--klient-id', 'cli-klient')).toEqual({ kode: 0, out: [JSON.stringify({ klientId: 'cli-klient', kid: [par.kid] })], err: [] });
    await writeFile(fil, JSON.stringify(par.privatJwk));
    expect((await konsument('klient', '--orgnr', '960000001', '--jwk', fil)).kode).toBe(1);

    expect((await konsument('deleger', '--orgnr', '960000001', '--leverandoer', '960000002', '--pakke', 'offentligMedHjemmel')).out).toEqual(['Delegerte offentligMedHjemmel fra 960000001 til 960000002.']);
    expect(await konsument('deleger', '--orgnr', '960000001', '--leverandoer', '960000002', '--pakke', 'finans')).toEqual({ kode: 1, out: [], err: ['Avvist: ikkeTildelt.'] });

    const stans = await konsument('stans', '--orgnr', '960000001', '--fra', '2026-11-23', '--til', '2026-11-24T00:00:00+01:00', '--grunn', 'Test');
    expect(stans).toEqual({ kode: 0, out: ['Stanset 960000001 fra 2026-11-22T23:00:00.000Z til 2026-11-23T23:00:00.000Z.'], err: [] });
    const stanset = await ekko(m.app, 'offentligMedHjemmel', tilgangstoken);
    expect(stanset.json()).toEqual(forventetFeil('KonsumentRevoked', { stansetTil: '2026-11-23T23:00:00.000Z' }));

    const liste = (await konsument('liste')).out.map((l) => JSON.parse(l) as { organisasjonsnummer: string; rettighetspakker: string[] });
    expect(liste.filter((o) => o.organisasjonsnummer.startsWith('96000000'))).toEqual([
      { organisasjonsnummer: '960000001', navn: 'CLI-kommune', administrator: false, rettighetspakker: ['offentligMedHjemmel'] },
      { organisasjonsnummer: '960000002', navn: 'Leverandør AS', administrator: false, rettighetspakker: [] },
    ]);
    const vis = JSON.parse((await konsument('vis', '--orgnr', '960000001')).out[0]!) as Record<string, unknown>;
    // Clients in byte order of their ids (`collate "C"`), the same on both stores.
    const klienter = [{ klientId: 'cli-klient', kid: [par.kid] }, { klientId, kid }].sort((a, b) => (a.klientId < b.klientId ? -1 : 1));
    expect(vis).toMatchObject({ klienter, stans: [{ grunn: 'Test' }] });
  });

  it('answers wrong usage with the usage text and exit code 2', async () => {
    for (const args of [[], ['ukjent'], ['opprett', '--orgnr', '960000001'], ['tilgang', '--orgnr', '960000001', '--pakke', 'alt'], ['liste', '--ukjent']]) {
      const svar = await konsument(...args);
      expect([args, svar.kode, svar.err.at(-1)]).toEqual([args, 2, expect.stringContaining('folkeregister konsument liste')]);
    }
  });

  it('prints a working token for a development client, through the real grant', async () => {
    const foerste = await token(['--scope', OMH, '--org', '960000010']);
    expect(foerste.kode).toBe(0);
    const svar = await ekko(m.app, 'offentligMedHjemmel', foerste.out[0]);
    expect(svar.json()).toEqual({ organisasjonsnummer: '960000010', rettighetspakke: 'offentligMedHjemmel', scopes: [OMH], klientId: 'utvikling-960000010' });
    // The same client and key the next time; the grant gave it a fresh jti.
    const andre = await token(['--scope', OMH, '--org', '960000010', '--json']);
    expect(JSON.parse(andre.out[0]!)).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 120, scope: OMH });
    expect(await db.query("select klient_id from konsument_klient where organisasjonsnummer = '960000010'")).toEqual([{ klient_id: 'utvikling-960000010' }]);
    expect(await db.query("select count(*)::int as n from tokenutsteder_brukt_jti where klient_id = 'utvikling-960000010'")).toEqual([{ n: 2 }]);

    const leverandoer = await token(['--scope', OMH, '--org', '960000011', '--leverandoer', '960000012']);
    expect(decodeJwt(leverandoer.out[0]!)).toMatchObject({ consumer: { ID: '0192:960000011' }, supplier: { ID: '0192:960000012' }, client_id: 'utvikling-960000012' });
    expect((await ekko(m.app, 'offentligMedHjemmel', leverandoer.out[0])).json()).toMatchObject({ organisasjonsnummer: '960000011', leverandoer: '960000012' });

    const admin = await token(['--scope', 'folkeregister:admin', '--org', '960000013']);
    const adminSvar = await m.app.inject({ url: '/admin/v1/konsumenter/960000010', headers: { authorization: `Bearer ${admin.out[0]}` } });
    expect(adminSvar.json()).toMatchObject({ organisasjonsnummer: '960000010', rettighetspakker: ['offentligMedHjemmel'] });
  });

  it('refuses what the token service would refuse, unknown scopes, and runs only with the embedded issuer on', async () => {
    expect(await token(['--scope', 'folkeregister:admin', '--org', '960000020', '--leverandoer', '960000021'])).toEqual({
      kode: 1, out: [], err: ['Token-tjenesten avviste: invalid_scope: A requested scope is not granted to the organisation, or not delegated to the vendor'],
    });
    expect((await token(['--scope', 'folkeregister:deling/alt', '--org', '960000020'])).kode).toBe(2);
    expect((await token(['--scope', OMH])).kode).toBe(2);
    const ekstern = await token(['--scope', OMH, '--org', '960000020'], { FOLKEREGISTER_TOKEN_ISSUERS: JSON.stringify([{ issuer: 'https://maskinporten.no/', jwksUri: 'https://maskinporten.no/jwk' }]) });
    expect(ekstern).toEqual({ kode: 1, out: [], err: ['Den innebygde token-tjenesten er av (eksterne utstedere er konfigurert): hent token fra Maskinporten.'] });
  });
});
