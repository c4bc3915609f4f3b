import { alderVed } from './alder.ts';
import { antakelser } from '../antakelser.ts';
import { aarsdag, datoMellom, plussAar } from '../dato.ts';
import { Vektet, type Prng } from '../prng.ts';
import type { Planperson } from './modell.ts';

/**
 * Where Norwegians move abroad: SSB "Flytting" names Sweden, the USA, Denmark, the UK and Spain as the largest
 * destinations; the shares here are rounded and partly chosen, as the reference data has no destinations.
 */
export const utvandringslandForNordmenn = Vektet.fra<string>([
  ['SWE', 25], ['USA', 15], ['DNK', 12], ['GBR', 10], ['ESP', 10], ['DEU', 8], ['FRA', 5], ['AUS', 5], ['NLD', 5], ['CHE', 5],
]);

/**
 * Natives who lived abroad for a few years and came back (SSB: about 7 000 Norwegian citizens return each year),
 * drawn among adults with no couple or children in the plan, so the time away disturbs no family history.
 */
export function trekkUtenlandsopphold(personer: readonly Planperson[], idag: string, prng: Prng): void {
  for (const p of personer) {
    if (p.status !== 'bosatt' || p.opprinnelse !== 'NOR' || p.samliv.length > 0 || p.barn.length > 0 || p.hjemme) continue;
    if (alderVed(p.foedselsdato, idag) < 25 || !prng.sjanse(antakelser.returnert)) continue;
    const fra = datoMellom(prng, aarsdag(p.foedselsdato, 20), plussAar(idag, -2));
    const til = datoMellom(prng, plussAar(fra, 0.5), plussAar(idag, -1));
    p.utenlandsopphold = { fra, til, land: utvandringslandForNordmenn.trekk(prng) };
  }
}
