import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import type { Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { registrer } from '../../src/register/registrer.ts';
import type { Db } from '../../src/store/db.ts';
import { seed } from '../../src/synth/seed.ts';
import { simuler } from '../../src/synth/simulate.ts';
import { byggOppslagsmiljoe, forventStatus, hent, skriveoppsett, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';

/**
 * The feed's promise to a consumer (spec §3.6): follow it from the start, re-read each person it names (OMH: the
 * archive version the entry points to; the others: the current person by bulk lookup), and you hold what a bulk
 * lookup of every person gives, even while the register changes under you.
 */
type Dokument = { identifikasjonsnummer?: { foedselsEllerDNummer: string; status?: string }[] };
const identifikasjonsnummer = { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true };

/** The person's number in use, as the register picks it (`folkeregisteridentifikator`). */
function nummerI(dokument: Dokument): string {
  const numre = dokument.identifikasjonsnummer ?? [];
  return (numre.find((n) => n.status === 'iBruk') ?? numre[0])!.foedselsEllerDNummer;
}

describe.each(storeKinds)('a consumer following the feed while the register changes, on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seed(db, { antall: 150, seed: 'synkronisering', identifikatorer: identifikasjonsnummer });
    m = await byggOppslagsmiljoe(db);
  }, 180_000);
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  async function post(pakke: Rettighetspakke, sti: string, kropp: object) {
    const svar = await hent(m.app, m.tokens[pakke], 'POST', url(pakke, sti), kropp);
    forventStatus(svar, 200);
    return svar.json().oppslag as { folkeregisterperson?: Dokument }[];
  }

  /** Reads the feed from 0 until it is empty after the writers have stopped; returns the copy by number in use. */
  async function foelg(pakke: Rettighetspakke, ferdig: () => boolean): Promise<{ kopi: Map<string, Dokument>; innslag: number }> {
    const kopi = new Map<string, Dokument>();
    let [seq, innslag, sett] = [0, 0, 0];
    for (;;) {
      const skrivereFerdige = ferdig();
      const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `hendelser/feed?seq=${seq}`));
      forventStatus(svar, 200);
      const side = svar.json() as { sekvensnummer: number; hendelse: { folkeregisteridentifikator: string; persondokument?: string } }[];
      if (side.length === 0) {
        if (skrivereFerdige) return { kopi, innslag };
        await new Promise((r) => setTimeout(r, 25));
        continue;
      }
      expect(side[0]!.sekvensnummer).toBeGreaterThan(sett);
      sett = side.at(-1)!.sekvensnummer;
      innslag += side.length;
      const oppslag = pakke === 'offentligMedHjemmel'
        ? await post(pakke, 'personer/bulkoppslag/arkiv', { dokumentidentifikator: side.map((i) => i.hendelse.persondokument!) })
        : await post(pakke, 'personer/bulkoppslag?somBestilt=true', { foedselsEllerDNummer: side.map((i) => i.hendelse.folkeregisteridentifikator) });
      for (const o of oppslag) if (o.folkeregisterperson) kopi.set(nummerI(o.folkeregisterperson), o.folkeregisterperson);
      seq = sett + 1;
    }
  }

  it('ends with a copy equal, person by person, to bulk lookups, for every package that can re-read persons', async () => {
    let skriverFerdig = false;
    const skrivere = (async () => {
      const simulert = simuler(db, { rate: 120, varighet: 3, seed: kind, identifikatorer: identifikasjonsnummer, klokke: () => new Date('2026-11-23T11:30:00Z') });
      // Protection and masked statuses too, which the simulation does not make.
      const endringer: Kommando[] = [
        { type: 'endreStatus', person: m.personer.ugradert, status: 'forsvunnet' },
        { type: 'adressebeskyttelse', person: m.personer.forsvunnet, graderingsnivaa: 'fortrolig' },
        { type: 'endreStatus', person: m.personer.ugradert, status: 'bosatt' },
        { type: 'endreNavn', person: m.personer.fortrolig, navn: { fornavn: 'Omdoept', etternavn: 'Fortrolig' } },
      ];
      for (const k of endringer) {
        await new Promise((r) => setTimeout(r, 400));
        const [u] = await registrer(db, [k], skriveoppsett);
        expect(u, k.type).toMatchObject({ ok: true });
      }
      const status = await simulert;
      expect(status.hendelser).toBeGreaterThan(50);
      skriverFerdig = true;
    })();
    const pakker: Rettighetspakke[] = ['offentligMedHjemmel', 'offentligUtenHjemmel', 'finans', 'privatUtenHjemmel', 'utstederAvElektroniskIdentitetsbevis'];
    const [, ...kopier] = await Promise.all([skrivere, ...pakker.map((p) => foelg(p, () => skriverFerdig))]);

    const numre = (await db.query<{ nummer: string }>('select folkeregisteridentifikator as nummer from person order by person_id')).map((r) => r.nummer);
    for (const [i, pakke] of pakker.entries()) {
      const { kopi, innslag } = kopier[i]!;
      expect(innslag).toBeGreaterThan(numre.length);
      for (let start = 0; start < numre.length; start += 1000) {
        const bolk = numre.slice(start, start + 1000);
        const fasit = await post(pakke, 'personer/bulkoppslag?somBestilt=true', { foedselsEllerDNummer: bolk });
        bolk.forEach((nummer, j) => expect(kopi.get(nummer), `${pakke} ${nummer}`).toEqual(fasit[j]!.folkeregisterperson));
      }
    }
  }, 240_000);
});
