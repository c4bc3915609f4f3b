/**
 * Regenerates `reference-data/` from the collected sources (`../shared/data`, described in its README) and the
 * hand-compiled lists in `reference-data/tillegg/`. Run it when a source changes:
 *
 *   npx tsx src/synth/data/prepare.ts [source folder, default ../shared/data]
 *
 * Small tables are copied as they are; the two large ones are cut to what the generator draws from (see
 * `reference-data/README.md`). Nothing is downloaded, and the generator reads only `reference-data/`.
 */
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv, skrivCsv, type Rad } from './csv.ts';

const maal = fileURLToPath(new URL('../../../reference-data/', import.meta.url));
const kilde = resolve(process.argv[2] ?? join(maal, '../../shared/data'));
const les = (mappe: string, fil: string): Rad[] => parseCsv(readFileSync(join(mappe, fil), 'utf8'));
const skriv = (fil: string, kolonner: string[], rader: (string | number)[][]) =>
  writeFileSync(join(maal, fil), skrivCsv(kolonner, rader));

const kopier = [
  'befolkning_kommune_kjonn_alder_2026.csv',
  'kommuner_2024.csv',
  'fylker_2024.csv',
  'postnummer.csv',
  'land.csv',
  'innvandring_statsborgerskap_utvalg.csv',
  'befolkningshendelser_nokkeltall.csv',
];
for (const fil of kopier) {
  copyFileSync(join(kilde, fil), join(maal, fil));
  chmodSync(join(maal, fil), 0o644); // the collected sources are read-only; the copies are ours to replace
}

/**
 * First names by five-year birth period and sex, the most given names covering 95 % of the listed share. SSB lists
 * the share of all births (`prosent`); summing it over the years of a period weighs the years equally.
 */
function fornavn(): void {
  const perioder = new Map<string, Map<string, number>>();
  for (const r of les(kilde, 'fornavn_nyfodte_1880_2025.csv')) {
    const aar = Number(r.aar);
    if (aar < 1915) continue; // the oldest residents (105+) were born around 1920
    const nokkel = `${aar - (aar % 5)},${r.kjonn}`;
    const navn = perioder.get(nokkel) ?? perioder.set(nokkel, new Map()).get(nokkel)!;
    navn.set(r.fornavn!, (navn.get(r.fornavn!) ?? 0) + Number(r.prosent));
  }
  const rader: (string | number)[][] = [];
  for (const [nokkel, navn] of perioder) {
    const [periode, kjonn] = nokkel.split(',') as [string, string];
    const sortert = [...navn].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const sum = sortert.reduce((s, [, p]) => s + p, 0);
    let dekket = 0;
    for (const [n, p] of sortert) {
      if (dekket >= 0.95 * sum) break;
      dekket += p;
      rader.push([periode, kjonn, n, Math.round(p * 1000) / 1000]);
    }
  }
  skriv('fornavn_norge.csv', ['periode', 'kjonn', 'fornavn', 'andel'], rader);
}

/** The 6 000 most used street names (about 45 % of Norway's street addresses), with their national counts. */
function gatenavn(): void {
  const rader = les(kilde, 'gatenavn_frekvens_norge_2021.csv').slice(0, 6000);
  skriv('gatenavn.csv', ['gatenavn', 'antall_adresser'], rader.map((r) => [r.gatenavn!, r.antall_adresser!]));
}

/**
 * Norwegian surnames: Wikipedia's 24 with counts (Larsen's `38` is a known error for about 38 000, data README),
 * then the hand-compiled ranks 25–97, whose counts continue the curve as a Zipf tail (exponent 0.85).
 */
function etternavnNorge(): void {
  const topp = les(kilde, 'vanlige_etternavn_etter_land.csv').filter((r) => r.Country === 'NO');
  const rader: (string | number)[][] = topp.map((r) => [r['Romanized Name']!, r['Romanized Name'] === 'Larsen' ? 38000 : Number(r.Count)]);
  const sist = Number(topp.at(-1)!.Count);
  les(join(maal, 'tillegg'), 'etternavn_norge.csv').forEach((r, i) => {
    const rang = topp.length + 1 + i;
    rader.push([r.etternavn!, Math.round(sist * (topp.length / rang) ** 0.85)]);
  });
  skriv('etternavn_norge.csv', ['etternavn', 'antall'], rader);
}

/** Polish surnames agree with sex (Kowalski, Kowalska); Lithuanian lists give both forms, the feminine in -ė. */
function kjonnsformer(land: string, navn: string): [string, string][] {
  if (land === 'PL' && /(ski|cki|dzki)$/.test(navn)) return [[navn, 'M'], [navn.replace(/i$/, 'a'), 'K']];
  if (land === 'LT') return [[navn, navn.endsWith('ė') ? 'K' : 'M']];
  return [[navn, '']];
}

/**
 * Names for immigrants from the countries in `innvandring_statsborgerskap_utvalg.csv`: Wikipedia's lists
 * (first names deduplicated across regions, weighted by how many regional lists hold them; surnames by count, or
 * 1000/rank where no count is given), and the hand-compiled lists for the countries the dataset lacks.
 */
function navnUtland(): void {
  const land = les(kilde, 'land.csv');
  const iso3 = new Map(land.map((r) => [r.iso2!, r.iso3!]));
  const opprinnelser = new Set(les(kilde, 'innvandring_statsborgerskap_utvalg.csv').map((r) => r.iso3!));
  const iso2 = [...iso3].filter(([, i3]) => opprinnelser.has(i3) && i3 !== 'NOR').map(([i2]) => i2);
  const vekter = new Map<string, number>();
  const legg = (land2: string, type: string, kjonn: string, navn: string, vekt: number) => {
    const nokkel = [iso3.get(land2), type, kjonn, navn].join('\t');
    vekter.set(nokkel, (vekter.get(nokkel) ?? 0) + vekt);
  };
  for (const r of les(kilde, 'vanlige_fornavn_etter_land.csv')) {
    if (iso2.includes(r.Country!)) legg(r.Country!, 'fornavn', r.Gender === 'F' ? 'K' : 'M', r['Romanized Name']!, 1);
  }
  for (const r of les(kilde, 'vanlige_etternavn_etter_land.csv')) {
    if (!iso2.includes(r.Country!)) continue;
    const vekt = r.Count ? Number(r.Count) : Math.round(1000 / Number(r.Rank));
    for (const [navn, kjonn] of kjonnsformer(r.Country!, r['Romanized Name']!)) legg(r.Country!, 'etternavn', kjonn, navn, vekt);
  }
  for (const r of les(join(maal, 'tillegg'), 'navn_utland.csv')) legg(r.land!, r.type!, r.kjonn!, r.navn!, 1);
  const rader = [...vekter].map(([n, v]) => [...n.split('\t'), v]).sort((a, b) => (a.join() < b.join() ? -1 : 1));
  skriv('navn_utland.csv', ['iso3', 'type', 'kjonn', 'navn', 'vekt'], rader);
}

fornavn();
gatenavn();
etternavnNorge();
navnUtland();
console.log(`reference-data/ regenerated from ${kilde}`);
