import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import { hentToken, registrerTestkonsument, type Testklient } from '../access/tilgang/hjelpere.ts';
import { rettighetspakker, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { registrerStans } from '../../src/access/konsumenter/stans.ts';
import { standardPushinnstillinger } from '../../src/access/push/innstillinger.ts';
import { Pushheader } from '../../src/access/push/signatur.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { sisteSekvensnummer } from '../../src/register/les-hendelser.ts';
import { registrer } from '../../src/register/registrer.ts';
import type { Db } from '../../src/store/db.ts';
import { Mottaker } from './mottaker.ts';
import { adresse, byggOppslagsmiljoe, forventStatus, hent, skriveoppsett, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';
import { lesFeed } from './synkronisering.ts';
import { abonner as abonnerOver, abonnementssti, hentAbonnement as hentOver, testPush, ventTilAjour as ventOver } from './push-oppsett.ts';

const ANNEN = '999777999';
const sti = abonnementssti;

describe.each(storeKinds)('push subscriptions of the event feed, on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  let annen: Testklient;
  let annenToken: string;
  const mottakere: Mottaker[] = [];
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggOppslagsmiljoe(db, { push: testPush });
    annen = await registrerTestkonsument(db, ANNEN, ['offentligMedHjemmel']);
    annenToken = await hentToken(m, annen, [rettighetspakker.offentligMedHjemmel.scope]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(mottakere.map((x) => x.stopp()));
    await m?.app.close();
    await db?.close();
  });

  async function nyMottaker(): Promise<Mottaker> {
    const x = await new Mottaker(m.klokke.naa).start();
    mottakere.push(x);
    return x;
  }

  const abonner = (pakke: Rettighetspakke, x: Mottaker, kropp: object = {}, token = m.tokens[pakke]) => abonnerOver(m, pakke, x, kropp, token);
  const hentAbonnement = (pakke: Rettighetspakke, id: string, token = m.tokens[pakke]) => hentOver(m, pakke, id, token);
  const ventTilAjour = (pakke: Rettighetspakke, id: string, x: Mottaker, token = m.tokens[pakke]) => ventOver(m, db, pakke, id, x, token);

  /** What push must deliver: the package's feed over HTTP. */
  const feed = (pakke: Rettighetspakke, seq: number, kommunenummer?: string) => lesFeed(m, pakke, seq, kommunenummer);

  async function skriv(kommandoer: Kommando[]): Promise<void> {
    for (const u of await registrer(db, kommandoer, skriveoppsett)) expect(u).toMatchObject({ ok: true });
  }

  const revisjonsrader = async () => Number((await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg'))[0]!.n);

  it('belongs to the organisation and package of the token: made, listed, read, moved and ended only there', async () => {
    const x = await nyMottaker();
    const laget = await hent(m.app, m.tokens.finans, 'POST', url('finans', sti), { webhook: x.url, hendelsestyper: ['personErDoed'], antall: 10 });
    forventStatus(laget, 201);
    const a = laget.json();
    expect(a).toMatchObject({ webhook: x.url, hendelsestyper: ['personErDoed'], antall: 10, seq: (await sisteSekvensnummer(db)) + 1, forsoek: 0 });
    expect(a.hemmelighet).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(laget.headers.location).toBe(url('finans', `${sti}/${a.id}`));

    const lest = await hent(m.app, m.tokens.finans, 'GET', url('finans', `${sti}/${a.id}`));
    forventStatus(lest, 200);
    expect(lest.json()).toEqual(Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'hemmelighet')));
    const liste = await hent(m.app, m.tokens.finans, 'GET', url('finans', sti));
    expect(liste.json().map((x: { id: string }) => x.id)).toContain(a.id);

    // Another organisation under the same package, and the same organisation under another package, find nothing.
    const annenOrg = await hentToken(m, annen, [rettighetspakker.offentligMedHjemmel.scope]);
    for (const [pakke, token] of [['offentligMedHjemmel', annenOrg], ['offentligUtenHjemmel', m.tokens.offentligUtenHjemmel]] as const) {
      for (const [metode, del, kropp] of [['GET', '', undefined], ['PUT', '/seq', { seq: 1 }], ['DELETE', '', undefined]] as const) {
        const svar = await m.app.inject({ method: metode, url: url(pakke, `${sti}/${a.id}${del}`), headers: { authorization: `Bearer ${token}` }, ...(kropp ? { payload: kropp } : {}) });
        forventStatus(svar, 404);
        expect(svar.json()).toMatchObject({ feilkode: 'ske.folkeregister.konsument.AbonnementIkkeFunnetException' });
      }
      expect((await hent(m.app, token, 'GET', url(pakke, sti))).json().map((x: { id: string }) => x.id)).not.toContain(a.id);
    }
    expect((await hentAbonnement('finans', a.id)).seq).toBe(a.seq);

    const flyttet = await hent(m.app, m.tokens.finans, 'PUT', url('finans', `${sti}/${a.id}/seq`), { seq: 3 });
    forventStatus(flyttet, 200);
    expect(flyttet.json()).toMatchObject({ id: a.id, seq: 3 });
    const uten = await m.app.inject({ method: 'GET', url: url('finans', `${sti}/${a.id}`) });
    forventStatus(uten, 401);
    const slettet = await m.app.inject({ method: 'DELETE', url: url('finans', `${sti}/${a.id}`), headers: { authorization: `Bearer ${m.tokens.finans}` } });
    forventStatus(slettet, 204);
    forventStatus(await hent(m.app, m.tokens.finans, 'GET', url('finans', `${sti}/${a.id}`)), 404);
  });

  it('is in the OpenAPI document with its schemas', async () => {
    const { paths } = (await m.app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, { requestBody?: unknown; responses?: Record<string, unknown> }>> };
    const p = url('finans', sti);
    expect(Object.keys(paths[p]!).sort()).toEqual(['get', 'post']);
    expect(JSON.stringify(paths[p]!.post!.requestBody)).toContain('hendelsestyper');
    expect(JSON.stringify(paths[p]!.post!.responses!['201'])).toContain('hemmelighet');
    expect(Object.keys(paths[`${p}/{id}`]!).sort()).toEqual(['delete', 'get']);
    expect(Object.keys(paths[`${p}/{id}/seq`]!)).toEqual(['put']);
    expect(paths[url('finans', 'hendelser/feed/stroem')]!.get).toBeDefined();
  });

  it('refuses webhooks and filters it may not have, in the FREG error shape, storing nothing', async () => {
    const foer = (await hent(m.app, m.tokens.offentligUtenHjemmel, 'GET', url('offentligUtenHjemmel', sti))).json().length;
    const ugyldige: [object, string][] = [
      [{ webhook: 'http://example.org/hook' }, 'https'],
      [{ webhook: 'ftp://example.org/hook' }, 'https'],
      [{ webhook: 'https://bruker:passord@example.org/hook' }, 'passord'],
      [{ webhook: 'https://example.org/hook#x' }, 'fragment'],
      [{ webhook: 'ikke en url' }, 'URL'],
      [{ webhook: 'https://example.org/hook', kommunenummer: '0301' }, 'kommunenummer'],
      [{ webhook: 'https://example.org/hook', hendelsestyper: ['finnesIkke'] }, 'hendelsestyper'],
      [{ webhook: 'https://example.org/hook', antall: 1001 }, 'antall'],
    ];
    for (const [kropp, ord] of ugyldige) {
      const svar = await hent(m.app, m.tokens.offentligUtenHjemmel, 'POST', url('offentligUtenHjemmel', sti), kropp);
      forventStatus(svar, 400);
      expect(svar.json()).toMatchObject({ httpStatus: 400, feilkode: 'ske.folkeregister.konsument.UgyldigForespoerselException' });
      expect(svar.json().feilmelding).toContain(ord);
    }
    expect((await hent(m.app, m.tokens.offentligUtenHjemmel, 'GET', url('offentligUtenHjemmel', sti))).json()).toHaveLength(foer);
    // https anywhere, and a municipality where the package's feed has `feed/tilpasset`.
    forventStatus(await hent(m.app, m.tokens.offentligMedHjemmel, 'POST', url('offentligMedHjemmel', sti), { webhook: 'https://example.org/hook', kommunenummer: '0301', seq: 0 }), 201);
  });

  it('POSTs exactly the package feed from its cursor, signed, in order, with the range in headers, and writes no audit rows', async () => {
    const pakker: Rettighetspakke[] = ['offentligMedHjemmel', 'privat', 'privatUtenFolkeregisteridentifikator', 'finans'];
    const x = await Promise.all(pakker.map(() => nyMottaker()));
    const rader = await revisjonsrader();
    const ider = [];
    for (const [i, pakke] of pakker.entries()) ider.push((await abonner(pakke, x[i]!, { seq: 0, antall: 4 })).id);
    await skriv([{ type: 'flytte', person: m.personer.ugradert, bostedsadresse: adresse('Pushveien', '0301'), flyttedato: '2026-11-01' }]);
    for (const [i, pakke] of pakker.entries()) {
      await ventTilAjour(pakke, ider[i]!, x[i]!);
      const fasit = await feed(pakke, 0);
      expect(fasit.length).toBeGreaterThan(4);
      expect(x[i]!.innslag, pakke).toEqual(fasit);
      for (const l of x[i]!.leveringer) {
        expect(l.signaturGyldig).toBe(true);
        expect(l.innslag.length).toBeLessThanOrEqual(4);
        const [foerste, siste] = [l.innslag[0]!.sekvensnummer, l.innslag.at(-1)!.sekvensnummer];
        expect(l.headers[Pushheader.sekvens]).toBe(`${foerste}-${siste}`);
        expect(l.headers[Pushheader.leveranse]).toBe(`${ider[i]}-${foerste}-${siste}`);
        expect(l.headers[Pushheader.abonnement]).toBe(ider[i]);
        expect(l.headers['content-type']).toBe('application/json; charset=utf-8');
      }
    }
    // What only some packages may see stays out: the nature of a change for PRI, the identity number for PRI-u.
    expect(new Set(x[1]!.innslag.map((i) => i.hendelse.hendelsetype))).toEqual(new Set(['endringIPerson']));
    expect(x[2]!.innslag.every((i) => !('folkeregisteridentifikator' in i.hendelse))).toBe(true);
    expect(x[3]!.innslag.every((i) => !('persondokument' in i.hendelse))).toBe(true);
    expect(await revisjonsrader()).toBe(rader);
    expect((await hentAbonnement('finans', ider[3]!)).sistLevert).toBeDefined();
  });

  it('filters by event type and municipality as the feed does, and moving the cursor back delivers again', async () => {
    const alle = await feed('offentligMedHjemmel', 0);
    const type = alle.find((i) => i.hendelse.hendelsetype !== alle[0]!.hendelse.hendelsetype)!.hendelse.hendelsetype;
    const [etterType, etterKommune] = [await nyMottaker(), await nyMottaker()];
    const t = await abonner('offentligMedHjemmel', etterType, { seq: 0, hendelsestyper: [type] });
    const k = await abonner('offentligMedHjemmel', etterKommune, { seq: 0, kommunenummer: '4601' });
    await ventTilAjour('offentligMedHjemmel', t.id, etterType);
    await ventTilAjour('offentligMedHjemmel', k.id, etterKommune);
    const avType = alle.filter((i) => i.hendelse.hendelsetype === type);
    expect(avType.length).toBeGreaterThan(0);
    expect(avType.length).toBeLessThan(alle.length);
    expect(etterType.innslag).toEqual(avType);
    const iKommune = await feed('offentligMedHjemmel', 0, '4601');
    expect(iKommune.length).toBeGreaterThan(0);
    expect(etterKommune.innslag).toEqual(iKommune);

    const fra = avType.at(-1)!.sekvensnummer;
    const flyttet = await hent(m.app, m.tokens.offentligMedHjemmel, 'PUT', url('offentligMedHjemmel', `${sti}/${t.id}/seq`), { seq: fra });
    forventStatus(flyttet, 200);
    await etterType.ventPaa(() => etterType.innslag.length === avType.length + 1);
    expect(etterType.innslag.at(-1)).toEqual(avType.at(-1));
  });

  it('retries with growing, capped waits while the receiver fails, shows why, and skips nothing', async () => {
    const x = await nyMottaker();
    x.status = 503;
    const a = await abonner('offentligUtenHjemmel', x);
    await skriv([{ type: 'endreNavn', person: m.personer.ugradert, navn: { fornavn: 'Forsoek', etternavn: 'En' } }]);
    await x.ventPaa(() => x.forsoek.length >= 6);
    const feilet = await hentAbonnement('offentligUtenHjemmel', a.id);
    expect(feilet).toMatchObject({ seq: a.seq, sisteFeil: 'Mottakeren svarte 503' });
    expect(feilet.forsoek).toBeGreaterThanOrEqual(5);
    // Equal jitter: wait n is at least half of min(100 · 2^(n-1), 800) ms; the cap keeps it at most 800 ms plus a poll.
    const mellomrom = x.forsoek.slice(1).map((t, i) => t - x.forsoek[i]!);
    mellomrom.slice(0, 5).forEach((ms, i) => expect(ms).toBeGreaterThanOrEqual(Math.min(100 * 2 ** i, 800) / 2 - 5));
    expect(Math.max(...mellomrom)).toBeLessThan(800 + 1000 + 500);
    await skriv([{ type: 'endreNavn', person: m.personer.ugradert, navn: { fornavn: 'Forsoek', etternavn: 'To' } }]);
    x.status = 200;
    await ventTilAjour('offentligUtenHjemmel', a.id, x);
    expect(x.innslag).toEqual(await feed('offentligUtenHjemmel', a.seq));
    expect(x.innslag).toHaveLength(2);
    expect(await hentAbonnement('offentligUtenHjemmel', a.id)).toMatchObject({ forsoek: 0, sisteFeil: 'Mottakeren svarte 503' });
  });

  it('stops delivering while the organisation is revoked (§ 12-2) and resumes after, skipping nothing', async () => {
    const x = await nyMottaker();
    const a = await abonner('offentligMedHjemmel', x, {}, annenToken);
    const naa = m.klokke.naa();
    expect(await registrerStans(db, ANNEN, { fra: new Date(naa.getTime() - 1000), til: new Date(naa.getTime() + 30_000), grunn: 'test' })).toBe('registrert');
    await skriv([{ type: 'endreNavn', person: m.personer.fortrolig, navn: { fornavn: 'Stanset', etternavn: 'Fortrolig' } }]);
    const [rad] = await db.query<{ siste_feil: string | null }>('select siste_feil from push_abonnement where id = $1', [a.id]);
    await x.ventPaa(async () => (await db.query<{ siste_feil: string | null }>('select siste_feil from push_abonnement where id = $1', [a.id]))[0]!.siste_feil !== rad!.siste_feil);
    await new Promise((r) => setTimeout(r, 1500));
    expect(x.forsoek).toHaveLength(0);
    m.klokke.frem(31);
    await ventTilAjour('offentligMedHjemmel', a.id, x, annenToken);
    expect(x.innslag).toEqual(await feed('offentligMedHjemmel', a.seq));
    expect(x.innslag).toHaveLength(1);
    expect((await hentAbonnement('offentligMedHjemmel', a.id, annenToken)).sisteFeil).toContain('§ 12-2');
  });
});

describe.each(storeKinds)('push subscriptions under production settings, on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggOppslagsmiljoe(db, { push: standardPushinnstillinger });
  }, 180_000);
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('refuses webhooks on internal addresses (loopback, private, link-local metadata), in the FREG error shape', async () => {
    for (const webhook of ['https://169.254.169.254/latest/meta-data', 'https://10.0.0.8/hook', 'https://[::1]:8443/hook', 'https://localhost/hook', 'http://127.0.0.1:8080/hook']) {
      const svar = await hent(m.app, m.tokens.offentligMedHjemmel, 'POST', url('offentligMedHjemmel', sti), { webhook });
      forventStatus(svar, 400);
      expect(svar.json(), webhook).toMatchObject({ httpStatus: 400, feilkode: 'ske.folkeregister.konsument.UgyldigForespoerselException' });
    }
    expect((await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', sti))).json()).toEqual([]);
    forventStatus(await hent(m.app, m.tokens.offentligMedHjemmel, 'POST', url('offentligMedHjemmel', sti), { webhook: 'https://mottak.example.org/hook' }), 201);
  });
});
