import { readFileSync } from 'node:fs';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeKinds } from '../../support/stores.ts';
import type { Db } from '../../../src/store/db.ts';
import { finnPerson } from '../../../src/register/les-person.ts';
import { gjeldendeStatus } from '../../../src/domain/person/persondokument.ts';
import { tilbakemeldingsrot } from '../../../src/intake/mottak/tilbakemelding-xml.ts';
import { kompilerSkjemaer } from '../../../src/intake/mottak/xml-kontroll.ts';
import { doedsfallXml, rekvisisjonXml } from './meldingsmaler.ts';
import { mottaksmiljoeFor, hent, post, send, xmlFelt, type Mottaksmiljoe } from './mottak-oppsett.ts';

const SB = '/folkeregisteret/saksbehandling/api/v1';
const FEED = '/folkeregisteret/tilbakemelding/api/v2/hendelser';
const INNBYGGER = '/folkeregisteret/innbygger/api/v1';

interface Saksoversikt { saksnummer: number; status: string; utfall?: string; saksfrist?: string; begrunnelser: { kode: string }[]; personer: string[]; tildelt?: string }

/** The register authority's cases, the producers' feedback feed and citizens' own errands, over HTTP. */
describe.each(storeKinds)('mottak: cases, feedback and citizens (%s)', (kind) => {
  const t = mottaksmiljoeFor(kind);
  let db: Db;
  let m: Mottaksmiljoe;
  beforeAll(() => {
    ({ db, m } = t);
  });

  const motta = async (xml: string, ressurs = 'doedsfall_v1', token = m.produsent) => {
    const svar = await send(m.app, token, ressurs, xml);
    expect(svar.statusCode, svar.body).toBe(202);
    await m.app.mottaksarbeider.tom();
    const [rad] = await db.query<{ saksnummer: number }>(
      'select s.saksnummer::int as saksnummer from sak s join melding m on m.id = s.melding_id where m.folkeregister_referanse = $1',
      [xmlFelt(svar.body, 'folkeregisterReferanse')],
    );
    return rad!.saksnummer;
  };
  const sak = async (saksnummer: number) => (await hent(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}`)).json() as { sak: Saksoversikt; historikk: { aktoer: string; handling: string }[] };

  it('the case API needs the case-work scope, the register authority, and a named case worker', async () => {
    expect((await hent(m.app, undefined, `${SB}/saker`)).statusCode).toBe(401);
    expect((await hent(m.app, m.produsent, `${SB}/saker`)).statusCode).toBe(403);
    expect((await hent(m.app, m.saksbehandlerUtenIdent, `${SB}/saker`)).statusCode).toBe(401);
    expect((await hent(m.app, m.saksbehandler, `${SB}/saker`)).statusCode).toBe(200);
  });

  it('open cases by deadline; take, see and approve one: the proposal is registered and the producer told', async () => {
    const saksnummer = await motta(doedsfallXml({ id: 'sak-1', fnr: m.personer[0]!, saksreferanse: 'MANUELL-1' }));
    const liste = (await hent(m.app, m.saksbehandler, `${SB}/saker`)).json() as { saker: Saksoversikt[] };
    expect(liste.saker.map((s) => s.saksnummer)).toContain(saksnummer);
    expect(liste.saker.find((s) => s.saksnummer === saksnummer)).toMatchObject({ status: 'aapen', saksfrist: '2026-11-28', begrunnelser: [{ kode: 'kontrollerDoedsdato' }] });

    expect((await post(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}/godkjenning`, {})).statusCode).toBe(409);
    const tatt = await post(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}/tildeling`, {});
    expect(tatt.json()).toMatchObject({ tildelt: 'saksbehandler-1' });
    const annen = await post(m.app, m.saksbehandler2, `${SB}/saker/${saksnummer}/tildeling`, {});
    expect(annen.statusCode).toBe(409);
    expect(annen.json()).toMatchObject({ feilkode: 'ske.folkeregister.mottak.SakTildeltAnnenException' });

    const vist = (await hent(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}`)).json() as {
      melding: { ressurs: string; xml: string }; personer: { nummer: string; persondokument: object }[];
    };
    expect(vist.melding.ressurs).toBe('doedsfall_v1');
    expect(vist.melding.xml).toContain('MANUELL-1');
    expect(vist.personer.map((p) => p.nummer)).toEqual([m.personer[0]]);

    const godkjent = await post(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}/godkjenning`, {});
    expect(godkjent.statusCode, godkjent.body).toBe(200);
    expect(godkjent.json()).toMatchObject({ status: 'avsluttet', utfall: 'godkjent' });
    expect(gjeldendeStatus((await finnPerson(db, m.personer[0]!))!.dokument)).toBe('doed');
    expect((await post(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}/godkjenning`, {})).statusCode).toBe(409);
    const { historikk } = await sak(saksnummer);
    expect(historikk.map((h) => [h.aktoer, h.handling])).toEqual([
      ['system', 'opprettet'], ['saksbehandler-1', 'tildelt'], ['saksbehandler-1', 'vist'], ['saksbehandler-1', 'godkjent'], ['saksbehandler-1', 'vist'],
    ]);
  });

  it('reject with a reason; correct and approve with commands checked by schema and by decide', async () => {
    const avslag = await motta(doedsfallXml({ id: 'sak-2', fnr: m.personer[1]!, saksreferanse: 'MANUELL-2' }));
    await post(m.app, m.saksbehandler, `${SB}/saker/${avslag}/tildeling`, {});
    const avslaatt = await post(m.app, m.saksbehandler, `${SB}/saker/${avslag}/avslag`, { begrunnelse: { kode: 'feilDoedsdato', tekst: 'Dødsdato stemmer ikke med legeerklæringen' } });
    expect(avslaatt.json()).toMatchObject({ status: 'avsluttet', utfall: 'avslaatt' });
    expect(gjeldendeStatus((await finnPerson(db, m.personer[1]!))!.dokument)).toBe('bosatt');

    const korrigeres = await motta(doedsfallXml({ id: 'sak-3', fnr: m.personer[1]!, saksreferanse: 'MANUELL-3', doedsdato: '2026-11-21' }));
    await post(m.app, m.saksbehandler2, `${SB}/saker/${korrigeres}/tildeling`, {});
    const url = `${SB}/saker/${korrigeres}/godkjenning`;
    const ugyldig = await post(m.app, m.saksbehandler2, url, { kommandoer: [{ type: 'doedsfall', person: m.personer[1], doedsdato: '21.11.2026' }] });
    expect(ugyldig.statusCode).toBe(400);
    const avvist = await post(m.app, m.saksbehandler2, url, { kommandoer: [{ type: 'doedsfall', person: m.personer[1], doedsdato: '2099-01-01' }] });
    expect(avvist.statusCode).toBe(409);
    expect(avvist.json()).toMatchObject({ feilkode: 'ske.folkeregister.mottak.RegistreringAvvistException', tilleggsinformasjon: { avvisning1: expect.stringMatching(/^datoFremITid/) } });
    expect(gjeldendeStatus((await finnPerson(db, m.personer[1]!))!.dokument)).toBe('bosatt');
    const ok = await post(m.app, m.saksbehandler2, url, { kommandoer: [{ type: 'doedsfall', person: m.personer[1], doedsdato: '2026-11-19' }] });
    expect(ok.json()).toMatchObject({ utfall: 'godkjent', forslag: [{ doedsdato: '2026-11-19' }] });
    expect((await finnPerson(db, m.personer[1]!))!.dokument.doedsfall).toMatchObject({ doedsdato: '2026-11-19' });
    expect((await sak(korrigeres)).historikk.map((h) => h.handling)).toContain('korrigertOgGodkjent');
  });

  it('the feedback feed: own cases only, JSON and XSD-valid XML, ETag and 304, both directions', async () => {
    const annen = await motta(doedsfallXml({ id: 'annen-1', fnr: m.personer[2]! }), 'doedsfall_v1', m.annenProdusent);
    const side = await hent(m.app, m.produsent, `${FEED}?seq=1&pageSize=100`);
    expect(side.statusCode).toBe(200);
    const items = side.json() as { id: string; title: string; hendelseinfo: { sak: { saksnummer: string }; saksbeslutning?: { beslutning: string } } }[];
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.every((i) => i.title === 'Hendelse i sak')).toBe(true);
    expect(items.map((i) => Number(i.id))).toEqual([...items.map((i) => Number(i.id))].sort((a, b) => a - b));
    expect(items.some((i) => i.hendelseinfo.sak.saksnummer === String(annen))).toBe(false);
    expect(items.map((i) => i.hendelseinfo.saksbeslutning?.beslutning).filter(Boolean)).toEqual(expect.arrayContaining(['godkjent', 'avslaatt']));
    const andres = (await hent(m.app, m.annenProdusent, FEED)).json() as { hendelseinfo: { sak: { saksnummer: string } } }[];
    expect(andres.map((i) => i.hendelseinfo.sak.saksnummer)).toEqual([String(annen)]);

    const etag = side.headers.etag as string;
    expect((await hent(m.app, m.produsent, `${FEED}?seq=1&pageSize=100`, { 'if-none-match': etag })).statusCode).toBe(304);
    await motta(doedsfallXml({ id: 'feed-ny', fnr: m.personer[3]!, saksreferanse: 'MANUELL-4' }));
    const ny = await hent(m.app, m.produsent, `${FEED}?seq=1&pageSize=100`, { 'if-none-match': etag });
    expect(ny.statusCode).toBe(200);
    expect(ny.headers.etag).not.toBe(etag);

    const siste = Number(items.at(-1)!.id);
    const eldre = (await hent(m.app, m.produsent, `${FEED}?seq=${siste}&direction=eldre&pageSize=2`)).json() as { id: string }[];
    expect(eldre.map((i) => Number(i.id))).toEqual([siste, Number(items.at(-2)!.id)]);

    const xml = await hent(m.app, m.produsent, `${FEED}?seq=1`, { accept: 'application/xml' });
    expect(xml.headers['content-type']).toMatch(/^application\/xml/);
    const innhold = [...xml.body.matchAll(/<content type="application\/xml">(.*?)<\/content>/g)].map((x) => x[1]!);
    expect(innhold.length).toBe(items.length + 1);
    kompilerSkjemaer([]);
    for (const hendelse of innhold) expect(validerTilbakemelding(hendelse)).toEqual([]);
    expect(innhold.some((h) => h.startsWith('<hendelseISakOmFolkeregistrering') && h.includes('<sakTilManuellBehandling>'))).toBe(true);
  });

  it('a citizen reports a move: processed as a move report, their case visible to them; they can demand manual review', async () => {
    const pid = m.personer[4]!;
    const token = await m.innbyggertoken(pid);
    expect((await post(m.app, undefined, `${INNBYGGER}/flyttemelding`, {})).statusCode).toBe(401);
    const ugyldig = await post(m.app, token, `${INNBYGGER}/flyttemelding`, { flyttedato: '2026-12-01', nyAdresse: { adressenavn: 'Kirkeveien', postnummer: '9999' } });
    expect(ugyldig.statusCode).toBe(400);
    const svar = await post(m.app, token, `${INNBYGGER}/flyttemelding`, { flyttedato: '2026-11-20', nyAdresse: { adressenavn: 'Kirkeveien', husnummer: '12', husbokstav: 'B', postnummer: '0150' } });
    expect(svar.statusCode, svar.body).toBe(202);
    await m.app.mottaksarbeider.tom();
    const bosted = (await finnPerson(db, pid))!.dokument.bostedsadresse as unknown as { vegadresse?: { adressenavn: string } }[];
    expect(bosted[0]!.vegadresse!.adressenavn).toBe('Kirkeveien');

    const mine = (await hent(m.app, token, `${INNBYGGER}/saker`)).json() as { saker: { saksnummer: number; utfall: string }[] };
    expect(mine.saker).toHaveLength(1);
    expect(mine.saker[0]).toMatchObject({ utfall: 'registrert' });
    const saksnummer = mine.saker[0]!.saksnummer;
    // Another citizen cannot see or reopen it.
    const annen = await m.innbyggertoken(m.personer[3]!);
    expect((await post(m.app, annen, `${INNBYGGER}/saker/${saksnummer}/manuell-behandling`, { merknad: 'x' })).statusCode).toBe(404);

    const krav = await post(m.app, token, `${INNBYGGER}/saker/${saksnummer}/manuell-behandling`, { merknad: 'Feil husnummer' });
    expect(krav.statusCode, krav.body).toBe(200);
    expect(krav.json()).toMatchObject({ status: 'aapen', begrunnelser: [{ kode: 'kravOmManuellBehandling' }] });
    expect((await post(m.app, token, `${INNBYGGER}/saker/${saksnummer}/manuell-behandling`, { merknad: 'igjen' })).statusCode).toBe(409);
    const { sak: aapen } = await sak(saksnummer);
    expect(aapen).toMatchObject({ status: 'aapen', utfall: 'registrert' });
    // The case worker confirms the registration: nothing is registered again.
    const foer = await db.query('select siste from sekvens');
    await post(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}/tildeling`, {});
    expect((await post(m.app, m.saksbehandler, `${SB}/saker/${saksnummer}/godkjenning`, {})).json()).toMatchObject({ status: 'avsluttet', utfall: 'registrert' });
    expect(await db.query('select siste from sekvens')).toEqual(foer);
    // Reviewed by a person now: no second demand.
    expect((await post(m.app, token, `${INNBYGGER}/saker/${saksnummer}/manuell-behandling`, { merknad: 'igjen' })).json()).toMatchObject({ feilkode: 'ske.folkeregister.mottak.SakIkkeAutomatiskException' });
  });

  it('a D-number request: its feedback in the D-number contract validates', async () => {
    const saksnummer = await motta(rekvisisjonXml({ id: 'sak-dnr', etternavn: 'Nowak' }), 'rekvisisjon_av_dnummer_v5');
    const xml = await hent(m.app, m.produsent, `${FEED}?seq=1&pageSize=1000`, { accept: 'application/xml' });
    const hendelse = [...xml.body.matchAll(/<content type="application\/xml">(.*?)<\/content>/g)].map((x) => x[1]!).find((h) => h.includes(`<saksnummer>${saksnummer}</saksnummer>`))!;
    expect(hendelse).toMatch(/^<hendelseISakOmTildelingAvDNummer/);
    expect(hendelse).toContain('<skalTildeleDNummer>');
    expect(validerTilbakemelding(hendelse)).toEqual([]);
  });
});

const validatorer = new Map<string, XsdValidator>();

/** Validates one rendered feedback event against its contract's XSD; returns libxml2's errors. */
function validerTilbakemelding(xml: string): string[] {
  const kontrakt = Object.values(tilbakemeldingsrot).find((k) => xml.startsWith(`<${k.rot} `))!;
  let v = validatorer.get(kontrakt.xsd);
  if (!v) {
    const fil = new URL(`../../../spec/kontrakter/${kontrakt.xsd}`, import.meta.url);
    v = XsdValidator.fromDoc(XmlDocument.fromString(readFileSync(fil, 'utf8')));
    validatorer.set(kontrakt.xsd, v);
  }
  const dok = XmlDocument.fromString(xml);
  try {
    v.validate(dok);
    return [];
  } catch (feil) {
    return ((feil as { details?: { message: string }[] }).details ?? []).map((d) => d.message);
  } finally {
    dok.dispose();
  }
}
