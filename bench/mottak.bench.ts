import { Organisasjonsnummer } from '../src/access/konsumenter/organisasjonsnummer.ts';
import { produsentscope } from '../src/access/produsenter/scopes.ts';
import { lesTilgangsinnstillinger } from '../src/access/tokens/innstillinger.ts';
import { utstedUtviklingstoken } from '../src/access/tokens/utviklingstoken.ts';
import { byggApp } from '../src/api/app.ts';
import { lastMeldingsregler } from '../src/intake/mottak/oppsett.ts';
import { MeldingIkkeStoettet, type Meldingsregeltabell } from '../src/intake/mottak/regeltabell.ts';
import type { Db } from '../src/store/db.ts';
import { seed } from '../src/synth/seed.ts';
import { doedsfallXml } from '../test/intake/mottak/meldingsmaler.ts';
import { testregler } from '../test/intake/mottak/testregler.ts';
import { kjoerLast } from './last.ts';
import type { Maaling } from './maaling.ts';

const ISSUER = 'http://folkeregister.bench/';
const PRODUSENT = '974760673';

/**
 * Producer intake over real HTTP with a real producer token, on a seeded population of `1000 × skala` residents
 * (`--skala 1000`: one million): how many death notifications a second are accepted (XSD check + durable insert +
 * 202, with the worker processing alongside), how fast the worker then clears the queue, and how long a death takes
 * from `POST` to its event in the log, one at a time on an idle queue. The death rules are `src/intake/meldinger`'s
 * when present, else the test rules of `test/intake/mottak/testregler.ts` (automatic for a living person).
 */
export async function mottakBenk(db: Db, store: string, skala: number): Promise<Maaling[]> {
  await seed(db, { antall: 1000 * skala, seed: 'mottak', identifikatorer: { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true } });
  const levende = (await db.query<{ nummer: string }>(
    `select p.folkeregisteridentifikator as nummer from person p join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
      where d.dokument->'status'->0->>'status' = 'bosatt' order by p.person_id desc limit 20000`,
  )).map((r) => r.nummer);
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '100000000' });
  const app = await byggApp({ db, tilgang, mottak: { regler: await doedsregler() } });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const token = (await utstedUtviklingstoken(db, tilgang.innebygdUtsteder!, tilgang.klokkeslakkSekunder, {
      scopes: [produsentscope('doedsfall_v1')], pakker: [], organisasjonsnummer: Organisasjonsnummer.parse(PRODUSENT)!, naa: () => new Date(),
    })).access_token;
    const url = `${base}/folkeregisteret/mottak/api/doedsfall_v1`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/xml', accept: 'application/xml' };
    const post = (id: string, fnr: string) => fetch(url, { method: 'POST', headers, body: doedsfallXml({ id, fnr }) });

    // Latency first, on an idle queue: one death at a time, POST → its event committed in the log.
    const forsinkelser: number[] = [];
    let feil = 0;
    for (let i = 0; i < 100; i++) {
      const fnr = levende.pop()!;
      const start = performance.now();
      const svar = await post(`forsinkelse-${i}`, fnr);
      if (svar.status !== 202) feil++;
      await svar.arrayBuffer();
      while ((await db.query('select 1 from hendelse where folkeregisteridentifikator = $1 and hendelsestype = $2', [fnr, 'personErDoed'])).length === 0) {
        if (performance.now() - start > 10_000) { feil++; break; }
        await new Promise((r) => setTimeout(r, 1));
      }
      forsinkelser.push(performance.now() - start);
    }
    forsinkelser.sort((a, b) => a - b);
    const pct = (p: number) => forsinkelser[Math.min(forsinkelser.length - 1, Math.floor(forsinkelser.length * p))]!;

    // Then acceptance under load, the worker processing alongside; then the time to clear what is left.
    const sekunder = Math.min(10, Math.max(3, skala / 2));
    const last = await kjoerLast(sekunder, 16, (i) => post(`last-${i}`, levende[i % levende.length]!), 202);
    const [igjen] = await db.query<{ n: number }>(`select count(*)::int as n from melding where tilstand = 'mottatt'`);
    const toemStart = performance.now();
    await app.mottaksarbeider.tom();
    const toemSekunder = (performance.now() - toemStart) / 1000;
    return [
      { store, navn: `mottak dødsfall over HTTP, 16 samtidige (${1000 * skala} bosatte)`, enhet: 'meldinger/s', verdi: last.perSekund },
      { store, navn: 'mottak dødsfall: svartid median', enhet: 'ms', verdi: last.medianMs },
      { store, navn: 'mottak dødsfall: svartid p99', enhet: 'ms', verdi: last.p99Ms },
      { store, navn: 'arbeideren tømmer køen etter lasten', enhet: 'meldinger/s', verdi: igjen!.n / Math.max(toemSekunder, 0.001) },
      { store, navn: 'dødsfall fra POST til hendelse i loggen: median', enhet: 'ms', verdi: pct(0.5) },
      { store, navn: 'dødsfall fra POST til hendelse i loggen: p99', enhet: 'ms', verdi: pct(0.99) },
      { store, navn: 'feil under last (skal være 0)', enhet: 'svar', verdi: feil + last.feil },
    ];
  } finally {
    await app.close();
  }
}

/** The production rules when `src/intake/meldinger` has death rules, else the test rules. */
async function doedsregler(): Promise<Meldingsregeltabell> {
  const regler = await lastMeldingsregler();
  try {
    regler.doedsfall_v1.tolk(doedsfallXml({ id: 'x', fnr: '01010150000' }));
    return regler;
  } catch (feil) {
    if (feil instanceof MeldingIkkeStoettet) return testregler();
    return regler;
  }
}
