import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settAdministrator } from '../../../src/access/konsumenter/organisasjoner.ts';
import { registrerStans } from '../../../src/access/konsumenter/stans.ts';
import { lagNoekkelpar } from '../../../src/access/tokens/noekkelpar.ts';
import { adminfeilkatalog, type Adminfeil } from '../../../src/api/admin-konsumenter-feil.ts';
import type { Db } from '../../../src/store/db.ts';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { ADMIN_NOEKKEL, byggTestapp, ekko, forventetFeil, hentToken, registrerTestkonsument, type Testmiljoe } from './hjelpere.ts';

const URL = '/admin/v1/konsumenter';

function adminfeil(feil: Adminfeil, detalj?: string) {
  const { httpStatus, feilkode, feilmelding } = adminfeilkatalog[feil];
  return { httpStatus, alvorlighetsgrad: 'WARNING', feilkode, feilmelding, ...(detalj ? { tilleggsinformasjon: { detalj } } : {}) };
}

describe.each(storeKinds)('the admin API for consumers on %s', (kind) => {
  let db: Db;
  let m: Testmiljoe;
  const admin = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, token = ADMIN_NOEKKEL) =>
    m.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggTestapp(db);
  });
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('refuses callers without the admin key or an administrator’s token', async () => {
    const uten = await m.app.inject({ url: URL });
    expect([uten.statusCode, uten.json()]).toEqual([401, forventetFeil('TokenMissing')]);
    const feilNoekkel = await admin('GET', URL, undefined, 'b'.repeat(36));
    expect([feilNoekkel.statusCode, feilNoekkel.json()]).toEqual([401, forventetFeil('TokenMalformed')]);
    const konsument = await registrerTestkonsument(db, '950000001', ['offentligMedHjemmel']);
    const konsumenttoken = await hentToken(m, konsument, ['folkeregister:deling/offentligmedhjemmel']);
    const utenScope = await admin('GET', URL, undefined, konsumenttoken);
    expect([utenScope.statusCode, utenScope.json()]).toEqual([403, forventetFeil('TokenScopeMissing', { paakrevdScope: 'folkeregister:admin' })]);
  });

  it('manages organisations, packages, client keys, delegations and revocations', async () => {
    const opprettet = await admin('POST', URL, { organisasjonsnummer: '999888999', navn: 'Testkommune' });
    expect([opprettet.statusCode, opprettet.json()]).toEqual([201, { organisasjonsnummer: '999888999', navn: 'Testkommune', administrator: false, rettighetspakker: [] }]);
    expect((await admin('POST', URL, { organisasjonsnummer: '999888999', navn: 'Igjen' })).json()).toEqual(adminfeil('finnesAllerede'));
    expect((await admin('POST', URL, { organisasjonsnummer: '911111111', navn: 'Leverandør AS' })).statusCode).toBe(201);
    expect((await admin('POST', URL, { organisasjonsnummer: '12345', navn: 'Feil' })).json()).toEqual(
      adminfeil('ugyldigForespoersel', 'body/organisasjonsnummer must match pattern "^[0-9]{9}$"'),
    );

    const oedelagt = await m.app.inject({ method: 'POST', url: URL, headers: { authorization: `Bearer ${ADMIN_NOEKKEL}`, 'content-type': 'application/json' }, payload: '{"navn":' });
    expect(oedelagt.json()).toEqual(adminfeil('ugyldigForespoersel'));

    expect((await admin('PUT', `${URL}/999888999/rettighetspakker/offentligMedHjemmel`)).statusCode).toBe(204);
    expect((await admin('PUT', `${URL}/999888999/rettighetspakker/offentligMedHjemmel`)).statusCode).toBe(204);
    expect((await admin('PUT', `${URL}/999888999/rettighetspakker/alt`)).json()).toMatchObject({ httpStatus: 400, feilkode: adminfeil('ugyldigForespoersel').feilkode });
    expect((await admin('PUT', `${URL}/999888000/rettighetspakker/finans`)).json()).toEqual(adminfeil('organisasjonFinnesIkke'));

    const par = await lagNoekkelpar();
    const klient = await admin('POST', `${URL}/999888999/klienter`, { klientId: 'kommune-fag', jwk: par.offentligJwk });
    expect([klient.statusCode, klient.json()]).toEqual([201, { klientId: 'kommune-fag', kid: [par.kid] }]);
    expect((await admin('POST', `${URL}/999888999/klienter`, { klientId: 'kommune-fag', jwk: par.offentligJwk })).json()).toEqual(adminfeil('noekkelFinnes'));
    expect((await admin('POST', `${URL}/911111111/klienter`, { klientId: 'kommune-fag', jwk: (await lagNoekkelpar()).offentligJwk })).json()).toEqual(adminfeil('klientTilhoererAnnen'));
    const privat = await admin('POST', `${URL}/999888999/klienter`, { jwk: par.privatJwk });
    expect([privat.statusCode, privat.json()]).toEqual([400, adminfeil('ugyldigNoekkel', 'Det er en privat nøkkel; registrer bare den offentlige delen.')]);

    const delegert = await admin('POST', `${URL}/999888999/delegeringer`, { leverandoer: '911111111', rettighetspakke: 'offentligMedHjemmel' });
    expect([delegert.statusCode, delegert.json()]).toEqual([201, { organisasjonsnummer: '999888999', leverandoer: '911111111', rettighetspakke: 'offentligMedHjemmel' }]);
    expect((await admin('POST', `${URL}/999888999/delegeringer`, { leverandoer: '911111111', rettighetspakke: 'finans' })).json()).toEqual(adminfeil('delegeringUtenTildeling'));
    expect((await admin('POST', `${URL}/999888999/delegeringer`, { leverandoer: '911111000', rettighetspakke: 'finans' })).json()).toEqual(adminfeil('leverandoerFinnesIkke'));

    const stans = await admin('POST', `${URL}/999888999/stans`, { fra: '2026-12-01', til: '2027-01-01T00:00:00+01:00', grunn: 'Vilkårsbrudd' });
    expect([stans.statusCode, stans.json()]).toEqual([201, { fra: '2026-11-30T23:00:00.000Z', til: '2026-12-31T23:00:00.000Z', grunn: 'Vilkårsbrudd' }]);
    expect((await admin('POST', `${URL}/999888999/stans`, { fra: '2027-01-01', til: '2026-12-01', grunn: 'Baklengs' })).json()).toEqual(adminfeil('ugyldigPeriode'));

    const oversikt = await admin('GET', `${URL}/999888999`);
    expect(oversikt.json()).toEqual({
      organisasjonsnummer: '999888999',
      navn: 'Testkommune',
      administrator: false,
      rettighetspakker: ['offentligMedHjemmel'],
      klienter: [{ klientId: 'kommune-fag', kid: [par.kid] }],
      delegeringer: [{ organisasjonsnummer: '999888999', leverandoer: '911111111', rettighetspakke: 'offentligMedHjemmel' }],
      stans: [{ fra: '2026-11-30T23:00:00.000Z', til: '2026-12-31T23:00:00.000Z', grunn: 'Vilkårsbrudd' }],
    });
    const liste = (await admin('GET', URL)).json() as { organisasjonsnummer: string }[];
    expect(liste.map((o) => o.organisasjonsnummer)).toEqual(expect.arrayContaining(['911111111', '999888999']));

    // The client registered over the API gets tokens through the grant and may call its package.
    const token = await hentToken(m, { klientId: 'kommune-fag', organisasjonsnummer: '999888999', privatJwk: par.privatJwk }, ['folkeregister:deling/offentligmedhjemmel']);
    expect((await ekko(m.app, 'offentligMedHjemmel', token)).statusCode).toBe(200);

    expect((await admin('DELETE', `${URL}/999888999/rettighetspakker/offentligMedHjemmel`)).statusCode).toBe(204);
    expect((await admin('DELETE', `${URL}/999888999/rettighetspakker/offentligMedHjemmel`)).json()).toEqual(adminfeil('ikkeTildelt'));
    expect(await db.query("select * from konsument_delegering where organisasjonsnummer = '999888999'")).toEqual([]);
    expect((await admin('GET', `${URL}/999888000`)).json()).toEqual(adminfeil('organisasjonFinnesIkke'));
  });

  it('accepts an administrator organisation’s token with folkeregister:admin, unless it is revoked', async () => {
    const administrator = await registrerTestkonsument(db, '950000002', []);
    await settAdministrator(db, '950000002', true);
    const token = await hentToken(m, administrator, ['folkeregister:admin']);
    expect((await admin('GET', URL, undefined, token)).statusCode).toBe(200);
    await registrerStans(db, '950000002', { fra: m.klokke.naa(), til: new Date(m.klokke.ms + 60_000), grunn: 'Revisjon' });
    const stanset = await admin('GET', URL, undefined, token);
    expect([stanset.statusCode, stanset.json()]).toMatchObject([403, { feilkode: forventetFeil('KonsumentRevoked').feilkode }]);
  });
});
