import { beforeAll, describe, expect, it } from 'vitest';
import { storeKinds } from '../../support/stores.ts';
import type { Db } from '../../../src/store/db.ts';
import { GRENSER } from '../../../src/api/mottak/mottak-routes.ts';
import { doedsfallXml, rekvisisjonXml } from './meldingsmaler.ts';
import { mottaksmiljoeFor, send, xmlFelt, type Mottaksmiljoe } from './mottak-oppsett.ts';

/** The edge of producer intake (spec §8.1): every status a producer can meet, over HTTP with real tokens. */
describe.each(storeKinds)('mottak: the edge (%s)', (kind) => {
  const t = mottaksmiljoeFor(kind);
  let db: Db;
  let m: Mottaksmiljoe;
  beforeAll(() => {
    ({ db, m } = t);
  });

  const antallMeldinger = async () => Number((await db.query<{ n: number }>('select count(*)::int as n from melding'))[0]!.n);

  it('202 with meldingMottatt, the message committed before the answer', async () => {
    const svar = await send(m.app, m.produsent, 'doedsfall_v1', doedsfallXml({ id: 'kant-1', fnr: m.personer[0]! }));
    expect(svar.statusCode, svar.body).toBe(202);
    expect(svar.headers['content-type']).toMatch(/^application\/xml/);
    const referanse = xmlFelt(svar.body, 'folkeregisterReferanse')!;
    expect(referanse).toMatch(/^[0-9a-f-]{36}$/);
    expect(xmlFelt(svar.body, 'avsendersMeldingsidentifikator')).toBe('kant-1');
    const [rad] = await db.query<{ produsent: string; ressurs: string }>('select produsent, ressurs from melding where folkeregister_referanse = $1', [referanse]);
    expect(rad).toEqual({ produsent: '974760673', ressurs: 'doedsfall_v1' });
  });

  it('the same producer and message id again: the same 202 body, nothing new stored', async () => {
    const xml = doedsfallXml({ id: 'kant-2', fnr: m.personer[1]! });
    const foerste = await send(m.app, m.produsent, 'doedsfall_v1', xml);
    const foer = await antallMeldinger();
    const andre = await send(m.app, m.produsent, 'doedsfall_v1', xml);
    expect(andre.statusCode).toBe(202);
    expect(andre.body).toBe(foerste.body);
    expect(await antallMeldinger()).toBe(foer);
    // Another producer may use the same id: ids are unique per producer.
    const annen = await send(m.app, m.annenProdusent, 'doedsfall_v1', xml);
    expect(annen.statusCode).toBe(202);
    expect(xmlFelt(annen.body, 'folkeregisterReferanse')).not.toBe(xmlFelt(foerste.body, 'folkeregisterReferanse'));
  });

  it('400 with the XSD errors listed, in the XML error body; nothing stored', async () => {
    const foer = await antallMeldinger();
    const ugyldig = doedsfallXml({ id: 'kant-3', fnr: '123', doedsdato: 'igår' });
    const svar = await send(m.app, m.produsent, 'doedsfall_v1', ugyldig);
    expect(svar.statusCode).toBe(400);
    expect(svar.headers['content-type']).toMatch(/^application\/xml/);
    expect(xmlFelt(svar.body, 'feilkode')).toBe('ske.folkeregister.mottak.UgyldigMeldingException');
    expect(xmlFelt(svar.body, 'httpStatus')).toBe('400');
    const feil = [...svar.body.matchAll(/<valideringsfeil>([^<]*)</g)].map((x) => x[1]);
    expect(feil).toHaveLength(2);
    expect(feil.join('\n')).toMatch(/foedselsnummer/);
    expect(feil.join('\n')).toMatch(/doedsdato/);
    expect(await antallMeldinger()).toBe(foer);
  });

  it('400 for XML that is not well-formed, of another resource, or not UTF-8', async () => {
    const ikkeVelformet = await send(m.app, m.produsent, 'doedsfall_v1', '<meldingOmDoedsfall><uavsluttet></meldingOmDoedsfall>');
    expect(ikkeVelformet.statusCode).toBe(400);
    expect(ikkeVelformet.body).toContain('<valideringsfeil>');
    const feilRessurs = await send(m.app, m.produsent, 'doedsfall_v1', rekvisisjonXml({ id: 'kant-4' }));
    expect(feilRessurs.statusCode).toBe(400);
    expect(feilRessurs.body).toContain('meldingOmDoedsfall');
    const latin1 = await send(m.app, m.produsent, 'doedsfall_v1', Buffer.from(doedsfallXml({ id: 'kant-5', fnr: m.personer[0]! }).replace('Lege Legesen', 'Lege Øksnes'), 'latin1'));
    expect(latin1.statusCode).toBe(400);
    expect(latin1.body).toContain('UTF-8');
  });

  it('400 for a DTD with an external entity (XXE), before any parsing', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${doedsfallXml({ id: '&xxe;', fnr: m.personer[0]! }).replace(/^<\?xml[^>]*>/, '')}`;
    const svar = await send(m.app, m.produsent, 'doedsfall_v1', xxe);
    expect(svar.statusCode).toBe(400);
    expect(xmlFelt(svar.body, 'feilkode')).toBe('ske.folkeregister.mottak.DtdIkkeTillattException');
    expect(svar.body).not.toContain('root:');
  });

  it('400 for entity expansion (billion laughs), answered at once', async () => {
    const lag = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bombe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY l0 "ha">${lag}]><meldingOmDoedsfall xmlns="folkeregisteret:melding:doedsfall:v1">&l9;</meldingOmDoedsfall>`;
    const svar = await send(m.app, m.produsent, 'doedsfall_v1', bombe);
    expect(svar.statusCode).toBe(400);
    expect(xmlFelt(svar.body, 'feilkode')).toBe('ske.folkeregister.mottak.DtdIkkeTillattException');
  });

  it('413 over the size limit, in the XML error body', async () => {
    const stor = doedsfallXml({ id: 'kant-6', fnr: m.personer[0]! }).replace('<d:kildesystem>test</d:kildesystem>', `<d:kildesystem>${'x'.repeat(GRENSER.xmlBytes)}</d:kildesystem>`);
    const svar = await send(m.app, m.produsent, 'doedsfall_v1', stor);
    expect(svar.statusCode).toBe(413);
    expect(xmlFelt(svar.body, 'feilkode')).toBe('ske.folkeregister.mottak.MeldingForStorException');
  });

  it('401 without a token or with a forged one, with the RFC 6750 challenge', async () => {
    const xml = doedsfallXml({ id: 'kant-7', fnr: m.personer[0]! });
    const uten = await send(m.app, undefined, 'doedsfall_v1', xml);
    expect(uten.statusCode).toBe(401);
    expect(uten.headers['www-authenticate']).toBe('Bearer');
    expect(xmlFelt(uten.body, 'feilkode')).toBe('ske.folkeregister.konsument.TokenManglerException');
    const forfalsket = await send(m.app, `${m.produsent.slice(0, -4)}AAAA`, 'doedsfall_v1', xml);
    expect(forfalsket.statusCode).toBe(401);
    expect(forfalsket.headers['www-authenticate']).toContain('invalid_token');
  });

  it('403 for a token without the resource\'s scope: a consumer token, or another resource\'s scope', async () => {
    const konsument = await send(m.app, m.konsument, 'doedsfall_v1', doedsfallXml({ id: 'kant-8', fnr: m.personer[0]! }));
    expect(konsument.statusCode).toBe(403);
    expect(konsument.headers['www-authenticate']).toContain('scope="folkeregister:mottak/doedsfall_v1"');
    const annenRessurs = await send(m.app, m.bareDoedsfall, 'rekvisisjon_av_dnummer_v5', rekvisisjonXml({ id: 'kant-9' }));
    expect(annenRessurs.statusCode).toBe(403);
    expect(xmlFelt(annenRessurs.body, 'feilkode')).toBe('ske.folkeregister.konsument.ManglerScopeException');
  });

  it('406 when Accept does not allow XML; 400 for a body that is not XML', async () => {
    const xml = doedsfallXml({ id: 'kant-10', fnr: m.personer[0]! });
    const json = await send(m.app, m.produsent, 'doedsfall_v1', xml, { accept: 'application/json' });
    expect(json.statusCode).toBe(406);
    expect(xmlFelt(json.body, 'feilkode')).toBe('ske.folkeregister.konsument.FormatIkkeStoettetException');
    expect((await send(m.app, m.produsent, 'doedsfall_v1', xml, { accept: 'application/*' })).statusCode).toBe(202);
    const ikkeXml = await send(m.app, m.produsent, 'doedsfall_v1', '{"a":1}', { 'content-type': 'application/json' });
    expect(ikkeXml.statusCode).toBe(400);
  });

  it('.vedlegg: the XML part and one file per multipartnavn are stored; a stray or missing part is 400', async () => {
    const xml = rekvisisjonXml({ id: 'kant-11', vedlegg: ['pass.pdf', 'papir.pdf'] });
    const del = (navn: string, filnavn: string | undefined, innhold: string, type: string) =>
      `--grense\r\nContent-Disposition: form-data; name="${navn}"${filnavn ? `; filename="${filnavn}"` : ''}\r\nContent-Type: ${type}\r\n\r\n${innhold}\r\n`;
    const kropp = (deler: string[]) => `${deler.join('')}--grense--\r\n`;
    const post = (payload: string) =>
      m.app.inject({
        method: 'POST',
        url: '/folkeregisteret/mottak/api/rekvisisjon_av_dnummer_v5.vedlegg',
        headers: { authorization: `Bearer ${m.produsent}`, 'content-type': 'multipart/form-data; boundary=grense' },
        payload,
      });
    const ok = await post(kropp([
      del('rekvisisjon', undefined, xml, 'application/xml'),
      del('vedlegg1', 'pass.pdf', '%PDF-pass', 'application/pdf'),
      del('vedlegg2', 'papir.pdf', '%PDF-papir', 'application/pdf'),
    ]));
    expect(ok.statusCode, ok.body).toBe(202);
    const lagret = await db.query<{ multipartnavn: string; innhold: Uint8Array }>(
      `select v.multipartnavn, v.innhold from melding_vedlegg v join melding m on m.id = v.melding_id
        where m.folkeregister_referanse = $1 order by 1`,
      [xmlFelt(ok.body, 'folkeregisterReferanse')],
    );
    expect(lagret.map((v) => [v.multipartnavn, Buffer.from(v.innhold).toString()])).toEqual([['papir.pdf', '%PDF-papir'], ['pass.pdf', '%PDF-pass']]);

    const feil = await post(kropp([
      del('rekvisisjon', undefined, rekvisisjonXml({ id: 'kant-12', vedlegg: ['pass.pdf', 'papir.pdf'] }), 'application/xml'),
      del('vedlegg1', 'annet.pdf', '%PDF', 'application/pdf'),
    ]));
    expect(feil.statusCode).toBe(400);
    expect(xmlFelt(feil.body, 'feilkode')).toBe('ske.folkeregister.mottak.UgyldigVedleggException');
    expect(feil.body).toContain('annet.pdf');
    expect(feil.body).toContain('papir.pdf');
  });
});
