import { referansedata } from '../data/referansedata.ts';
import { Prng } from '../prng.ts';
import { trekkBosatte } from './befolkning.ts';
import { tildelForeldre, tildelForeldreTilVoksne } from './barn.ts';
import { leggTilEkstra } from './ekstra.ts';
import { dannHusstander } from './husstander.ts';
import { finnKlynger } from './klynger.ts';
import type { Plan, Samliv } from './modell.ts';
import { tildelOpprinnelse } from './opprinnelse.ts';
import { dannPar } from './par.ts';
import { trekkSivilstandshistorikk } from './sivilstand.ts';
import { trekkUtenlandsopphold } from './utvandring.ts';

export interface Planvalg {
  /** Residents (status `bosatt`) placed as SSB's table; the register also gets the extra identities of `ekstra.ts`. */
  readonly antall: number;
  readonly seed: string;
  /** The register's today (default 2026-11-23, the reference data's collection date). */
  readonly idag?: string;
}

export const standardIdag = '2026-11-23';

/**
 * The whole population, step by step; each step draws from a sub-stream of its own name, so a step's change leaves
 * the others' draws alone. Steps: residents → couples → earlier marriages and widowhood → parents of children →
 * extra identities → immigrant families → parents of adults born here → clusters → time abroad → households.
 */
export function lagPlan(valg: Planvalg): Plan {
  const idag = valg.idag ?? standardIdag;
  const data = referansedata();
  const strøm = (navn: string) => Prng.fra(valg.seed, navn);
  const personer = trekkBosatte(data.befolkning, valg.antall, idag, strøm('bosatte'));
  const samliv: Samliv[] = [];
  dannPar(personer, samliv, idag, strøm('par'));
  trekkSivilstandshistorikk(personer, samliv, idag, strøm('sivilstand'));
  tildelForeldre(personer, samliv, idag, strøm('foreldre'));
  leggTilEkstra(personer, samliv, data, valg.antall, idag, strøm('ekstra'));
  tildelOpprinnelse(finnKlynger(personer, samliv), personer, samliv, data, idag, strøm('opprinnelse'));
  tildelForeldreTilVoksne(personer, samliv, data, idag, strøm('voksnes foreldre'));
  const klynger = finnKlynger(personer, samliv);
  trekkUtenlandsopphold(personer, idag, strøm('utland'));
  const husstander = dannHusstander(personer, samliv, idag, strøm('husstander'));
  return { idag, seed: valg.seed, antallBosatte: valg.antall, personer, samliv, husstander, klynger };
}
