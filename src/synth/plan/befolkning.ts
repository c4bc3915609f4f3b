import type { Befolkningscelle } from '../data/referansedata.ts';
import { aarsdag, dagnummer, somDato } from '../dato.ts';
import type { Prng } from '../prng.ts';
import { nyPerson, type Planperson } from './modell.ts';

/**
 * The N residents, placed by municipality × sex × single year of age as in SSB's table for 1 January 2026, by
 * systematic sampling: N equally spaced points, from a random start, over the cumulative counts. Every cell gets
 * its expected share to within one person, so N = 100 000 matches SSB by county, sex and age group to well under a
 * percent, and different seeds still place people differently. The table's ages are read as ages on the register's
 * today, so someone aged 0 was born in the last year.
 */
export function trekkBosatte(celler: readonly Befolkningscelle[], antall: number, idag: string, prng: Prng): Planperson[] {
  const personer: Planperson[] = [];
  const total = celler.reduce((s, c) => s + c.antall, 0);
  const steg = total / antall;
  let punkt = prng.neste() * steg;
  let kumulativ = 0;
  for (const celle of celler) {
    kumulativ += celle.antall;
    while (punkt < kumulativ && personer.length < antall) {
      nyPerson(personer, {
        kjoenn: celle.kjonn === 'K' ? 'kvinne' : 'mann',
        foedselsdato: foedselsdatoForAlder(celle.alder === 105 ? 105 + prng.heltall(4) : celle.alder, idag, prng),
        status: 'bosatt',
        opprinnelse: 'NOR',
        kommunenummer: celle.kommunenummer,
      });
      punkt += steg;
    }
  }
  return personer;
}

/** A birth date, uniform over the year in which someone is `alder` on `idag`. */
export function foedselsdatoForAlder(alder: number, idag: string, prng: Prng): string {
  const senest = dagnummer(aarsdag(idag, -alder));
  const tidligst = dagnummer(aarsdag(idag, -(alder + 1))) + 1;
  return somDato(tidligst + prng.heltall(senest - tidligst + 1));
}
