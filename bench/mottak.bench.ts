import { Organisasjonsnummer } from '../src/access/konsumenter/organisasjonsnummer.ts';
import { produsentscope } from '../src/access/produsenter/scopes.ts';
import { lesTilgangsinnstillinger } from '../src/access/tokens/innstillinger.ts';
import { utstedUtviklingstoken } from '../src/access/tokens/utviklingstoken.ts';
import { byggApp } from '../src/api/app.ts';
import { lastMeldingsregler } from '../src/intake/mottak/oppsett.ts';
import type { Db } from '../src/store/db.ts';
import { doedsfallXml } from '../test/intake/mottak/meldingsmaler.ts';
import { rettighetspakker } from '../src/access/konsumenter/rettighetspakker.ts';
import { sisteSekvensnummer } from '../src/register/les-hendelser.ts';
import { hentToken } from './oppslag.bench.ts';
import { kjoerLast } from './last.ts';
import type { Maaling } from './maaling.ts';

const ISSUER = 'http://folkeregister.bench/';
const PRODUSENT = '974760673';

/**
 * Producer intake over real HTTP with a real producer token, on a seeded population of `1000 × skala` residents
 * (`--skala 1000`: one million): how many death notifications a second are accepted (XSD check + durable insert +
 * 202, with the worker processing alongside), how fast the worker then clears the queue, and how long a death takes
 * from `POST` to its entry in a consumer's feed (OMH over HTTP), one at a time on an idle queue. The death rules are `src/intake/meldinger`'s
 * (`src/intake/meldinger`: automatic for a living person).
 */
export async function mottakBenk(db: Db, store: string, skala: number): Promise<Maaling[]> {
  const levende = (await db.query<{ nummer: string }>(
    `select p.folkeregisteridentifikator as nummer from person p join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
      where d.dokument->'status'->0->>'status' = 'bosatt' order by p.person_id desc limit 20000`,
  )).map((r) => r.nummer);
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '100000000' });
  const app = await byggApp({ db, tilgang, mottak: { regler: await lastMeldingsregler() } });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const token = (await utstedUtviklingstoken(db, tilgang.innebygdUtsteder!, tilgang.klokkeslakkSekunder, {
      scopes: [produsentscope('doedsfall_v1')], pakker: [], organisasjonsnummer: Organisasjonsnummer.parse(PRODUSENT)!, naa: () => new Date(),
    })).access_token;
    const url = `${base}/folkeregisteret/mottak/api/doedsfall_v1`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/xml', accept: 'application/xml' };
    const post = (id: string, fnr: string) => fetch(url, { method: 'POST', headers, body: doedsfallXml({ id, fnr }) });

    // Latency first, on an idle queue: one death at a time, from its POST to its entry in the feed as a consumer with
    // the OMH package reads it over HTTP, polling from the sequence number the log stood at.
    const konsument = { authorization: `Bearer ${await hentToken(db, tilgang, 'offentligMedHjemmel')}`, accept: 'application/json' };
    const feed = `${base}${rettighetspakker.offentligMedHjemmel.prefiks}v1/hendelser/feed`;
    const forsinkelser: number[] = [];
    let feil = 0;
    for (let i = 0; i < 100; i++) {
      const fnr = levende.pop()!;
      const fra = (await sisteSekvensnummer(db)) + 1;
      const start = performance.now();
      const svar = await post(`forsinkelse-${i}`, fnr);
      if (svar.status !== 202) feil++;
      await svar.arrayBuffer();
      for (;;) {
        const side = (await (await fetch(`${feed}?seq=${fra}`, { headers: konsument })).json()) as { hendelse: { hendelsetype: string; folkeregisteridentifikator?: string } }[];
        if (side.some(({ hendelse: h }) => h.folkeregisteridentifikator === fnr && h.hendelsetype === 'personErDoed')) break;
        if (performance.now() - start > 10_000) { feil++; break; }
        await new Promise((r) => setTimeout(r, 2));
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
      { store, navn: 'dødsfall fra POST til innslag i konsumentens feed: median', enhet: 'ms', verdi: pct(0.5) },
      { store, navn: 'dødsfall fra POST til innslag i konsumentens feed: p99', enhet: 'ms', verdi: pct(0.99) },
      { store, navn: 'feil under last (skal være 0)', enhet: 'svar', verdi: feil + last.feil },
    ];
  } finally {
    await app.close();
  }
}
