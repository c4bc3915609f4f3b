import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { Revisjonslogg, Tjeneste } from '../../../src/access/revisjon/index.ts';
import { Rettighetspakke } from '../../../src/access/konsumenter/rettighetspakker.ts';
import { feilmelding, type InnsynInnstillinger } from '../../../src/access/innsyn/index.ts';
import { eksempelrad, somAppRolle } from '../revisjon/eksempler.ts';
import { ada, bo, innsynApp, logginn, medPersoner } from './oppsett.ts';

const hent = (app: FastifyInstance, token: string, url = '/innsyn/v1/oppslag') =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

describe.each(storeKinds)('innsyn in who looked me up, on %s', (kind) => {
  const aapne: { close(): Promise<unknown> }[] = [];
  afterEach(async () => {
    for (const a of aapne.splice(0).reverse()) await a.close();
  });

  /** Four disclosures, one minute apart: Ada via her old number by a bank's vendor, by a public body, in a bulk lookup; Bo. */
  async function oppsett(innstillinger: Partial<InnsynInnstillinger> = {}) {
    const db = await freshDb(kind);
    const id = await medPersoner(db);
    let t = Date.parse('2026-11-23T11:00:00Z');
    const logg = new Revisjonslogg(db, { klokke: () => new Date((t += 60_000)) });
    await logg.registrer([eksempelrad({ personidentifikator: ada.gammel, personId: id.ada, leverandoer: '920000002', formaal: 'Kredittvurdering' })]);
    await logg.registrer([eksempelrad({ personidentifikator: ada.ny, personId: id.ada, rettighetspakke: Rettighetspakke.offentligMedHjemmel })]);
    await logg.registrer([eksempelrad({ personidentifikator: ada.ny, personId: id.ada, tjeneste: Tjeneste.bulkoppslag })]);
    await logg.registrer([eksempelrad({ personidentifikator: bo, personId: id.bo, organisasjonsnummer: '930000003' })]);
    const app = await innsynApp(db, innstillinger);
    aapne.push(db, app);
    return { db, app, id, logg };
  }

  const privat = {
    tidspunkt: '2026-11-23T12:01:00.000+01:00',
    organisasjon: { organisasjonsnummer: '910000001' },
    leverandoer: { organisasjonsnummer: '920000002' },
    rettighetspakke: 'privat',
    tjeneste: 'personer/{id}',
    personidentifikator: ada.gammel,
    parter: ['person-basis'],
    formaal: 'Kredittvurdering',
    innsynsrelevant: true,
  };

  it('lists the lookups the law covers, made via any of the person’s numbers, to a login with either number', async () => {
    const { app } = await oppsett();
    for (const pid of [ada.ny, ada.gammel]) {
      const svar = await hent(app, await logginn(app, pid));
      expect(svar.statusCode).toBe(200);
      expect(svar.headers['cache-control']).toBe('no-store');
      expect(svar.json()).toEqual({ oppslag: [privat] });
    }
  });

  it('lists every disclosure, newest first, when the scope is set to all', async () => {
    const { app } = await oppsett({ omfang: 'alle' });
    const svar = await hent(app, await logginn(app, ada.ny));
    const felles = { organisasjon: { organisasjonsnummer: '910000001' }, personidentifikator: ada.ny, parter: ['person-basis'], innsynsrelevant: false };
    expect(svar.json()).toEqual({
      oppslag: [
        { ...felles, tidspunkt: '2026-11-23T12:03:00.000+01:00', rettighetspakke: 'privat', tjeneste: 'personer/bulkoppslag' },
        { ...felles, tidspunkt: '2026-11-23T12:02:00.000+01:00', rettighetspakke: 'offentligMedHjemmel', tjeneste: 'personer/{id}' },
        privat,
      ],
    });
  });

  it('shows no one else’s lookups, and none to a person not in the register', async () => {
    const { app } = await oppsett();
    const boSvar = (await hent(app, await logginn(app, bo))).json() as { oppslag: { organisasjon: unknown; personidentifikator: string }[] };
    expect(boSvar.oppslag.map((o) => [o.organisasjon, o.personidentifikator])).toEqual([[{ organisasjonsnummer: '930000003' }, bo]]);
    expect((await hent(app, await logginn(app, '08858096031'))).json()).toEqual({ oppslag: [] });
  });

  it('shows a lookup as soon as its audit row is committed, which is before the lookup’s response', async () => {
    const { app, id, logg } = await oppsett();
    const token = await logginn(app, ada.ny);
    for (let i = 0; i < 5; i++) {
      await logg.registrer([eksempelrad({ personidentifikator: ada.ny, personId: id.ada, forespoerselId: `straks-${i}`, organisasjonsnummer: `94000000${i}` })]);
      const [nyeste] = (await hent(app, token)).json().oppslag as { organisasjon: { organisasjonsnummer: string } }[];
      expect(nyeste!.organisasjon.organisasjonsnummer).toBe(`94000000${i}`);
    }
  });

  it('pages newest first, each page linking the next', async () => {
    const { app, id, logg } = await oppsett();
    for (let i = 0; i < 4; i++) await logg.registrer([eksempelrad({ personidentifikator: ada.ny, personId: id.ada, formaal: `nr ${i}` })]);
    const token = await logginn(app, ada.ny);
    const sider: (string | undefined)[][] = [];
    for (let url: string | undefined = '/innsyn/v1/oppslag?antall=2'; url; ) {
      const side = (await hent(app, token, url)).json() as { oppslag: { formaal?: string }[]; neste?: string };
      sider.push(side.oppslag.map((o) => o.formaal));
      url = side.neste;
    }
    expect(sider).toEqual([['nr 3', 'nr 2'], ['nr 1', 'nr 0'], ['Kredittvurdering']]);
  });

  it('names the organisations the consumer registry knows', async () => {
    const { app, db } = await oppsett();
    await db.query(`insert into konsument_organisasjon (organisasjonsnummer, navn) values ('910000001', 'Eksempelbanken ASA')`);
    const [oppslag] = (await hent(app, await logginn(app, ada.ny))).json().oppslag;
    expect(oppslag).toMatchObject({ organisasjon: { organisasjonsnummer: '910000001', navn: 'Eksempelbanken ASA' }, leverandoer: { organisasjonsnummer: '920000002' } });
  });

  it('works as the application’s restricted role, which may read what innsyn needs', async () => {
    const db = await freshDb(kind);
    aapne.push(db);
    const id = await medPersoner(db);
    const somApp = somAppRolle(db);
    await new Revisjonslogg(somApp).registrer([eksempelrad({ personidentifikator: ada.ny, personId: id.ada })]);
    const app = await innsynApp(somApp);
    aapne.push(app);
    const svar = await hent(app, await logginn(app, ada.gammel));
    expect([svar.statusCode, (svar.json() as { oppslag: unknown[] }).oppslag.length]).toEqual([200, 1]);
  });

  it('answers a bad query with 400 in FREG’s error shape', async () => {
    const { app } = await oppsett();
    const token = await logginn(app, ada.ny);
    for (const url of ['/innsyn/v1/oppslag?antall=0', '/innsyn/v1/oppslag?antall=201', '/innsyn/v1/oppslag?foer=x']) {
      const svar = await hent(app, token, url);
      expect([svar.statusCode, svar.json()]).toEqual([400, feilmelding('ugyldigForespoersel')]);
    }
  });
});
