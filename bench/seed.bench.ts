import type { Db } from '../src/store/db.ts';
import { seed } from '../src/synth/seed.ts';

/**
 * The seeder's figures for `npm run bench` (issue 3: 10 000 into PGlite under 15 s, 1 000 000 into PostgreSQL under
 * 10 minutes): seeds `1000 × skala` residents (10 000 at the default scale) into the fresh store it is given and
 * reports residents and identities a second. Same shape as `bench/maaling.ts`'s `Maaling`.
 */
export async function seedBenk(db: Db, store: string, skala: number): Promise<{ store: string; navn: string; enhet: string; verdi: number }[]> {
  const antall = 1000 * skala;
  const r = await seed(db, { antall, seed: 'benk', identifikatorer: { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true } });
  const sekunder = r.millisekunder / 1000;
  return [
    { store, navn: `seed ${antall} bosatte: tid`, enhet: 's', verdi: sekunder },
    { store, navn: `seed ${antall} bosatte`, enhet: 'bosatte/s', verdi: r.personer / sekunder },
    { store, navn: `seed ${antall} bosatte: alle identiteter`, enhet: 'identiteter/s', verdi: r.identiteter / sekunder },
    { store, navn: `seed ${antall} bosatte: hendelser`, enhet: 'hendelser/s', verdi: r.hendelser / sekunder },
  ];
}
