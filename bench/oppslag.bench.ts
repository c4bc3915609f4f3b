import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { byggApp } from '../src/api/app.ts';
import { rettighetspakker, type Rettighetspakke } from '../src/access/konsumenter/rettighetspakker.ts';
import { Organisasjonsnummer } from '../src/access/konsumenter/organisasjonsnummer.ts';
import { lesTilgangsinnstillinger, type Tilgangsinnstillinger } from '../src/access/tokens/innstillinger.ts';
import { utstedUtviklingstoken } from '../src/access/tokens/utviklingstoken.ts';
import { registrer } from '../src/register/registrer.ts';
import { identifikatortildeler } from '../src/register/identifikatorer.ts';
import type { Db } from '../src/store/db.ts';
import { kjoerLast } from './last.ts';
import type { Maaling } from './maaling.ts';
import { benkperson } from './register.bench.ts';

export const ISSUER = 'http://folkeregister.bench/';
const ORG = '999888999';

/**
 * Lookups as a consumer makes them: real HTTP on loopback, a real token, the disclosure gate and the audit log (one
 * committed row per disclosed person). The same client against a server returning a fixed document of the same size,
 * without database or audit, gives the ceiling; the ratio is what the register's work costs.
 */
export async function oppslagBenk(db: Db, store: string, skala: number): Promise<Maaling[]> {
  const numre: string[] = [];
  const oppsett = { tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }) };
  for (let start = 0; start < 100 * skala; start += 500) {
    const utfall = await registrer(db, Array.from({ length: 500 }, (_, j) => benkperson(start + j)), oppsett);
    for (const u of utfall) if (u.ok) numre.push(u.hendelser[0]!.folkeregisteridentifikator);
  }
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '100000000' });
  const app = await byggApp({ db, tilgang });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const token = await hentToken(db, tilgang);
    const prefiks = `${base}/folkeregisteret/offentlig-med-hjemmel/api/v1/personer`;
    const headers = { authorization: `Bearer ${token}` };
    const eksempel = await (await fetch(`${prefiks}/${numre[0]}`, { headers })).text();
    const sekunder = Math.max(3, skala / 2);
    const enkelt = await kjoerLast(sekunder, 32, (i) => fetch(`${prefiks}/${numre[i % numre.length]}`, { headers }));
    const bulkkropp = (i: number) => JSON.stringify({ foedselsEllerDNummer: Array.from({ length: 100 }, (_, j) => numre[(i * 100 + j) % numre.length]) });
    const bulk = await kjoerLast(sekunder, 4, (i) =>
      fetch(`${prefiks}/bulkoppslag`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: bulkkropp(i) }),
    );
    const fast = await fastDokumentServer(eksempel, sekunder);
    const [rader] = await db.query<{ n: number }>('select count(*)::int as n from revisjonslogg');
    return [
      { store, navn: 'oppslag personer/{id} med revisjon, 32 samtidige', enhet: 'oppslag/s', verdi: enkelt.perSekund },
      { store, navn: 'oppslag personer/{id}: median', enhet: 'ms', verdi: enkelt.medianMs },
      { store, navn: 'oppslag personer/{id}: p99', enhet: 'ms', verdi: enkelt.p99Ms },
      { store, navn: 'bulkoppslag à 100 med revisjon, 4 samtidige', enhet: 'personer/s', verdi: bulk.perSekund * 100 },
      { store, navn: 'fast dokument uten database og revisjon, 32 samtidige', enhet: 'svar/s', verdi: fast.perSekund },
      { store, navn: 'oppslag / fast dokument', enhet: 'forhold', verdi: enkelt.perSekund / fast.perSekund },
      { store, navn: 'feil under last (skal være 0)', enhet: 'svar', verdi: enkelt.feil + bulk.feil + fast.feil },
      { store, navn: 'revisjonsrader skrevet', enhet: 'rader', verdi: Number(rader!.n) },
    ];
  } finally {
    await app.close();
  }
}

async function fastDokumentServer(dokument: string, sekunder: number) {
  const app = Fastify();
  app.get('/personer/:id', async (_request, reply) => reply.type('application/json; charset=utf-8').send(dokument));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  try {
    return await kjoerLast(sekunder, 32, (i) => fetch(`http://127.0.0.1:${port}/personer/${i}`));
  } finally {
    await app.close();
  }
}

/** A token through the real JWT-bearer grant (client key, signed assertion), as a consumer gets one. */
export async function hentToken(db: Db, tilgang: Tilgangsinnstillinger, pakke: Rettighetspakke = 'offentligMedHjemmel'): Promise<string> {
  const svar = await utstedUtviklingstoken(db, tilgang.innebygdUtsteder!, tilgang.klokkeslakkSekunder, {
    scopes: [rettighetspakker[pakke].scope],
    pakker: [pakke],
    organisasjonsnummer: Organisasjonsnummer.parse(ORG)!,
    naa: () => new Date(),
  });
  return svar.access_token;
}
