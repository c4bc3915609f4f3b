import type { Db } from '../src/store/db.ts';
import type { Maaling } from './maaling.ts';
import { feedBenk } from './feed.bench.ts';
import { oppslagBenk } from './oppslag.bench.ts';
import { pushBenk } from './push.bench.ts';
import { seedBenk } from './seed.bench.ts';

/** The benchmarks besides the register's own, one entry each; later capabilities add theirs here. */
export const benker: { navn: string; kjoer: (db: Db, store: string, skala: number) => Promise<Maaling[]> }[] = [
  { navn: 'seed', kjoer: seedBenk },
  { navn: 'oppslag', kjoer: oppslagBenk },
  { navn: 'feed', kjoer: feedBenk },
  { navn: 'push', kjoer: pushBenk },
];
