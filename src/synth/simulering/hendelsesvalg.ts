import type { Referansedata } from '../data/referansedata.ts';
import { Vektet } from '../prng.ts';

/** The life events the simulation produces, each one register command (a marriage or divorce covers two persons). */
export type Livshendelse =
  | 'foedsel'
  | 'doedsfall'
  | 'flyttingInnenKommune'
  | 'flyttingMellomKommuner'
  | 'vigsel'
  | 'separasjon'
  | 'skilsmisse'
  | 'innvandring'
  | 'utvandring'
  | 'navneendring'
  | 'dNummer';

/**
 * Events a year: SSB's latest whole-year figures from `befolkningshendelser_nokkeltall.csv`, and three assumptions the
 * data lacks (rounded, named as such): moves within a municipality (SSB counts about 750 000 moves a year, 247 000 of
 * them across a border), name changes (about 30 000 a year) and new D-numbers (about 100 000 a year).
 */
export function hendelserPerAar(data: Referansedata): Record<Livshendelse, number> {
  const tall = (navn: string) => {
    const n = data.hendelsestall.get(navn);
    if (n === undefined) throw new Error(`befolkningshendelser_nokkeltall.csv has no ${navn}`);
    return n;
  };
  return {
    foedsel: tall('levendefodte'),
    doedsfall: tall('dode'),
    flyttingMellomKommuner: tall('flyttinger_mellom_kommuner'),
    flyttingInnenKommune: 500_000,
    vigsel: tall('inngatte_ekteskap'),
    separasjon: tall('separasjoner'),
    skilsmisse: tall('skilsmisser'),
    innvandring: tall('innvandring'),
    utvandring: tall('utvandring'),
    navneendring: 30_000,
    dNummer: 100_000,
  };
}

/**
 * `ssb`: SSB's proportions. `lik`: every kind as often, so that a short run exercises each producer resource (tests,
 * load tests of the intake).
 */
export type Blanding = 'ssb' | 'lik';

/** Draws the next kind of event in the mix's proportions, whatever rate the simulation runs at. */
export function hendelsesvelger(data: Referansedata, blanding: Blanding = 'ssb'): Vektet<Livshendelse> {
  const perAar = Object.entries(hendelserPerAar(data)) as [Livshendelse, number][];
  return Vektet.fra(blanding === 'lik' ? perAar.map(([type]) => [type, 1] as [Livshendelse, number]) : perAar);
}
