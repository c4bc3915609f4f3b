import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import type { Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import type { Db } from '../../src/store/db.ts';
import { seed } from '../../src/synth/seed.ts';
import { byggOppslagsmiljoe, forventStatus, hent, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';
import {
  forventKopiLikBulkoppslag, gjenles, gjenlesendePakker, identifikasjonsnummer, skrivEndringer, type Dokument, type Innslag,
} from './synkronisering.ts';

/**
 * The feed's promise to a consumer (spec §3.6): follow it from the start, re-read each person it names, and you hold
 * what a bulk lookup of every person gives, even while the register changes under you.
 */
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

  /** Reads the feed from 0 until it is empty after the writers have stopped; returns the copy by number in use. */
  async function foelg(pakke: Rettighetspakke, ferdig: () => boolean): Promise<{ kopi: Map<string, Dokument>; innslag: number }> {
    const kopi = new Map<string, Dokument>();
    let [seq, innslag, sett] = [0, 0, 0];
    for (;;) {
      const skrivereFerdige = ferdig();
      const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `hendelser/feed?seq=${seq}`));
      forventStatus(svar, 200);
      const side = svar.json() as Innslag[];
      if (side.length === 0) {
        if (skrivereFerdige) return { kopi, innslag };
        await new Promise((r) => setTimeout(r, 25));
        continue;
      }
      expect(side[0]!.sekvensnummer).toBeGreaterThan(sett);
      sett = side.at(-1)!.sekvensnummer;
      innslag += side.length;
      await gjenles(m, pakke, side, kopi);
      seq = sett + 1;
    }
  }

  it('ends with a copy equal, person by person, to bulk lookups, for every package that can re-read persons', async () => {
    let skriverFerdig = false;
    const skrivere = skrivEndringer(db, m, kind).then(() => {
      skriverFerdig = true;
    });
    const [, ...kopier] = await Promise.all([skrivere, ...gjenlesendePakker.map((p) => foelg(p, () => skriverFerdig))]);

    const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from person')) as [{ n: number }];
    for (const [i, pakke] of gjenlesendePakker.entries()) {
      const { kopi, innslag } = kopier[i]!;
      expect(innslag).toBeGreaterThan(n);
      await forventKopiLikBulkoppslag(m, db, pakke, kopi);
    }
  }, 240_000);
});
