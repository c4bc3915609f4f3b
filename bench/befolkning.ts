import type { Db } from '../src/store/db.ts';
import { seed, type Seedresultat } from '../src/synth/seed.ts';

/**
 * The one synthetic population the consumer and producer benchmarks run on: `1000 × skala` residents seeded once per
 * store (`--skala 1000`: a million, the size issue figures are asked for), so a run of every benchmark seeds once, not
 * once per benchmark. The seed benchmark's figures are this seeding's.
 */
export interface Befolkning {
  readonly antall: number;
  /** Undefined when a kept population was reused (`--behold`): nothing was seeded in this run. */
  readonly seeding?: Seedresultat;
}

export const benkidentifikatorer = { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true };

/**
 * Seeds the population into `db`, unless it already holds the one a kept run (`--behold`) left there: the marker table
 * `benk_befolkning` is written only after the seeding finished, so a run killed halfway seeds again.
 */
export async function seedBefolkning(db: Db, skala: number, fremdrift?: (s: Seedresultat) => void): Promise<Befolkning> {
  const antall = 1000 * skala;
  await db.query('create table if not exists benk_befolkning (antall int primary key)');
  const [ferdig] = await db.query<{ antall: number }>('select antall from benk_befolkning where antall = $1', [antall]);
  if (ferdig) return { antall };
  const seeding = await seed(db, { antall, seed: 'benk', identifikatorer: benkidentifikatorer, fremdrift });
  await db.query('analyze');
  await db.query('insert into benk_befolkning (antall) values ($1)', [antall]);
  return { antall, seeding };
}
