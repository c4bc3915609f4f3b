import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { byggApp } from '../src/api/app.ts';
import { rettighetspakker } from '../src/access/konsumenter/rettighetspakker.ts';
import { standardPushinnstillinger } from '../src/access/push/innstillinger.ts';
import { Pushheader, verifiserSignatur } from '../src/access/push/signatur.ts';
import { lesTilgangsinnstillinger } from '../src/access/tokens/innstillinger.ts';
import { registrer } from '../src/register/registrer.ts';
import { identifikatortildeler } from '../src/register/identifikatorer.ts';
import type { Db } from '../src/store/db.ts';
import { persentiler } from './last.ts';
import type { Maaling } from './maaling.ts';
import { hentToken, ISSUER } from './oppslag.bench.ts';

const identifikatorer = { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true };

/**
 * From a committed change to the consumer (docs/push.md): on a seeded population of `1000 × skala` persons, changes
 * are written one at a time through the write path, and for each the time from its commit (the write call returning)
 * to its arrival at a webhook on loopback (signature verified) and at an event-stream client is taken. Each change
 * waits for both arrivals, so every figure is one change's own path, not a batch's.
 */
export async function pushBenk(db: Db, store: string, skala: number): Promise<Maaling[]> {
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '100000000' });
  const app = await byggApp({ db, tilgang, push: { ...standardPushinnstillinger, tillatInterne: true } });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const ankomst = { webhook: new Ankomster(), sse: new Ankomster() };
  let hemmelighet = '';
  let ugyldige = 0;
  const mottaker = createServer((req, res) => {
    const deler: Buffer[] = [];
    req.on('data', (d: Buffer) => deler.push(d));
    req.on('end', () => {
      const kropp = Buffer.concat(deler).toString('utf8');
      const tid = performance.now();
      const gyldig = verifiserSignatur({ hemmelighet, kropp, naa: new Date(), tidspunkt: req.headers[Pushheader.tidspunkt] as string, signatur: req.headers[Pushheader.signatur] as string });
      if (!gyldig) ugyldige++;
      for (const i of JSON.parse(kropp) as { sekvensnummer: number }[]) ankomst.webhook.noter(i.sekvensnummer, tid);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => mottaker.listen(0, '127.0.0.1', r));
  const stroem = new AbortController();
  try {
    const token = await hentToken(db, tilgang);
    const prefiks = `${base}${rettighetspakker.offentligMedHjemmel.prefiks}v1`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const svar = await fetch(`${prefiks}/hendelser/abonnementer`, {
      method: 'POST', headers, body: JSON.stringify({ webhook: `http://127.0.0.1:${(mottaker.address() as AddressInfo).port}/h` }),
    });
    hemmelighet = ((await svar.json()) as { hemmelighet: string }).hemmelighet;
    void lesStroem(`${prefiks}/hendelser/feed/stroem`, token, stroem.signal, ankomst.sse);
    await new Promise((r) => setTimeout(r, 200));

    const antall = Math.min(200, 20 * skala);
    const numre = (await db.query<{ nummer: string }>('select folkeregisteridentifikator as nummer from person order by person_id desc limit $1', [antall])).map((r) => r.nummer);
    const oppsett = { tildelIdentifikatorer: identifikatortildeler(identifikatorer) };
    const tider = { webhook: [] as number[], sse: [] as number[] };
    let maalt = 0;
    for (const [i, nummer] of numre.entries()) {
      const [u] = await registrer(db, [{ type: 'endreNavn', person: nummer, navn: { fornavn: `Push${i}`, etternavn: 'Benk' } }], oppsett);
      const commit = performance.now();
      // A person the simulation of the seed left dead or ceased takes no new name; such a change is not measured.
      if (!u?.ok) continue;
      maalt++;
      const seq = u.hendelser[0]!.sekvensnummer;
      for (const vei of ['webhook', 'sse'] as const) {
        const t = await ankomst[vei].vent(seq, 10_000);
        if (t !== undefined) tider[vei].push(Math.max(0, t - commit));
      }
    }
    const w = persentiler(tider.webhook);
    const s = persentiler(tider.sse);
    const n = `${1000 * skala} personer`;
    return [
      { store, navn: `push commit→webhook median (${n})`, enhet: 'ms', verdi: w(0.5) },
      { store, navn: `push commit→webhook p99 (${n})`, enhet: 'ms', verdi: w(0.99) },
      { store, navn: `push commit→SSE median (${n})`, enhet: 'ms', verdi: s(0.5) },
      { store, navn: `push commit→SSE p99 (${n})`, enhet: 'ms', verdi: s(0.99) },
      { store, navn: 'push endringer målt', enhet: 'endringer', verdi: maalt },
      { store, navn: 'push ikke levert til webhook innen 10 s (skal være 0)', enhet: 'endringer', verdi: maalt - tider.webhook.length },
      { store, navn: 'push ikke levert til SSE innen 10 s (skal være 0)', enhet: 'endringer', verdi: maalt - tider.sse.length },
      { store, navn: 'push leveranser med feil signatur (skal være 0)', enhet: 'leveranser', verdi: ugyldige },
    ];
  } finally {
    stroem.abort();
    mottaker.closeAllConnections();
    await new Promise((r) => mottaker.close(r));
    await app.close();
  }
}

/** Reads an event stream, noting when each `id:` arrived. */
async function lesStroem(adresse: string, token: string, signal: AbortSignal, ankomst: Ankomster): Promise<void> {
  try {
    const svar = await fetch(adresse, { headers: { authorization: `Bearer ${token}` }, signal });
    let rest = '';
    for await (const del of svar.body!.pipeThrough(new TextDecoderStream())) {
      rest += del;
      const blokker = rest.split('\n\n');
      rest = blokker.pop()!;
      const tid = performance.now();
      for (const b of blokker) {
        const id = /^id: ([0-9]+)$/m.exec(b)?.[1];
        if (id) ankomst.noter(Number(id), tid);
      }
    }
  } catch {
    // aborted at the end
  }
}

/** When each sequence number arrived, and a wait for one that has not yet. */
class Ankomster {
  private readonly tider = new Map<number, number>();
  private readonly ventende = new Map<number, (tid: number) => void>();

  noter(seq: number, tid: number): void {
    if (this.tider.has(seq)) return;
    this.tider.set(seq, tid);
    this.ventende.get(seq)?.(tid);
  }

  vent(seq: number, ms: number): Promise<number | undefined> {
    const kjent = this.tider.get(seq);
    if (kjent !== undefined) return Promise.resolve(kjent);
    return new Promise((resolve) => {
      const tidsur = setTimeout(() => resolve(undefined), ms);
      this.ventende.set(seq, (tid) => {
        clearTimeout(tidsur);
        resolve(tid);
      });
    });
  }
}
