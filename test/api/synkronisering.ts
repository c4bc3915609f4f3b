import { expect } from 'vitest';
import type { Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { registrer } from '../../src/register/registrer.ts';
import type { Db } from '../../src/store/db.ts';
import { simuler } from '../../src/synth/simulate.ts';
import { forventStatus, hent, skriveoppsett, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';

/**
 * What a consumer keeping a copy of the register does with feed entries, however they reach it (the feed, push,
 * the event stream), and the check that the copy is right (spec §3.6): re-read each person an entry names (OMH: the
 * archive version the entry points to; the others: the current person by bulk lookup), and in the end hold what a
 * bulk lookup of every person gives.
 */
export type Dokument = { identifikasjonsnummer?: { foedselsEllerDNummer: string; status?: string }[] };
export type Innslag = { sekvensnummer: number; hendelse: { folkeregisteridentifikator: string; hendelsetype: string; persondokument?: string } };
export const identifikasjonsnummer = { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true };

/** The packages that can re-read the persons their feed names. */
export const gjenlesendePakker: Rettighetspakke[] = ['offentligMedHjemmel', 'offentligUtenHjemmel', 'finans', 'privatUtenHjemmel', 'utstederAvElektroniskIdentitetsbevis'];

/** The person's number in use, as the register picks it (`folkeregisteridentifikator`). */
export function nummerI(dokument: Dokument): string {
  const numre = dokument.identifikasjonsnummer ?? [];
  return (numre.find((n) => n.status === 'iBruk') ?? numre[0])!.foedselsEllerDNummer;
}

async function bulk(m: Oppslagsmiljoe, pakke: Rettighetspakke, sti: string, kropp: object) {
  const svar = await hent(m.app, m.tokens[pakke], 'POST', url(pakke, sti), kropp);
  forventStatus(svar, 200);
  return svar.json().oppslag as { folkeregisterperson?: Dokument }[];
}

/** Re-reads the persons of some entries into the copy, keyed by the number in use. */
export async function gjenles(m: Oppslagsmiljoe, pakke: Rettighetspakke, innslag: readonly Innslag[], kopi: Map<string, Dokument>): Promise<void> {
  const oppslag = pakke === 'offentligMedHjemmel'
    ? await bulk(m, pakke, 'personer/bulkoppslag/arkiv', { dokumentidentifikator: innslag.map((i) => i.hendelse.persondokument!) })
    : await bulk(m, pakke, 'personer/bulkoppslag?somBestilt=true', { foedselsEllerDNummer: innslag.map((i) => i.hendelse.folkeregisteridentifikator) });
  for (const o of oppslag) if (o.folkeregisterperson) kopi.set(nummerI(o.folkeregisterperson), o.folkeregisterperson);
}

/** The package's feed over HTTP from `seq` to its end (`kommunenummer`: `feed/tilpasset`). */
export async function lesFeed(m: Oppslagsmiljoe, pakke: Rettighetspakke, seq: number, kommunenummer?: string): Promise<Innslag[]> {
  const alle: Innslag[] = [];
  for (;;) {
    const sti = kommunenummer ? `hendelser/feed/tilpasset?seq=${seq}&kommunenummer=${kommunenummer}` : `hendelser/feed?seq=${seq}`;
    const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, sti));
    forventStatus(svar, 200);
    const side = svar.json() as Innslag[];
    if (side.length === 0) return alle;
    alle.push(...side);
    seq = side.at(-1)!.sekvensnummer + 1;
  }
}

/** The copy equals, person by person, a bulk lookup of every person in the register. */
export async function forventKopiLikBulkoppslag(m: Oppslagsmiljoe, db: Db, pakke: Rettighetspakke, kopi: Map<string, Dokument>): Promise<void> {
  const numre = (await db.query<{ nummer: string }>('select folkeregisteridentifikator as nummer from person order by person_id')).map((r) => r.nummer);
  for (let start = 0; start < numre.length; start += 1000) {
    const bolk = numre.slice(start, start + 1000);
    const fasit = await bulk(m, pakke, 'personer/bulkoppslag?somBestilt=true', { foedselsEllerDNummer: bolk });
    bolk.forEach((nummer, j) => expect(kopi.get(nummer), `${pakke} ${nummer}`).toEqual(fasit[j]!.folkeregisterperson));
  }
}

/**
 * A writer changing the register for a few seconds: the simulation's life events, plus protection and masked
 * statuses, which the simulation does not make. Resolves when every write has committed.
 */
export async function skrivEndringer(db: Db, m: Oppslagsmiljoe, seed: string, varighet = 3): Promise<void> {
  // Directly to the write path: 120 writes a second is more than the intake worker processes (docs/syntetisk-populasjon.md).
  const simulert = simuler(db, { rate: 120, varighet, seed, vei: 'direkte', identifikatorer: identifikasjonsnummer, klokke: () => new Date('2026-11-23T11:30:00Z') });
  const endringer: Kommando[] = [
    { type: 'endreStatus', person: m.personer.ugradert, status: 'forsvunnet' },
    { type: 'adressebeskyttelse', person: m.personer.forsvunnet, graderingsnivaa: 'fortrolig' },
    { type: 'endreStatus', person: m.personer.ugradert, status: 'bosatt' },
    { type: 'endreNavn', person: m.personer.fortrolig, navn: { fornavn: 'Omdoept', etternavn: 'Fortrolig' } },
  ];
  for (const k of endringer) {
    await new Promise((r) => setTimeout(r, (varighet * 1000) / 7));
    const [u] = await registrer(db, [k], skriveoppsett);
    expect(u, k.type).toMatchObject({ ok: true });
  }
  const status = await simulert;
  // The simulation aims at its rate; on a machine busy with other work it reaches less (30 in 3 s seen), which still
  // interleaves many writes with the reader.
  expect(status.totalt.registrert).toBeGreaterThan(20);
}
