import type { Identifikatortype } from '../persondokument/kodeverk.ts';

interface Serie {
  readonly fraAar: number;
  readonly tilAar: number;
  readonly hoeyeste: number;
  readonly laveste: number;
}

/**
 * Skatteetaten's individnummer series by birth year: fødselsnummer spec §7.1, D-numbers spec §7.2 (widened in
 * November 2021). Each table is built so that an individnummer and a two-digit year fit at most one row, which is how
 * the 1964 rules encode the century; `test/domain/identitetsnummer/serie.spec.ts` checks that for every pair.
 */
const serier = {
  foedselsnummer: [
    { fraAar: 1854, tilAar: 1899, hoeyeste: 749, laveste: 500 },
    { fraAar: 1900, tilAar: 1999, hoeyeste: 499, laveste: 0 },
    { fraAar: 1940, tilAar: 1999, hoeyeste: 999, laveste: 900 }, // the reserve series, in use
    { fraAar: 2000, tilAar: 2039, hoeyeste: 999, laveste: 500 },
  ],
  dNummer: [
    { fraAar: 1858, tilAar: 1899, hoeyeste: 599, laveste: 500 },
    { fraAar: 1900, tilAar: 1939, hoeyeste: 199, laveste: 0 },
    { fraAar: 1940, tilAar: 1999, hoeyeste: 999, laveste: 600 },
    { fraAar: 1940, tilAar: 1999, hoeyeste: 499, laveste: 0 },
    { fraAar: 2000, tilAar: 2039, hoeyeste: 999, laveste: 200 },
  ],
} as const satisfies Record<Identifikatortype, readonly Serie[]>;

/**
 * The individnummer open to persons born in `aar`, in allocation order: counting down from the top, as Skatteetaten
 * assigns them (§7.1). Where a year has two ranges the higher goes first, which is also where the 2032 rules start
 * (§7.4: "start at individnummer 999"; its worked example gives a person born 1982 individnummer 999).
 */
export function individnumre(aar: number, type: Identifikatortype): readonly number[] {
  const nokkel = `${type}:${aar}`;
  let numre = bufret.get(nokkel);
  if (!numre) {
    numre = serier[type]
      .filter((s) => aar >= s.fraAar && aar <= s.tilAar)
      .flatMap((s) => Array.from({ length: s.hoeyeste - s.laveste + 1 }, (_, i) => s.hoeyeste - i))
      .sort((a, b) => b - a);
    bufret.set(nokkel, numre);
  }
  return numre;
}

// At most 2 × 186 birth years with a series; the allocator asks for the same few thousand times.
const bufret = new Map<string, readonly number[]>();

/** The birth year that an individnummer and a two-digit year give under the 1964 rules, if any series holds them. */
export function aarFraIndividnummer(individnummer: number, aar2: number, type: Identifikatortype): number | undefined {
  for (const s of serier[type]) {
    if (individnummer < s.laveste || individnummer > s.hoeyeste) continue;
    for (const aarhundre of [1800, 1900, 2000]) {
      const aar = aarhundre + aar2;
      if (aar >= s.fraAar && aar <= s.tilAar) return aar;
    }
  }
  return undefined;
}
