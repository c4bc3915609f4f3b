import type { Referansedata } from '../data/referansedata.ts';
import { Vektet } from '../prng.ts';

/**
 * Where a migrant came from or went to, by the flows of the data's period nearest the year they moved (the later one
 * on a tie: 2022 goes with 2024, the year Ukrainians began to come). Averaged over all periods instead, the first
 * quarter of 2024 made every eighth person of the population Ukrainian, five times SSB's share.
 */
export function flyttingslandEtterDato(
  data: Referansedata,
  retning: 'innvandring' | 'utvandring',
  utenom: readonly string[] = ['NOR'],
): (dato: string) => Vektet<string> {
  const perioder = data.flyttingEtterAar.map((p) => ({ aar: p.aar, land: Vektet.fra(p[retning].filter(([l]) => !utenom.includes(l))) }));
  return (dato) => {
    const aar = Number(dato.slice(0, 4));
    let best = perioder[0]!;
    for (const p of perioder) {
      const [d, b] = [Math.abs(p.aar - aar), Math.abs(best.aar - aar)];
      if (d < b || (d === b && p.aar > best.aar)) best = p;
    }
    return best.land;
  };
}
