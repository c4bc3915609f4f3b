import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import { openapiValidator } from '../support/openapi.ts';
import { rettighetspakkenavn, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { reglerFor } from '../../src/access/view/pakketabell.ts';
import { parseParts } from '../../src/access/view/parts.ts';
import { view } from '../../src/access/view/view.ts';
import { oppslagstjenester } from '../../src/api/konsument/tjenestetabell.ts';
import { finnPerson } from '../../src/register/les-person.ts';
import type { Db } from '../../src/store/db.ts';
import { byggOppslagsmiljoe, forventStatus, hent, persontyper, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';
import { signer } from '../access/tilgang/hjelpere.ts';

const validerPerson = openapiValidator('Folkeregisterperson');
const validerBulk = openapiValidator('PersonBulkoppslagResponse');

/** The part sets every package is asked with: the default, history, the aliases, and every element it may have. */
function partsett(pakke: Rettighetspakke): string[][] {
  return [[], ['historikk'], ['identitetsgrunnlag-utvidet'], ['relasjon-utvidet'], [...reglerFor(pakke).elementer, 'historikk'], ['forholdTilSametingetsValgmanntall'], ['ukjentElement']];
}

const query = (parts: string[]) => (parts.length ? `?${parts.map((p) => `part=${encodeURIComponent(p)}`).join('&')}` : '');

describe.each(storeKinds)('consumer lookups on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggOppslagsmiljoe(db);
  }, 180_000);
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('answers every package × person kind × part set with exactly what the gate renders, or 406, or 404 where the service is not offered', async () => {
    for (const pakke of rettighetspakkenavn) {
      const tjenester = oppslagstjenester[pakke];
      for (const type of persontyper) {
        const nummer = m.personer[type];
        const person = (await finnPerson(db, nummer))!;
        for (const parts of partsett(pakke)) {
          const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${nummer}${query(parts)}`));
          const bulk = await hent(m.app, m.tokens[pakke], 'POST', url(pakke, `personer/bulkoppslag${query(parts)}`), { foedselsEllerDNummer: [nummer] });
          if (!tjenester.person) forventStatus(svar, 404);
          if (!tjenester.bulkoppslag) forventStatus(bulk, 404);
          const valg = parseParts(parts, pakke);
          if (!valg.ok) {
            if (tjenester.person) forventStatus(svar, 406);
            if (tjenester.bulkoppslag) forventStatus(bulk, 406);
            continue;
          }
          const forventet = view(person.dokument, pakke, valg.parts, { personId: person.personId }).folkeregisterperson;
          if (tjenester.person) {
            forventStatus(svar, 200);
            expect(svar.json(), `${pakke} ${type} ${parts.join(',')}`).toEqual(forventet);
            expect(validerPerson(svar.json())).toEqual([]);
          }
          if (tjenester.bulkoppslag) {
            forventStatus(bulk, 200);
            expect(bulk.json()).toEqual({ oppslag: [{ foedselsEllerDNummer: nummer, folkeregisterperson: forventet }] });
            expect(validerBulk(bulk.json())).toEqual([]);
          }
        }
      }
    }
  });

  it('never shows a strengtFortrolig residence or a fortrolig address outside OMH, in JSON or XML', async () => {
    for (const pakke of rettighetspakkenavn.filter((p) => oppslagstjenester[p].person)) {
      for (const accept of ['application/json', 'application/xml']) {
        const strengt = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${m.personer.strengtFortrolig}?part=historikk`), undefined, { accept });
        forventStatus(strengt, 200);
        expect(strengt.body).not.toContain('Skjultgata');
        expect(strengt.body).toContain('SEKRETARIATET');
        const fortrolig = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${m.personer.fortrolig}?part=historikk`), undefined, { accept });
        expect(fortrolig.body.includes('Hemmeligveien'), `${pakke} ${accept}`).toBe(pakke === 'offentligMedHjemmel');
        if (accept === 'application/xml') {
          expect(fortrolig.headers['content-type']).toMatch(/^application\/xml/);
          expect(fortrolig.body).toContain('<folkeregisterperson xmlns="folkeregisteret:tilgjengeliggjoering:person:v1"');
        }
      }
    }
  });

  it("screens every archive version of a strengtFortrolig person by today's protection, also from before it", async () => {
    const versjoner = await db.query<{ dokumentidentifikator: string }>(
      `select d.dokumentidentifikator from persondokument d join personidentifikator i on i.person_id = d.person_id where i.nummer = $1 order by d.versjon`,
      [m.personer.strengtFortrolig],
    );
    expect(versjoner.length).toBeGreaterThan(1);
    for (const { dokumentidentifikator } of versjoner) {
      const svar = await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', `personer/arkiv/${dokumentidentifikator}?part=historikk`));
      forventStatus(svar, 200);
      expect(svar.body).not.toContain('Skjultgata');
    }
  });

  it('masks confidential statuses as aktiv for every package but OMH', async () => {
    for (const pakke of rettighetspakkenavn.filter((p) => oppslagstjenester[p].person)) {
      const svar = (await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${m.personer.forsvunnet}`))).json();
      expect(svar.status[0].status).toBe(pakke === 'offentligMedHjemmel' ? 'forsvunnet' : 'aktiv');
    }
  });

  it('refuses bad tokens with 401/403 and discloses nothing', async () => {
    const pakke = 'offentligMedHjemmel';
    const sti = url(pakke, `personer/${m.personer.ugradert}`);
    const fremmedNoekkel = (await import('../../src/access/tokens/noekkelpar.ts')).lagNoekkelpar;
    const annen = await fremmedNoekkel();
    const naa = Math.floor(m.klokke.ms / 1000);
    const feilsignert = await signer(annen.privatJwk, { iss: 'http://folkeregister.test/', aud: 'unspecified', scope: 'folkeregister:deling/offentligmedhjemmel', iat: naa, exp: naa + 60, consumer: { authority: 'iso6523-actorid-upis', ID: '0192:999888999' }, client_id: 'x', jti: 'j' });
    const tilfeller: [string | undefined, number][] = [
      [undefined, 401],
      ['ikke.et.token', 401],
      [feilsignert, 401],
      [m.tokens.finans, 403],
    ];
    for (const [token, status] of tilfeller) {
      for (const [method, s, body] of [['GET', sti, undefined], ['POST', url(pakke, 'personer/bulkoppslag'), { foedselsEllerDNummer: [m.personer.ugradert] }], ['GET', url(pakke, 'personer/arkiv/00000000000000000000000000000000'), undefined]] as const) {
        const svar = await hent(m.app, token, method, s, body);
        forventStatus(svar, status);
        expect(svar.json()).toMatchObject({ httpStatus: status, alvorlighetsgrad: 'WARNING' });
        expect(svar.body).not.toMatch(/Oppslagsen|\d{11}/);
      }
    }
    m.klokke.frem(3600);
    const utloept = await hent(m.app, m.tokens[pakke], 'GET', sti);
    forventStatus(utloept, 401);
    m.klokke.frem(-3600);
  });

  it('finds a person by an old number, answers 404 for an unknown one, and keeps bulk order with somBestilt', async () => {
    const pakke = 'offentligMedHjemmel';
    const ukjent = '01010150000';
    expect((await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${ukjent}`))).json()).toMatchObject({ httpStatus: 404, feilmelding: 'Fant ikke person' });
    forventStatus(await hent(m.app, m.tokens[pakke], 'GET', url(pakke, 'personer/123')), 400);
    const bestilt = [m.personer.fortrolig, ukjent, m.personer.fortrolig, 'abc'];
    const bulk = (await hent(m.app, m.tokens[pakke], 'POST', url(pakke, 'personer/bulkoppslag/?somBestilt=true'), { foedselsEllerDNummer: bestilt })).json();
    expect(bulk.oppslag.map((o: { foedselsEllerDNummer: string; feilmelding?: unknown }) => [o.foedselsEllerDNummer, o.feilmelding ? 'feil' : 'person'])).toEqual([
      [m.personer.fortrolig, 'person'], [ukjent, 'feil'], [m.personer.fortrolig, 'person'], ['abc', 'feil'],
    ]);
    forventStatus(await hent(m.app, m.tokens[pakke], 'POST', url(pakke, 'personer/bulkoppslag'), { foedselsEllerDNummer: Array(1001).fill(ukjent) }), 400);
    forventStatus(await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${m.personer.ugradert}`), undefined, { accept: 'text/csv' }), 406);
    const xmlBulk = await hent(m.app, m.tokens[pakke], 'POST', url(pakke, 'personer/bulkoppslag'), `<personBulkoppslagRequest><foedselsEllerDNummer>${m.personer.ugradert}</foedselsEllerDNummer></personBulkoppslagRequest>`, { 'content-type': 'application/xml' });
    forventStatus(xmlBulk, 200);
    expect(xmlBulk.headers['content-type']).toMatch(/^application\/xml/);
    const xxe = await hent(m.app, m.tokens[pakke], 'POST', url(pakke, 'personer/bulkoppslag'), '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', { 'content-type': 'application/xml' });
    forventStatus(xxe, 400);
    // Hostile whitespace without a closing tag: a backtracking pattern would not finish within the test's timeout.
    const fiendtlig = await hent(m.app, m.tokens[pakke], 'POST', url(pakke, 'personer/bulkoppslag'), `<foedselsEllerDNummer>${' '.repeat(1_000_000)}x`, { 'content-type': 'application/xml' });
    forventStatus(fiendtlig, 200);
    expect(fiendtlig.body).toContain('<personBulkoppslagResponse');
    expect(fiendtlig.body).not.toContain('<folkeregisterperson');
  });

  it('gives archive versions by dokumentidentifikator to OMH only, as they were after the event', async () => {
    const [foerste] = await db.query<{ dokumentidentifikator: string }>(
      `select d.dokumentidentifikator from persondokument d join personidentifikator i on i.person_id = d.person_id where i.nummer = $1 and d.versjon = 1`,
      [m.personer.ugradert],
    );
    const svar = await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', `personer/arkiv/${foerste!.dokumentidentifikator}`));
    forventStatus(svar, 200);
    expect(svar.json().sivilstand.map((s: { sivilstand: string }) => s.sivilstand)).toEqual(['uoppgitt']);
    expect(JSON.stringify(svar.json().bostedsadresse)).toContain('Aapengata');
    expect(validerPerson(svar.json())).toEqual([]);
    const bulk = await hent(m.app, m.tokens.offentligMedHjemmel, 'POST', url('offentligMedHjemmel', 'personer/bulkoppslag/arkiv'), { dokumentidentifikator: [foerste!.dokumentidentifikator, 'ukjent'] });
    expect(bulk.json().oppslag.map((o: { feilmelding?: unknown }) => (o.feilmelding ? 'feil' : 'person'))).toEqual(['person', 'feil']);
    forventStatus(await hent(m.app, m.tokens.finans, 'GET', url('finans', `personer/arkiv/${foerste!.dokumentidentifikator}`)), 404);
    const [logget] = await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg where dokumentidentifikator = $1', [foerste!.dokumentidentifikator]);
    expect(Number(logget!.n)).toBe(2);
    const { verifiserRevisjonslogg } = await import('../../src/access/revisjon/index.ts');
    expect(await verifiserRevisjonslogg(db)).toMatchObject({ intakt: true });
    forventStatus(await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', 'personer/arkiv/ukjent')), 404);
  });

  it('a lookup is in the person\'s innsyn list as soon as it returns, with the organisation and purpose', async () => {
    const pakke = 'privatUtenHjemmel';
    const nummer = m.personer.ugradert;
    const oppslag = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${nummer}`), undefined, { formaal: 'Kundekontroll' });
    forventStatus(oppslag, 200);
    const login = await m.app.inject({ method: 'GET', url: `/innsyn/dev/login?pid=${nummer}` });
    const liste = await m.app.inject({ method: 'GET', url: '/innsyn/v1/oppslag', headers: { authorization: `Bearer ${login.json().access_token}` } });
    forventStatus(liste, 200);
    expect(liste.json().oppslag[0]).toMatchObject({ organisasjon: expect.objectContaining({ organisasjonsnummer: '999888999' }), rettighetspakke: 'privatUtenHjemmel', tjeneste: 'personer/{id}', formaal: 'Kundekontroll' });
    const [rader] = await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg where personidentifikator = $1', [nummer]);
    expect(Number(rader!.n)).toBeGreaterThan(0);
  });

  it('the development token endpoint gives a working token through the real grant, only on the embedded store', async () => {
    const svar = await m.app.inject({ method: 'GET', url: '/dev/token?scope=folkeregister:deling/finans&org=911111111' });
    if (kind === 'postgres') {
      forventStatus(svar, 404);
      return;
    }
    forventStatus(svar, 200);
    expect(svar.json()).toMatchObject({ token_type: 'Bearer', scope: 'folkeregister:deling/finans' });
    forventStatus(await hent(m.app, svar.json().access_token, 'GET', url('finans', `personer/${m.personer.ugradert}`)), 200);
    forventStatus(await hent(m.app, svar.json().access_token, 'GET', url('offentligMedHjemmel', `personer/${m.personer.ugradert}`)), 403);
    const admin = await m.app.inject({ method: 'GET', url: '/dev/token?scope=folkeregister:admin&org=911111111' });
    expect(admin.statusCode).toBe(400);
    expect(admin.json()).toMatchObject({ error: 'invalid_scope' });
  });

  it('serves the person XSD to every package', async () => {
    for (const pakke of rettighetspakkenavn) {
      const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, 'personer/xsd'));
      forventStatus(svar, 200);
      expect(svar.body).toContain('<xsd:schema');
    }
  });
});
