import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rettighetspakkenavn, rettighetspakker, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { statuserForPersonstatustyper } from '../../src/access/view/uttrekksutvalg.ts';
import { parseParts } from '../../src/access/view/parts.ts';
import { view } from '../../src/access/view/view.ts';
import { byggApp } from '../../src/api/app.ts';
import { uttrekkstjenester } from '../../src/api/konsument/uttrekkstjenester.ts';
import { lesTilgangsinnstillinger } from '../../src/access/tokens/innstillinger.ts';
import { gjeldende, gjeldendeStatus, gjeldendeVerdi, type Persondokument } from '../../src/domain/person/persondokument.ts';
import { registrer } from '../../src/register/registrer.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import type { Db } from '../../src/store/db.ts';
import { Uttrekksarbeider } from '../../src/uttrekk/arbeider.ts';
import { standardUttrekkInnstillinger, type UttrekkInnstillinger } from '../../src/uttrekk/innstillinger.ts';
import { TilpassetUttrekkJobbRequest, type Uttrekkskriterier } from '../../src/uttrekk/kriterier.ts';
import { openapiValidator, schemaDifferences } from '../support/openapi.ts';
import { freshDb, storeKinds } from '../support/stores.ts';
import { hentToken, ISSUER, registrerTestkonsument } from '../access/tilgang/hjelpere.ts';
import { adresse, byggOppslagsmiljoe, forventStatus, hent, skriveoppsett, url, KONSUMENT, type Oppslagsmiljoe } from './oppslag-oppsett.ts';

const validerJobb = openapiValidator('UttrekkJobbResponse');
const validerData = openapiValidator('UttrekkDataResponse');

/** Small batches and ranges, so a handful of persons spans several of each; the worker is stepped by the test. */
const innstillinger: UttrekkInnstillinger = { ...standardUttrekkInnstillinger, batchstoerrelse: 2, bolk: 3, arbeider: false };

interface Persontreff {
  readonly personId: number;
  readonly nummer: string;
  readonly dokumentidentifikator: string;
  readonly dokument: Persondokument;
}

async function allePersoner(db: Db): Promise<Persontreff[]> {
  const rader = await db.query<{ person_id: number; folkeregisteridentifikator: string; dokumentidentifikator: string; dokument: string }>(
    `select p.person_id::int as person_id, p.folkeregisteridentifikator, p.dokumentidentifikator, d.dokument::text as dokument
       from person p join persondokument d using (dokumentidentifikator) order by p.person_id`,
  );
  return rader.map((r) => ({ personId: r.person_id, nummer: r.folkeregisteridentifikator, dokumentidentifikator: r.dokumentidentifikator, dokument: JSON.parse(r.dokument) }));
}

const basis = (pakke: Rettighetspakke) => {
  const valg = parseParts([], pakke);
  if (!valg.ok) throw new Error('person-basis refused');
  return valg.parts;
};

/**
 * The oracle: the criteria read straight off the current document, the municipality off what `view()` shows the
 * package (so a protected address the package may not see never matches).
 */
function treffer(p: Persontreff, k: Uttrekkskriterier, pakke: Rettighetspakke): boolean {
  const dok = p.dokument;
  if (!statuserForPersonstatustyper(k.personstatustyper).includes(gjeldendeStatus(dok) ?? '')) return false;
  if (k.kommunenummer) {
    const element = k.kommunenummer.bostedskommunenummer ? 'bostedsadresse' : 'oppholdsadresse';
    const synlig = view(dok, pakke, basis(pakke)).folkeregisterperson as Record<string, { erGjeldende?: boolean; vegadresse?: { kommunenummer?: string } }[] | undefined>;
    const adr = (synlig[element] ?? []).find((v) => v.erGjeldende !== false);
    if (adr?.vegadresse?.kommunenummer !== (k.kommunenummer.bostedskommunenummer ?? k.kommunenummer.oppholdskommunenummer)) return false;
  }
  const foedsel = gjeldendeVerdi(dok, 'foedsel');
  const foedselsaar = String(foedsel?.foedselsaar ?? String(foedsel?.foedselsdato).slice(0, 4));
  if (k.foedselsaarFraOgMed && foedselsaar < k.foedselsaarFraOgMed) return false;
  if (k.foedselsaarTilOgMed && foedselsaar > k.foedselsaarTilOgMed) return false;
  const doedsaar = typeof dok.doedsfall?.doedsdato === 'string' ? dok.doedsfall.doedsdato.slice(0, 4) : undefined;
  if (k.doedsaarFraOgMed && !(doedsaar && doedsaar >= k.doedsaarFraOgMed)) return false;
  if (k.doedsaarTilOgMed && !(doedsaar && doedsaar <= k.doedsaarTilOgMed)) return false;
  if (k.kjoenn && gjeldendeVerdi(dok, 'kjoenn')?.kjoenn !== k.kjoenn) return false;
  if (k.sivilstandstype && gjeldendeVerdi(dok, 'sivilstand')?.sivilstand !== k.sivilstandstype) return false;
  if (k.statsborgerskap && !gjeldende(dok, 'statsborgerskap').some((v) => v.statsborgerskap === k.statsborgerskap)) return false;
  return true;
}

async function skriv(db: Db, kommandoer: Kommando[]): Promise<string[]> {
  const utfall = await registrer(db, kommandoer, skriveoppsett);
  return utfall.map((u) => {
    if (!u.ok) throw new Error(u.avvisning.melding);
    return u.hendelser[0]!.folkeregisteridentifikator;
  });
}

const sekvens = async (db: Db) => Number((await db.query<{ siste: number }>('select siste from sekvens'))[0]!.siste);

describe.each(storeKinds)('extract jobs (uttrekk) on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  let arbeider: Uttrekksarbeider;
  /** Every person's current document version before the later writes below, and the sequence number then. */
  let foer: { n: number; dokumenter: string[] };
  let nyPerson: string;

  const bestillTilpasset = (pakke: Rettighetspakke, kropp: unknown, token = m.tokens[pakke]) =>
    hent(m.app, token, 'POST', url(pakke, 'uttrekk/tilpasset'), kropp);
  const batch = (pakke: Rettighetspakke, jobbId: string, n: number, token = m.tokens[pakke], headers: Record<string, string> = {}) =>
    hent(m.app, token, 'GET', url(pakke, `uttrekk/${jobbId}/batch/${n}`), undefined, headers);

  /** Orders, lets the worker finish, and reads every batch until `{}`. */
  async function uttrekk(pakke: Rettighetspakke, bestilling: () => ReturnType<typeof hent>): Promise<{ jobbId: string; ider: string[][] }> {
    const bestilt = await bestilling();
    forventStatus(bestilt, 200);
    expect(validerJobb(bestilt.json())).toEqual([]);
    const { jobbId } = bestilt.json() as { jobbId: string };
    await arbeider.kjoerTilTomt();
    const ider: string[][] = [];
    for (let n = 0; ; n++) {
      const svar = await batch(pakke, jobbId, n);
      forventStatus(svar, 200);
      expect(validerData(svar.json())).toEqual([]);
      const kropp = svar.json() as Record<string, string[]>;
      if (Object.keys(kropp).length === 0) break;
      const liste = kropp.foedselsEllerDNummer ?? kropp.dokumentidentifikator!;
      expect(liste.length).toBeLessThanOrEqual(innstillinger.batchstoerrelse);
      ider.push(liste);
    }
    return { jobbId, ider };
  }

  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggOppslagsmiljoe(db, { uttrekk: innstillinger });
    arbeider = new Uttrekksarbeider(db, innstillinger, m.klokke.naa);
    const [svensk, doed] = await skriv(db, [
      { type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '2001-03-03', kjoenn: 'kvinne', navn: { fornavn: 'Svensk', etternavn: 'Uttrekksen' }, statsborgerskap: ['SWE'], innflytting: { fraflyttingsland: 'SWE', dato: '2020-01-01' }, bostedsadresse: adresse('Svenskegata') },
      { type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1950-06-06', kjoenn: 'mann', navn: { fornavn: 'Doed', etternavn: 'Uttrekksen' }, statsborgerskap: ['NOR'], innflytting: { fraflyttingsland: 'DNK', dato: '1990-01-01' }, bostedsadresse: adresse('Gravgata') },
    ]);
    await skriv(db, [
      { type: 'doedsfall', person: doed!, doedsdato: '2024-05-05' },
      { type: 'registrere', person: m.personer.midlertidig, element: 'oppholdsadresse', verdi: { vegadresse: adresse('Hybelveien', '5001').vegadresse, adressegradering: 'ugradert' } },
    ]);
    expect(svensk).toBeDefined();
    foer = { n: await sekvens(db), dokumenter: (await allePersoner(db)).map((p) => p.dokumentidentifikator) };
    // After N: a new person, and a move that gives the first person a newer version.
    [nyPerson] = await skriv(db, [{ type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1990-01-01', kjoenn: 'mann', navn: { fornavn: 'Senere', etternavn: 'Uttrekksen' }, statsborgerskap: ['NOR'], innflytting: { fraflyttingsland: 'SWE', dato: '2026-01-01' }, bostedsadresse: adresse('Nyveien') }]) as [string];
    await skriv(db, [{ type: 'flytte', person: m.personer.fortrolig, bostedsadresse: adresse('Annenveien'), flyttedato: '2026-06-01' }]);
  }, 180_000);
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('documents its routes in /openapi.json', async () => {
    const { paths } = (await m.app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const omh = '/folkeregisteret/offentlig-med-hjemmel/api/v1/uttrekk';
    expect(Object.keys(paths[`${omh}/komplett`]!)).toEqual(['get']);
    expect(Object.keys(paths[`${omh}/tilpasset`]!)).toEqual(['post']);
    expect(Object.keys(paths[`${omh}/{jobbid}/batch/{batchnr}`]!)).toEqual(['get']);
    expect(paths['/folkeregisteret/api/offentligutenhjemmel/v1/uttrekk/komplett']).toBeUndefined();
  });

  it('takes the schema of OpenAPI TilpassetUttrekkJobbRequest', () => {
    expect(schemaDifferences(TilpassetUttrekkJobbRequest, 'TilpassetUttrekkJobbRequest')).toEqual([]);
  });

  it('komplett as of an earlier N gives exactly the document versions current then, later persons left out', async () => {
    const { ider } = await uttrekk('offentligMedHjemmel', () => hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', `uttrekk/komplett?feedsekvensnr=${foer.n}`)));
    expect(ider.flat().sort()).toEqual([...foer.dokumenter].sort());
    expect(ider.slice(0, -1).every((b) => b.length === innstillinger.batchstoerrelse)).toBe(true);
    const naa = await allePersoner(db);
    expect(ider.flat()).not.toContain(naa.find((p) => p.nummer === nyPerson)!.dokumentidentifikator);
    expect(naa.filter((p) => !foer.dokumenter.includes(p.dokumentidentifikator))).toHaveLength(2);
  });

  it('komplett without N, or with N beyond the log, gives every current version; the ids resolve through bulkoppslag/arkiv', async () => {
    const naa = (await allePersoner(db)).map((p) => p.dokumentidentifikator).sort();
    for (const sti of ['uttrekk/komplett', 'uttrekk/komplett?feedsekvensnr=999999999999999999999']) {
      const { ider } = await uttrekk('offentligMedHjemmel', () => hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', sti)));
      expect(ider.flat().sort()).toEqual(naa);
    }
    const arkiv = await hent(m.app, m.tokens.offentligMedHjemmel, 'POST', url('offentligMedHjemmel', 'personer/bulkoppslag/arkiv'), { dokumentidentifikator: naa });
    forventStatus(arkiv, 200);
    expect((arkiv.json() as { oppslag: { folkeregisterperson?: unknown }[] }).oppslag.every((o) => o.folkeregisterperson)).toBe(true);
  });

  const kriteriesett: Uttrekkskriterier[] = [
    { personstatustyper: ['bosatt'] },
    { personstatustyper: ['aktiv'] },
    { personstatustyper: ['doed'] },
    { personstatustyper: ['bosatt', 'aktiv', 'doed', 'utflyttet', 'inaktiv'] },
    { personstatustyper: ['bosatt', 'aktiv'], kommunenummer: { bostedskommunenummer: '0301' } },
    { personstatustyper: ['bosatt', 'aktiv', 'doed'], kommunenummer: { bostedskommunenummer: '0301' } },
    { personstatustyper: ['bosatt'], kommunenummer: { bostedskommunenummer: '4601' } },
    { personstatustyper: ['aktiv'], kommunenummer: { oppholdskommunenummer: '5001' } },
    { personstatustyper: ['bosatt', 'aktiv'], foedselsaarFraOgMed: '1979' },
    { personstatustyper: ['bosatt', 'aktiv'], foedselsaarTilOgMed: '1979' },
    { personstatustyper: ['bosatt'], foedselsaarFraOgMed: '2001', foedselsaarTilOgMed: '2001' },
    { personstatustyper: ['doed'], doedsaarFraOgMed: '2024', doedsaarTilOgMed: '2024' },
    { personstatustyper: ['doed'], doedsaarFraOgMed: '2025' },
    { personstatustyper: ['bosatt', 'doed'], doedsaarTilOgMed: '2030' },
    { personstatustyper: ['bosatt', 'aktiv'], kjoenn: 'kvinne' },
    { personstatustyper: ['bosatt', 'aktiv'], kjoenn: 'mann' },
    { personstatustyper: ['bosatt'], statsborgerskap: 'SWE' },
    { personstatustyper: ['bosatt'], sivilstandstype: 'gift' },
    { personstatustyper: ['bosatt'], kjoenn: 'kvinne', kommunenummer: { bostedskommunenummer: '0301' }, foedselsaarFraOgMed: '1950', statsborgerskap: 'NOR' },
  ];

  it('tilpasset selects by each criterion exactly as the oracle reads the documents, for every package that offers it', async () => {
    const personer = await allePersoner(db);
    const pakker = rettighetspakkenavn.filter((p) => uttrekkstjenester(p, innstillinger).tilpasset);
    expect(pakker.sort()).toEqual(['finans', 'offentligMedHjemmel', 'offentligUtenHjemmel', 'privatUtenHjemmel', 'utstederAvElektroniskIdentitetsbevis']);
    for (const pakke of pakker) {
      // Packages differ only in what addresses they see: every criterion for OMH and OUH, the municipality ones for the rest.
      const utvalg = ['offentligMedHjemmel', 'offentligUtenHjemmel'].includes(pakke) ? kriteriesett : kriteriesett.filter((k) => k.kommunenummer);
      for (const k of utvalg) {
        const { ider } = await uttrekk(pakke, () => bestillTilpasset(pakke, k));
        const forventet = personer.filter((p) => treffer(p, k, pakke)).map((p) => p.nummer);
        expect(ider.flat(), `${pakke} ${JSON.stringify(k)}`).toEqual(forventet);
      }
    }
    // The oracle is not vacuous: the criteria tell the persons apart.
    expect(personer.filter((p) => treffer(p, kriteriesett[4]!, 'offentligMedHjemmel')).length).toBeGreaterThan(2);
  }, 240_000);

  it('aktiv selects midlertidig, ikkeBosatt, forsvunnet and foedselsregistrert, and no one else', async () => {
    const { ider } = await uttrekk('offentligUtenHjemmel', () => bestillTilpasset('offentligUtenHjemmel', { personstatustyper: ['aktiv'] }));
    expect(ider.flat().sort()).toEqual([m.personer.midlertidig, m.personer.forsvunnet].sort());
    const statuser = (await allePersoner(db)).filter((p) => ider.flat().includes(p.nummer)).map((p) => gjeldendeStatus(p.dokument));
    expect(statuser.sort()).toEqual(['forsvunnet', 'midlertidig']);
  });

  it('never reveals a protected person as living in a municipality to a package that may not see the address', async () => {
    const k: Uttrekkskriterier = { personstatustyper: ['bosatt', 'aktiv'], kommunenummer: { bostedskommunenummer: '0301' } };
    const omh = (await uttrekk('offentligMedHjemmel', () => bestillTilpasset('offentligMedHjemmel', k))).ider.flat();
    const ouh = (await uttrekk('offentligUtenHjemmel', () => bestillTilpasset('offentligUtenHjemmel', k))).ider.flat();
    expect(omh).toContain(m.personer.fortrolig);
    expect(ouh).not.toContain(m.personer.fortrolig);
    expect([...omh, ...ouh]).not.toContain(m.personer.strengtFortrolig);
    // Without a municipality, the protected persons are in every package's extract: only the address is hidden.
    const alle = (await uttrekk('offentligUtenHjemmel', () => bestillTilpasset('offentligUtenHjemmel', { personstatustyper: ['bosatt'] }))).ider.flat();
    expect(alle).toEqual(expect.arrayContaining([m.personer.fortrolig, m.personer.strengtFortrolig]));
  });

  it('answers 404 while a batch is not ready, 200 when it is, {} after the last, and in XML on request', async () => {
    const bestilt = await bestillTilpasset('offentligMedHjemmel', { personstatustyper: ['bosatt'] });
    const { jobbId } = bestilt.json() as { jobbId: string };
    const ikkeKlar = await batch('offentligMedHjemmel', jobbId, 0);
    forventStatus(ikkeKlar, 404);
    expect(ikkeKlar.json()).toEqual({ feilmelding: 'Jobben er ikke ferdig, og batchen er ikke klar ennå; prøv igjen senere' });
    expect(validerData(ikkeKlar.json())).toEqual([]);
    // One range done: what it found is given out as soon as a batch is full, later batches still wait.
    await arbeider.steg();
    const [{ n: skrevet }] = await db.query<{ n: number }>('select count(*)::int as n from uttrekk_treff where jobb_id = $1::uuid', [jobbId]) as [{ n: number }];
    const klare = Math.floor(skrevet / innstillinger.batchstoerrelse);
    for (let n = 0; n < klare; n++) forventStatus(await batch('offentligMedHjemmel', jobbId, n), 200);
    forventStatus(await batch('offentligMedHjemmel', jobbId, klare), 404);
    await arbeider.kjoerTilTomt();
    const forventet = (await allePersoner(db)).filter((p) => gjeldendeStatus(p.dokument) === 'bosatt').map((p) => p.nummer);
    const sisteNr = Math.ceil(forventet.length / innstillinger.batchstoerrelse);
    const siste = await batch('offentligMedHjemmel', jobbId, sisteNr - 1, undefined, { accept: 'application/xml' });
    forventStatus(siste, 200);
    expect(siste.headers['content-type']).toMatch(/^application\/xml/);
    const sisteIder = forventet.slice((sisteNr - 1) * innstillinger.batchstoerrelse);
    expect(siste.body).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><uttrekkDataResponse xmlns="folkeregisteret:tilgjengeliggjoering:uttrekk:v1">${sisteIder.map((i) => `<foedselsEllerDNummer>${i}</foedselsEllerDNummer>`).join('')}</uttrekkDataResponse>`,
    );
    const tom = await batch('offentligMedHjemmel', jobbId, sisteNr);
    forventStatus(tom, 200);
    expect(tom.json()).toEqual({});
  });

  it('answers 410 for an unknown job, a malformed id, another organisation\'s job and another package\'s', async () => {
    const { jobbId } = await uttrekk('offentligMedHjemmel', () => bestillTilpasset('offentligMedHjemmel', { personstatustyper: ['doed'] }));
    const annen = await registrerTestkonsument(db, '999777666', ['offentligMedHjemmel']);
    const annenToken = await hentToken(m, annen, [rettighetspakker.offentligMedHjemmel.scope]);
    for (const svar of [
      await batch('offentligMedHjemmel', '6f1c1f8e-0000-4000-8000-000000000000', 0),
      await batch('offentligMedHjemmel', 'ikke-en-jobb', 0),
      await batch('offentligMedHjemmel', jobbId, 0, annenToken),
      await batch('offentligUtenHjemmel', jobbId, 0),
    ]) {
      forventStatus(svar, 410);
      expect(svar.json()).toEqual({ feilmelding: 'Jobben finnes ikke eller er utløpt' });
    }
    forventStatus(await batch('offentligMedHjemmel', jobbId, 0), 200);
  });

  it('refuses the 11th unfinished job of an organisation with 429, and takes orders again when one finishes', async () => {
    await arbeider.kjoerTilTomt();
    const annen = await registrerTestkonsument(db, '999555444', ['offentligUtenHjemmel', 'offentligMedHjemmel']);
    const token = await hentToken(m, annen, [rettighetspakker.offentligUtenHjemmel.scope, rettighetspakker.offentligMedHjemmel.scope]);
    for (let i = 0; i < 10; i++) {
      const pakke = i % 2 === 0 ? 'offentligUtenHjemmel' : 'offentligMedHjemmel';
      forventStatus(await bestillTilpasset(pakke, { personstatustyper: ['bosatt'] }, token), 200);
    }
    const ellevte = await hent(m.app, token, 'GET', url('offentligMedHjemmel', 'uttrekk/komplett'));
    forventStatus(ellevte, 429);
    expect(ellevte.headers['retry-after']).toBe('60');
    expect(ellevte.json()).toEqual({ feilmelding: 'Virksomheten har allerede det høyeste antallet uttrekksjobber som kjører' });
    expect(validerJobb(ellevte.json())).toEqual([]);
    // Another organisation is not held back by this one's jobs.
    forventStatus(await bestillTilpasset('offentligMedHjemmel', { personstatustyper: ['doed'] }), 200);
    await arbeider.kjoerTilTomt();
    forventStatus(await hent(m.app, token, 'GET', url('offentligMedHjemmel', 'uttrekk/komplett')), 200);
    await arbeider.kjoerTilTomt();
  });

  it('refuses bad bodies and parameters with 400 in FREG\'s error shape, and stores no job', async () => {
    const foerAntall = (await db.query<{ n: number }>('select count(*)::int as n from uttrekk_jobb'))[0]!.n;
    const feilkode = 'ske.folkeregister.konsument.UgyldigForespoerselException';
    for (const kropp of [
      {},
      { personstatustyper: [] },
      { personstatustyper: ['midlertidig'] },
      { personstatustyper: ['bosatt'], kommunenummer: { bostedskommunenummer: '0301', oppholdskommunenummer: '0301' } },
      { personstatustyper: ['bosatt'], kommunenummer: {} },
      { personstatustyper: ['bosatt'], kommunenummer: { bostedskommunenummer: '301' } },
      { personstatustyper: ['bosatt'], kommunenummer: { kommune: '0301' } },
      { personstatustyper: ['bosatt'], foedselsaarFraOgMed: '19x0' },
      { personstatustyper: ['bosatt'], foedselsaarFraOgMed: '2000', foedselsaarTilOgMed: '1990' },
      { personstatustyper: ['bosatt'], doedsaarFraOgMed: '2020', doedsaarTilOgMed: '2019' },
      { personstatustyper: ['bosatt'], kjoenn: 'annet' },
      { personstatustyper: ['bosatt'], statsborgerskap: 'se' },
      { personstatustyper: ['bosatt'], sivilstandstype: 'samboer' },
      { personstatustyper: ['bosatt'], kommunenumer: { bostedskommunenummer: '0301' } },
      [],
    ]) {
      const svar = await bestillTilpasset('offentligMedHjemmel', kropp);
      forventStatus(svar, 400);
      expect(svar.json(), JSON.stringify(kropp)).toMatchObject({ httpStatus: 400, alvorlighetsgrad: 'WARNING', feilkode });
    }
    const xml = await hent(m.app, m.tokens.offentligMedHjemmel, 'POST', url('offentligMedHjemmel', 'uttrekk/tilpasset'), '<a><personstatustyper>bosatt</personstatustyper></a>', { 'content-type': 'application/xml' });
    forventStatus(xml, 400);
    for (const sti of ['uttrekk/komplett?feedsekvensnr=-1', 'uttrekk/komplett?feedsekvensnr=abc', 'uttrekk/6f1c1f8e-0000-4000-8000-000000000000/batch/-1', 'uttrekk/6f1c1f8e-0000-4000-8000-000000000000/batch/x']) {
      const svar = await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', sti));
      forventStatus(svar, 400);
      expect(svar.json()).toMatchObject({ feilkode });
    }
    expect((await db.query<{ n: number }>('select count(*)::int as n from uttrekk_jobb'))[0]!.n).toBe(foerAntall);
  });

  it('offers komplett to OMH only and tilpasset to OMH, OUH, PUH and, by setting, FIN and EID; nothing to the others', async () => {
    for (const pakke of rettighetspakkenavn) {
      const tjenester = uttrekkstjenester(pakke, innstillinger);
      const komplett = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, 'uttrekk/komplett'));
      const tilpasset = await bestillTilpasset(pakke, { personstatustyper: ['doed'] });
      forventStatus(komplett, tjenester.komplett ? 200 : 404);
      forventStatus(tilpasset, tjenester.tilpasset ? 200 : 404);
      if (!tjenester.tilpasset) forventStatus(await batch(pakke, (tilpasset.json() as { jobbId?: string }).jobbId ?? 'x', 0), 404);
    }
    expect(uttrekkstjenester('finans', { tilpassetForFinansOgEid: false })).toEqual({ komplett: false, tilpasset: false });
    expect(uttrekkstjenester('utstederAvElektroniskIdentitetsbevis', { tilpassetForFinansOgEid: false }).tilpasset).toBe(false);
    await arbeider.kjoerTilTomt();
  });

  it('logs one audit row per person given out in a batch, with the document id for komplett, before answering', async () => {
    const tilpasset = await uttrekk('privatUtenHjemmel', () => bestillTilpasset('privatUtenHjemmel', { personstatustyper: ['bosatt'], kjoenn: 'kvinne' }));
    const komplett = await uttrekk('offentligMedHjemmel', () => hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', `uttrekk/komplett?feedsekvensnr=${foer.n}`)));
    const rader = await db.query<{ personidentifikator: string; dokumentidentifikator: string | null; rettighetspakke: string; organisasjonsnummer: string; innsynsrelevant: boolean; forespoersel_id: string; person_id: number }>(
      `select personidentifikator, dokumentidentifikator, rettighetspakke, organisasjonsnummer, innsynsrelevant, forespoersel_id, person_id::int as person_id
         from revisjonslogg where tjeneste = 'uttrekk' and rettighetspakke = $1 order by loepenummer`,
      ['privatUtenHjemmel'],
    );
    const sisteTilpasset = rader.slice(-tilpasset.ider.flat().length);
    expect(sisteTilpasset.map((r) => r.personidentifikator)).toEqual(tilpasset.ider.flat());
    expect(sisteTilpasset.every((r) => r.organisasjonsnummer === KONSUMENT && r.dokumentidentifikator === null && r.innsynsrelevant === false)).toBe(true);
    // One request id per batch: the rows of a batch belong together.
    expect(new Set(sisteTilpasset.map((r) => r.forespoersel_id)).size).toBe(tilpasset.ider.length);
    const omh = await db.query<{ dokumentidentifikator: string; personidentifikator: string; person_id: number }>(
      `select dokumentidentifikator, personidentifikator, person_id::int as person_id from revisjonslogg
        where tjeneste = 'uttrekk' and rettighetspakke = 'offentligMedHjemmel' order by loepenummer desc limit $1`,
      [komplett.ider.flat().length],
    );
    expect(omh.map((r) => r.dokumentidentifikator).sort()).toEqual(komplett.ider.flat().sort());
    const personer = await allePersoner(db);
    for (const r of omh) expect(personer.find((p) => p.personId === r.person_id)?.nummer).toBe(r.personidentifikator);
    // Reading the end marker or a batch not ready discloses no one.
    const foerAntall = (await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg'))[0]!.n;
    forventStatus(await batch('privatUtenHjemmel', tilpasset.jobbId, tilpasset.ider.length), 200);
    expect((await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg'))[0]!.n).toBe(foerAntall);
  });

  it('expires a job after its lifetime: 410, and its rows are deleted', async () => {
    const { jobbId } = await uttrekk('offentligMedHjemmel', () => bestillTilpasset('offentligMedHjemmel', { personstatustyper: ['bosatt'] }));
    m.klokke.frem(innstillinger.levetidMs / 1000 + 1);
    const token = await hentToken(m, m.klient, [rettighetspakker.offentligMedHjemmel.scope]);
    forventStatus(await batch('offentligMedHjemmel', jobbId, 0, token), 410);
    await arbeider.steg();
    const igjen = await db.query('select 1 from uttrekk_treff where jobb_id = $1::uuid union all select 1 from uttrekk_jobb where jobb_id = $1::uuid', [jobbId]);
    expect(igjen).toEqual([]);
    for (const pakke of rettighetspakkenavn) m.tokens[pakke] = await hentToken(m, m.klient, [rettighetspakker[pakke].scope]);
  });

  it('lets several workers run at once without any job or range done twice', async () => {
    const personer = await allePersoner(db);
    const k: Uttrekkskriterier = { personstatustyper: ['bosatt', 'aktiv', 'doed'] };
    const jobber: string[] = [];
    for (let i = 0; i < 4; i++) {
      const svar = i % 2 ? await bestillTilpasset('offentligMedHjemmel', k) : await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', 'uttrekk/komplett'));
      jobber.push((svar.json() as { jobbId: string }).jobbId);
    }
    const arbeidere = [0, 1, 2].map(() => new Uttrekksarbeider(db, innstillinger, m.klokke.naa));
    await Promise.all(arbeidere.map((a) => a.kjoerTilTomt()));
    for (const [i, jobbId] of jobber.entries()) {
      const forventet = i % 2 ? personer.filter((p) => treffer(p, k, 'offentligMedHjemmel')).length : personer.length;
      const [rad] = await db.query<{ n: number; nr: number; personer: number; ferdig: boolean }>(
        `select count(*)::int as n, count(distinct t.nr)::int as nr, count(distinct t.person_id)::int as personer, bool_and(j.tilstand = 'ferdig') as ferdig
           from uttrekk_treff t join uttrekk_jobb j using (jobb_id) where jobb_id = $1::uuid`,
        [jobbId],
      );
      expect(rad).toEqual({ n: forventet, nr: forventet, personer: forventet, ferdig: true });
    }
  });

  it('stops cleanly even when its database went away first', async () => {
    const egen = await freshDb(kind);
    const feil: unknown[] = [];
    const a = new Uttrekksarbeider(egen, { ...innstillinger, pollMs: 5 }, m.klokke.naa, (f) => feil.push(f));
    a.start();
    await new Promise((r) => setTimeout(r, 50));
    await egen.close();
    await expect(a.stopp()).resolves.toBeUndefined();
    expect(feil.length).toBeGreaterThan(0);
  });

  async function startPaaNytt(valg: UttrekkInnstillinger): Promise<void> {
    await m.app.close();
    const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '1000000' });
    const app = await byggApp({ db, tilgang, klokke: m.klokke.naa, uttrekk: valg });
    await app.ready();
    Object.assign(m, { app });
  }

  it('resumes a job after a restart: after a clean stop at once, after a crash when the lease runs out; no range twice', async () => {
    const forventet = (await allePersoner(db)).map((p) => p.dokumentidentifikator).sort();
    for (const krasj of [false, true]) {
      const bestilt = await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', 'uttrekk/komplett'));
      const { jobbId } = bestilt.json() as { jobbId: string };
      forventStatus(bestilt, 200);
      const foerste = new Uttrekksarbeider(db, innstillinger, m.klokke.naa);
      expect(await foerste.steg()).toBe(true);
      const [{ markoer }] = await db.query<{ markoer: number }>('select markoer::int as markoer from uttrekk_jobb where jobb_id = $1::uuid', [jobbId]) as [{ markoer: number }];
      expect(markoer).toBe(innstillinger.bolk);
      if (!krasj) await foerste.stopp();
      // The server restarts on the same database: a new app whose worker runs by itself.
      if (krasj) m.klokke.frem(innstillinger.leieMs / 1000 + 1);
      await startPaaNytt({ ...innstillinger, arbeider: true, pollMs: 10 });
      const token = await hentToken(m, m.klient, [rettighetspakker.offentligMedHjemmel.scope]);
      const ider: string[] = [];
      for (let n = 0, forsoek = 0; forsoek < 2000; forsoek++) {
        const svar = await batch('offentligMedHjemmel', jobbId, n, token);
        if (svar.statusCode === 404) {
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        forventStatus(svar, 200);
        const liste = (svar.json() as { dokumentidentifikator?: string[] }).dokumentidentifikator;
        if (!liste) break;
        ider.push(...liste);
        n++;
      }
      expect(ider.sort(), krasj ? 'after a crash' : 'after a clean stop').toEqual(forventet);
      // The crashed worker comes back to life late: its lease is gone, so it writes nothing.
      if (krasj) await foerste.steg();
      const rader = await db.query<{ n: number; nr: number }>('select count(*)::int as n, count(distinct nr)::int as nr from uttrekk_treff where jobb_id = $1::uuid', [jobbId]);
      expect(rader).toEqual([{ n: forventet.length, nr: forventet.length }]);
      await startPaaNytt(innstillinger);
    }
    for (const pakke of rettighetspakkenavn) m.tokens[pakke] = await hentToken(m, m.klient, [rettighetspakker[pakke].scope]);
  });
});
