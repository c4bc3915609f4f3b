import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import { openapiValidator } from '../support/openapi.ts';
import { lesXml, type XmlNode } from '../access/xml-les.ts';
import { rettighetspakkenavn, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { konfidensielleStatuser } from '../../src/access/view/skjerm-versjon.ts';
import { viewHendelse } from '../../src/access/view/view.ts';
import { feedXsdstruktur } from '../../src/access/xml/hendelse-xsd.ts';
import { hendelsestjenester } from '../../src/api/konsument/hendelser-routes.ts';
import { adressebeskyttelse, bosted } from '../../src/domain/person/bosted.ts';
import { registrer } from '../../src/register/registrer.ts';
import { finnHendelser, lesHendelser, sisteSekvensnummer } from '../../src/register/les-hendelser.ts';
import { finnPersondokumenter } from '../../src/register/les-person.ts';
import type { Db } from '../../src/store/db.ts';
import { seed } from '../../src/synth/seed.ts';
import { byggApp } from '../../src/api/app.ts';
import { lesTilgangsinnstillinger } from '../../src/access/tokens/innstillinger.ts';
import { ISSUER } from '../access/tilgang/hjelpere.ts';
import { adresse, byggOppslagsmiljoe, forventStatus, hent, skriveoppsett, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';

const validerInnslag = openapiValidator('LagretHendelseMedDokumentIdentifikatorer');
const validerHendelse = openapiValidator('DokumentForHendelse');
const omh = 'offentligMedHjemmel';

interface Innslag {
  sekvensnummer: number;
  hendelse: { folkeregisteridentifikator?: string; hendelsetype: string; hendelsesdokument?: string; persondokument?: string; ajourholdstidspunkt: string };
}

const barn = (node: XmlNode, navn: string) => node.barn.filter((b) => b.navn === navn);

describe.each(storeKinds)('the event feed over HTTP on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  /** Events older than the 36-month window: written with a clock of January 2022. */
  const gamle = 3;

  const feed = (pakke: Rettighetspakke, query: string, headers: Record<string, string> = {}) =>
    hent(m.app, m.tokens[pakke], 'GET', url(pakke, `hendelser/feed${query}`), undefined, headers);

  /** The whole feed of a package, page by page, as a consumer reads it. */
  async function lesAlt(pakke: Rettighetspakke, sti = 'hendelser/feed', ekstra = ''): Promise<Innslag[]> {
    const alle: Innslag[] = [];
    for (let seq = 0; ;) {
      const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `${sti}?seq=${seq}${ekstra}`));
      forventStatus(svar, 200);
      const side = svar.json() as Innslag[];
      alle.push(...side);
      if (side.length < 1000) return alle;
      seq = side.at(-1)!.sekvensnummer + 1;
    }
  }

  beforeAll(async () => {
    db = await freshDb(kind);
    const gammel = { ...skriveoppsett, klokke: () => new Date('2022-01-10T10:00:00Z') };
    const utfall = await registrer(db, ['Gammel', 'Eldre', 'Eldst'].map((fornavn) => ({
      type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1950-01-01', kjoenn: 'mann', navn: { fornavn, etternavn: 'Fortid' },
      statsborgerskap: ['NOR'], innflytting: { fraflyttingsland: 'SWE', dato: '1990-01-01' }, bostedsadresse: adresse('Gamleveien'),
    }) as const), gammel);
    expect(utfall.every((u) => u.ok)).toBe(true);
    await seed(db, { antall: 300, seed: 'feed', identifikatorer: { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true } });
    m = await byggOppslagsmiljoe(db);
  }, 180_000);
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('pages 1000 entries from seq inclusive, starts seq 0 and 1 at the oldest retained event, and ends with []', async () => {
    const siste = await sisteSekvensnummer(db);
    expect(siste).toBeGreaterThan(gamle + 1000);
    const side1 = (await feed(omh, '?seq=0')).json() as Innslag[];
    expect(side1).toHaveLength(1000);
    expect(side1[0]!.sekvensnummer).toBe(gamle + 1);
    expect(side1.map((i) => i.sekvensnummer)).toEqual(Array.from({ length: 1000 }, (_, i) => gamle + 1 + i));
    expect((await feed(omh, '?seq=1')).json()).toEqual(side1);
    for (const innslag of side1) expect(validerInnslag(innslag)).toEqual([]);
    const logg = await lesHendelser(db, gamle + 1, 1);
    expect(side1[0]!.hendelse).toEqual({
      folkeregisteridentifikator: logg[0]!.folkeregisteridentifikator, hendelsetype: logg[0]!.hendelsestype,
      hendelsesdokument: logg[0]!.hendelsesidentifikator, persondokument: logg[0]!.persondokument, ajourholdstidspunkt: logg[0]!.ajourholdstidspunkt,
    });
    const midt = (await feed(omh, '?seq=500')).json() as Innslag[];
    expect(midt[0]!.sekvensnummer).toBe(500);
    const alle = await lesAlt(omh);
    expect(alle.map((i) => i.sekvensnummer)).toEqual(Array.from({ length: siste - gamle }, (_, i) => gamle + 1 + i));
    expect((await feed(omh, `?seq=${siste + 1}`)).json()).toEqual([]);
    expect((await feed(omh, '/?seq=0')).json()).toEqual(side1);
  });

  it('refuses a seq older than the window with 406 and a missing or bad seq with 400, in the FREG error shape', async () => {
    const gammel = await feed(omh, '?seq=2');
    forventStatus(gammel, 406);
    expect(gammel.json()).toMatchObject({
      httpStatus: 406, feilkode: 'ske.folkeregister.konsument.UlovligSekvensnummerException',
      feilmelding: 'Det er oppgitt ulovlig sekvensnummer: Sekvensnummer kan ikke være mere enn 36 måneder gammelt',
      tilleggsinformasjon: { foersteSekvensnummer: String(gamle + 1) },
    });
    for (const query of ['', '?seq=', '?seq=abc', '?seq=-1', '?seq=1.5', '?seq=99999999999999999999']) {
      const svar = await feed(omh, query);
      forventStatus(svar, 400);
      expect(svar.json()).toMatchObject({ httpStatus: 400, feilkode: 'ske.folkeregister.konsument.UgyldigForespoerselException' });
    }
    forventStatus(await feed(omh, '?seq=0', { accept: 'image/png' }), 406);
    // A register configured with a ten-year window hands out the 2022 events too.
    const tiAar = await byggApp({ db, tilgang: lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '1000000' }), klokke: m.klokke.naa, hendelsesliste: { oppbevaringMaaneder: 120 } });
    try {
      const svar = await hent(tiAar, m.tokens[omh], 'GET', url(omh, 'hendelser/feed?seq=0'));
      forventStatus(svar, 200);
      expect((svar.json() as Innslag[])[0]!.sekvensnummer).toBe(1);
    } finally {
      await tiAar.close();
    }
    forventStatus(await hent(m.app, undefined, 'GET', url(omh, 'hendelser/feed?seq=0')), 401);
  });

  it('answers 304 to If-None-Match while nothing new is there, and a new page when there is', async () => {
    const siste = await sisteSekvensnummer(db);
    const full = await feed(omh, `?seq=${gamle + 1}`);
    const slutt = await feed(omh, `?seq=${siste - 2}`);
    expect(slutt.json()).toHaveLength(3);
    for (const [svar, seq] of [[full, gamle + 1], [slutt, siste - 2]] as const) {
      expect(svar.headers.etag).toMatch(/^W\/"/);
      const igjen = await feed(omh, `?seq=${seq}`, { 'if-none-match': String(svar.headers.etag) });
      forventStatus(igjen, 304);
      expect(igjen.body).toBe('');
    }
    const atom = await feed(omh, `?seq=${siste - 2}`, { accept: 'application/atom+xml' });
    expect(atom.headers.etag).not.toBe(slutt.headers.etag);
    await registrer(db, [{ type: 'endreNavn', person: m.personer.ugradert, navn: { fornavn: 'Nyere', etternavn: 'Navn' } }], skriveoppsett);
    const etter = await feed(omh, `?seq=${siste - 2}`, { 'if-none-match': String(slutt.headers.etag) });
    forventStatus(etter, 200);
    expect(etter.json()).toHaveLength(4);
    forventStatus(await feed(omh, `?seq=${gamle + 1}`, { 'if-none-match': String(full.headers.etag) }), 304);
  });

  it('gives Atom for application/atom+xml and application/xml, with self, first and next links and no next on the last page', async () => {
    const siste = await sisteSekvensnummer(db);
    const json = (await feed(omh, '?seq=0')).json() as Innslag[];
    for (const accept of ['application/atom+xml', 'application/xml']) {
      const svar = await feed(omh, '?seq=0', { accept });
      forventStatus(svar, 200);
      expect(svar.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      const rot = lesXml(svar.body);
      expect(rot).toMatchObject({ navn: 'feed', attributter: { xmlns: 'http://www.w3.org/2005/Atom' } });
      const lenker = Object.fromEntries(barn(rot, 'link').map((l) => [l.attributter.rel, l.attributter.href]));
      expect(lenker.self).toMatch(/\/folkeregisteret\/offentlig-med-hjemmel\/api\/v1\/hendelser\/feed\?seq=0$/);
      expect(lenker.first).toMatch(/hendelser\/feed\?seq=0$/);
      expect(lenker.next).toMatch(new RegExp(`hendelser/feed\\?seq=${json.at(-1)!.sekvensnummer + 1}$`));
      const entries = barn(rot, 'entry');
      expect(entries).toHaveLength(1000);
      const felter = feedXsdstruktur().typer;
      entries.forEach((entry, i) => {
        expect(barn(entry, 'id')[0]!.tekst).toMatch(new RegExp(`:${json[i]!.sekvensnummer}$`));
        const lagret = barn(entry, 'content')[0]!.barn[0]!;
        expect(lagret.navn).toBe('ns2:lagretHendelse');
        expect(lagret.barn.map((b) => b.navn)).toEqual(['ns2:sekvensnummer', 'ns2:hendelse']);
        const hendelse = lagret.barn[1]!;
        const rekkefoelge = felter.get('HendelseMedDokumentIdentifikatorer')!.map((f) => `ns2:${f.navn}`);
        expect(hendelse.barn.map((b) => b.navn)).toEqual(rekkefoelge.filter((n) => n.slice(4) in json[i]!.hendelse));
        expect(Object.fromEntries(hendelse.barn.map((b) => [b.navn.slice(4), b.tekst]))).toEqual(json[i]!.hendelse);
      });
    }
    const sisteSide = lesXml((await feed(omh, `?seq=${siste}`, { accept: 'application/atom+xml' })).body);
    expect(barn(sisteSide, 'link').map((l) => l.attributter.rel)).toEqual(['self', 'first']);
    expect(barn(sisteSide, 'entry')).toHaveLength(1);
    const tom = lesXml((await feed(omh, `?seq=${siste + 1}`, { accept: 'application/atom+xml' })).body);
    expect(barn(tom, 'entry')).toHaveLength(0);
    expect(barn(tom, 'updated')).toHaveLength(1);
  });

  it('tilpasset gives OMH the events of persons living in the municipality after the event or moving out of it', async () => {
    const alle = await lesAlt(omh);
    const dokumenter = await finnPersondokumenter(db, alle.map((i) => i.hendelse.persondokument!));
    const forrige = new Map<number, string | undefined>();
    const forventet = new Map<string, number[]>();
    for (const i of alle) {
      const versjon = dokumenter.get(i.hendelse.persondokument!)!;
      const etter = bosted(versjon.dokument).kommunenummer;
      const foer = forrige.get(versjon.personId);
      forrige.set(versjon.personId, etter);
      // OMH has no legal basis for a strictly confidential residence, so not for its municipality either.
      if (adressebeskyttelse(versjon.dokument) === 'strengtFortrolig') continue;
      for (const k of new Set([etter, foer !== etter ? foer : undefined])) {
        if (k) forventet.set(k, [...(forventet.get(k) ?? []), i.sekvensnummer]);
      }
    }
    const stoerste = [...forventet.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    for (const kommune of [stoerste[0], '4601']) {
      const side = await lesAlt(omh, 'hendelser/feed/tilpasset', `&kommunenummer=${kommune}`);
      expect(side.map((i) => i.sekvensnummer), kommune).toEqual(forventet.get(kommune));
      for (const i of side) expect(validerInnslag(i)).toEqual([]);
    }
    forventStatus(await hent(m.app, m.tokens[omh], 'GET', url(omh, 'hendelser/feed/tilpasset?seq=0&kommunenummer=301')), 400);
    forventStatus(await hent(m.app, m.tokens[omh], 'GET', url(omh, 'hendelser/feed/tilpasset?seq=0')), 400);
    for (const pakke of rettighetspakkenavn.filter((p) => !hendelsestjenester[p].tilpasset)) {
      forventStatus(await hent(m.app, m.tokens[pakke], 'GET', url(pakke, 'hendelser/feed/tilpasset?seq=0&kommunenummer=0301')), 404);
    }
  });

  it('gives the latest sequence number as a bare JSON number, text and XML, to every package', async () => {
    const siste = await sisteSekvensnummer(db);
    for (const pakke of rettighetspakkenavn) {
      const json = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, 'hendelser/siste/sekvensnummer'));
      expect(json.headers['content-type']).toMatch(/^application\/json/);
      expect(json.body).toBe(String(siste));
      expect(json.json()).toBe(siste);
    }
    const tekst = await hent(m.app, m.tokens.privat, 'GET', url('privat', 'hendelser/siste/sekvensnummer'), undefined, { accept: 'text/plain' });
    expect(tekst.headers['content-type']).toMatch(/^text\/plain/);
    expect(tekst.body).toBe(String(siste));
    const xml = await hent(m.app, m.tokens.finans, 'GET', url('finans', 'hendelser/siste/sekvensnummer'), undefined, { accept: 'application/xml' });
    expect(lesXml(xml.body)).toEqual({
      navn: 'sekvensnummer', attributter: { xmlns: 'folkeregisteret:tilgjengeliggjoering:hendelse:v1' }, tekst: '',
      barn: [{ navn: 'sekvensnummer', attributter: {}, barn: [], tekst: String(siste) }],
    });
    forventStatus(await hent(m.app, m.tokens.finans, 'GET', url('finans', 'hendelser/siste/sekvensnummer'), undefined, { accept: 'image/png' }), 406);
  });

  it('serves the event and feed XSDs to every package, and lists the routes in the OpenAPI document', async () => {
    const openapi = (await m.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    const omhSti = (s: string) => `/folkeregisteret/offentlig-med-hjemmel/api/v1/${s}`;
    for (const sti of ['hendelser/feed', 'hendelser/feed/tilpasset', 'hendelser/siste/sekvensnummer', 'hendelser/xsd', 'hendelser/feedxsd', 'hendelser/{hendelsesidentifikator}', 'hendelser/bulkoppslag']) {
      expect(openapi.paths[omhSti(sti)], sti).toBeDefined();
    }
    expect(openapi.paths[omhSti('hendelser/feed/tilpasset')]!.get!.parameters!.map((p) => p.name).sort()).toEqual(['kommunenummer', 'seq']);
    expect(openapi.paths['/folkeregisteret/api/privat/v1/hendelser/feed']).toBeDefined();
    expect(openapi.paths['/folkeregisteret/api/privat/v1/hendelser/bulkoppslag']).toBeUndefined();
    for (const pakke of rettighetspakkenavn) {
      for (const [sti, rot] of [['hendelser/xsd', 'dokumentForHendelse'], ['hendelser/feedxsd', 'lagretHendelse']] as const) {
        const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, sti));
        forventStatus(svar, 200);
        expect(svar.headers['content-type']).toMatch(/^application\/xml/);
        expect(svar.body).toContain(`<xsd:element name="${rot}"`);
      }
    }
  });

  it('gives OMH event documents through the gate, audited, by id and in bulk, in JSON and XML; 404 elsewhere', async () => {
    const [flytting] = (await lesHendelser(db, 1, 100_000)).filter((h) => h.folkeregisteridentifikator === m.personer.ugradert && h.hendelsestype === 'endringIBostedsadresse');
    const id = flytting!.hendelsesidentifikator;
    const funnet = (await finnHendelser(db, [id])).get(id)!;
    const person = (await finnPersondokumenter(db, [flytting!.persondokument])).get(flytting!.persondokument)!;
    const forventet = viewHendelse(funnet.hendelse, omh, person.dokument, { personId: funnet.personId }).dokumentForHendelse;
    const teller = async () => Number((await db.query<{ n: number }>("select count(*)::int as n from revisjonslogg where tjeneste like 'hendelser/%' and dokumentidentifikator = $1", [id]))[0]!.n);

    const enkelt = await hent(m.app, m.tokens[omh], 'GET', url(omh, `hendelser/${id}`));
    forventStatus(enkelt, 200);
    expect(enkelt.json()).toEqual(forventet);
    expect(enkelt.json()).toMatchObject({ dokumentidentifikator: id, hendelse: { hendelsestype: 'endringIBostedsadresse', folkeregisteridentifikator: m.personer.ugradert } });
    expect(validerHendelse(enkelt.json())).toEqual([]);
    expect(await teller()).toBe(1);
    const xml = lesXml((await hent(m.app, m.tokens[omh], 'GET', url(omh, `hendelser/${id}`), undefined, { accept: 'application/xml' })).body);
    expect(xml.navn).toBe('dokumentForHendelse');
    expect(xml.barn.map((b) => b.navn)).toEqual(['dokumentidentifikator', 'skjemaversjon', 'hendelse']);
    expect(await teller()).toBe(2);

    const bulk = await hent(m.app, m.tokens[omh], 'POST', url(omh, 'hendelser/bulkoppslag'), { dokumentidentifikator: [id, 'ukjent'] });
    forventStatus(bulk, 200);
    expect(bulk.json()).toEqual({ oppslag: [{ dokumentidentifikator: id, hendelsedokument: forventet }, { dokumentidentifikator: 'ukjent', feilmelding: { feilmelding: 'Fant ikke hendelse' } }] });
    const xmlBulk = await hent(m.app, m.tokens[omh], 'POST', url(omh, 'hendelser/bulkoppslag'),
      `<hendelseBulkoppslagRequest><dokumentidentifikator>${id}</dokumentidentifikator></hendelseBulkoppslagRequest>`, { 'content-type': 'application/xml' });
    forventStatus(xmlBulk, 200);
    expect(xmlBulk.headers['content-type']).toMatch(/^application\/xml/);
    expect(lesXml(xmlBulk.body).barn[0]!.barn.map((b) => b.navn)).toEqual(['dokumentidentifikator', 'hendelsedokument']);
    expect(await teller()).toBe(4);
    forventStatus(await hent(m.app, m.tokens[omh], 'POST', url(omh, 'hendelser/bulkoppslag'), { dokumentidentifikator: Array.from({ length: 1001 }, (_, i) => String(i)) }), 400);

    forventStatus(await hent(m.app, m.tokens[omh], 'GET', url(omh, 'hendelser/ukjent')), 404);
    const [gammel] = await lesHendelser(db, 1, 1);
    const forGammel = await hent(m.app, m.tokens[omh], 'GET', url(omh, `hendelser/${gammel!.hendelsesidentifikator}`));
    forventStatus(forGammel, 400);
    expect(forGammel.json().feilmelding).toContain('eldre enn 36 måneder');
    for (const pakke of rettighetspakkenavn.filter((p) => !hendelsestjenester[p].dokumenter)) {
      forventStatus(await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `hendelser/${id}`)), 404);
      forventStatus(await hent(m.app, m.tokens[pakke], 'POST', url(pakke, 'hendelser/bulkoppslag'), { dokumentidentifikator: [id] }), 404);
    }
    expect(await teller()).toBe(4);
  });

  it('the strengtFortrolig person\'s event document never carries the residence it removed', async () => {
    const hendelser = (await lesHendelser(db, 1, 100_000)).filter((h) => h.folkeregisteridentifikator === m.personer.strengtFortrolig);
    const svar = await hent(m.app, m.tokens[omh], 'POST', url(omh, 'hendelser/bulkoppslag'), { dokumentidentifikator: hendelser.map((h) => h.hendelsesidentifikator) });
    forventStatus(svar, 200);
    expect(svar.json().oppslag).toHaveLength(hendelser.length);
    expect(svar.body).not.toContain('Skjultgata');
    expect(svar.body).toContain('SEKRETARIATET');
  });

  it('no package sees in any entry what it may not: numbers for the uten-FNR packages, the kind of change for privat and presse', async () => {
    const foer = Number((await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg'))[0]!.n);
    const omhSeq = new Set((await lesAlt(omh)).map((i) => i.sekvensnummer));
    for (const pakke of rettighetspakkenavn) {
      const alle = await lesAlt(pakke);
      expect(alle.length, pakke).toBeGreaterThan(0);
      const atom = await feed(pakke, '?seq=0', { accept: 'application/atom+xml' });
      forventStatus(atom, 200);
      const tekster = [JSON.stringify(alle), atom.body];
      for (const i of alle) {
        expect(omhSeq.has(i.sekvensnummer)).toBe(true);
        expect(validerInnslag(i)).toEqual([]);
        if (pakke !== omh) expect(i.hendelse.hendelsesdokument ?? i.hendelse.persondokument).toBeUndefined();
      }
      if (pakke.endsWith('UtenFolkeregisteridentifikator')) {
        for (const t of tekster) expect(t, pakke).not.toMatch(/\d{11}/);
      }
      if (/^(privat|presse)/.test(pakke) && pakke !== 'privatUtenHjemmel') {
        expect(new Set(alle.map((i) => i.hendelse.hendelsetype)), pakke).toEqual(new Set(['endringIPerson']));
        for (const t of tekster) expect(t).not.toMatch(/endringI(?!Person)|personEr/);
      }
      for (const t of tekster) for (const status of konfidensielleStatuser) expect(t).not.toContain(status);
    }
    // The feed carries no person data beyond the number: reading it is not logged per person (spec §6.3).
    expect(Number((await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg'))[0]!.n)).toBe(foer);
  });
});
