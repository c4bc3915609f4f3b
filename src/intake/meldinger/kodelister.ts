import { readFileSync } from 'node:fs';

/**
 * Code lists the rules need, from the project's vendored `reference-data/` (sources in its README), read once:
 * ISO 3166-1 alpha-3 → alpha-2 (producer messages give countries in alpha-3, FREG's international addresses carry
 * alpha-2, spec §2.4) and the municipality of each postcode (Posten's street addresses carry no kommunenummer).
 */
function tabell(fil: string, nokkel: string, verdi: string): [string, string][] {
  const tekst = readFileSync(new URL(`../../../reference-data/${fil}`, import.meta.url), 'utf8');
  const [hode, ...rader] = tekst.trim().split(/\r?\n/);
  const kolonner = hode!.split(',');
  const [k, v] = [kolonner.indexOf(nokkel), kolonner.indexOf(verdi)];
  // Only the leading columns are read, and they never hold quoted commas.
  return rader.map((r) => r.split(',')).map((c) => [c[k] ?? '', c[v] ?? ''] as [string, string]);
}

let land: ReadonlyMap<string, string> | undefined;
let postnumre: ReadonlyMap<string, string> | undefined;

export function alfa2(alfa3: string): string | undefined {
  land ??= new Map(tabell('land.csv', 'iso3', 'iso2').filter(([a3, a2]) => /^[A-Z]{3}$/.test(a3) && /^[A-Z]{2}$/.test(a2)));
  return land.get(alfa3);
}

export function kommuneForPostnummer(postnummer: string): string | undefined {
  postnumre ??= new Map(tabell('postnummer.csv', 'postnummer', 'kommunenummer'));
  return postnumre.get(postnummer);
}
