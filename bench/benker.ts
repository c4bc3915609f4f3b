import type { Db } from '../src/store/db.ts';
import type { Befolkning } from './befolkning.ts';
import type { Maaling } from './maaling.ts';
import { feedBenk } from './feed.bench.ts';
import { oppslagBenk } from './oppslag.bench.ts';
import { pushBenk } from './push.bench.ts';
import { soekBenk } from './soek.bench.ts';
import { uttrekkBenk } from './uttrekk.bench.ts';
import { mottakBenk } from './mottak.bench.ts';

/** A benchmark that builds what it needs in a fresh store of its own. */
export interface EgenBenk {
  readonly navn: string;
  kjoer(db: Db, store: string, skala: number): Promise<Maaling[]>;
}

/**
 * A benchmark on the shared synthetic population (`befolkning.ts`), run in this order on one store: readers first,
 * then those that write (push changes names, intake registers deaths), so the readers see the seeded population.
 */
export interface BefolkningsBenk {
  readonly navn: string;
  kjoer(db: Db, store: string, skala: number, befolkning: Befolkning): Promise<Maaling[]>;
}

export const egneBenker: EgenBenk[] = [{ navn: 'oppslag', kjoer: oppslagBenk }];

export const befolkningsbenker: BefolkningsBenk[] = [
  { navn: 'feed', kjoer: feedBenk },
  { navn: 'soek', kjoer: soekBenk },
  { navn: 'uttrekk', kjoer: uttrekkBenk },
  { navn: 'push', kjoer: pushBenk },
  { navn: 'mottak', kjoer: mottakBenk },
];
