import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Vektet } from '../prng.ts';
import { parseCsv, type Rad } from './csv.ts';

/**
 * The reference tables the generator draws from, read once from `reference-data/` (sources, licences and how each
 * file was derived: `reference-data/README.md`). Kept in memory as ready-to-draw samplers.
 */
export type Kjonn = 'K' | 'M';

export interface Befolkningscelle {
  readonly kommunenummer: string;
  readonly kjonn: Kjonn;
  readonly alder: number;
  readonly antall: number;
}

export interface Kommune {
  readonly kommunenummer: string;
  readonly kommunenavn: string;
  readonly fylkesnummer: string;
  readonly folkemengde: number;
}

export interface Postnummer {
  readonly postnummer: string;
  readonly poststed: string;
}

export interface Navneliste {
  readonly fornavn: Record<Kjonn, Vektet<string>>;
  readonly etternavn: Record<Kjonn, Vektet<string>>;
}

export interface Referansedata {
  /** SSB 07459, 1 January 2026: one cell per municipality × sex × single year of age (105 = 105 or older). */
  readonly befolkning: readonly Befolkningscelle[];
  readonly kommuner: ReadonlyMap<string, Kommune>;
  /** A municipality drawn by population, for earlier addresses and birthplaces. */
  readonly kommuneEtterFolketall: Vektet<Kommune>;
  /** Postal codes for street addresses (Bring category G or B), by primary municipality. */
  readonly gatepostnumre: ReadonlyMap<string, readonly Postnummer[]>;
  /** Post-office-box codes (category P), by municipality. */
  readonly postboksnumre: ReadonlyMap<string, readonly Postnummer[]>;
  readonly gatenavn: Vektet<string>;
  /** SSB newborn first names by five-year birth period (`1990`, `1995` …) and sex. */
  readonly fornavn: ReadonlyMap<string, Vektet<string>>;
  readonly etternavnNorge: Vektet<string>;
  readonly gaardsnavnledd: { readonly forledd: readonly string[]; readonly etterledd: readonly string[] };
  readonly navnUtland: ReadonlyMap<string, Navneliste>;
  /** ISO alpha-3 → alpha-2 and Norwegian name (land.csv). */
  readonly land: ReadonlyMap<string, { readonly iso2: string; readonly navn: string }>;
  /** Immigration and emigration by citizenship, the largest groups (SSB), annualised: `[iso3, per year]`. */
  readonly innvandring: readonly (readonly [string, number])[];
  /**
   * Immigration and emigration by citizenship as each period of the data has them (`2020`, `2024K1`), by the period's
   * year: the flows of one era are not those of another (Ukrainians came from 2022), so a migrant's country is drawn
   * from the period nearest the year they moved (`plan/flyttestroem.ts`).
   */
  readonly flyttingEtterAar: readonly {
    readonly aar: number;
    readonly innvandring: readonly (readonly [string, number])[];
    readonly utvandring: readonly (readonly [string, number])[];
  }[];
  readonly utvandring: readonly (readonly [string, number])[];
  /** Yearly volumes of register events (SSB), `storrelse` → the latest whole-year figure. */
  readonly hendelsestall: ReadonlyMap<string, number>;
}

const mappe = fileURLToPath(new URL('../../../reference-data/', import.meta.url));
const les = (fil: string): Rad[] => parseCsv(readFileSync(mappe + fil, 'utf8'));

function grupper<T>(rader: readonly Rad[], nokkel: (r: Rad) => string, verdi: (r: Rad) => T): Map<string, T[]> {
  const ut = new Map<string, T[]>();
  for (const r of rader) {
    const k = nokkel(r);
    (ut.get(k) ?? ut.set(k, []).get(k)!).push(verdi(r));
  }
  return ut;
}

function vektetAv(rader: readonly Rad[], navn: string, vekt: string): Vektet<string> {
  return new Vektet(rader.map((r) => r[navn]!), rader.map((r) => Number(r[vekt])));
}

/** Annualised per country: each period's figure scaled to a year (`2024K1` × 4), then averaged over periods. */
function perAar(rader: readonly Rad[], kolonne: string): [string, number][] {
  const perLand = grupper(rader, (r) => r.iso3!, (r) => Number(r[kolonne]) * (r.periode!.includes('K') ? 4 : 1));
  return [...perLand].map(([land, tall]) => [land, tall.reduce((a, b) => a + b, 0) / tall.length]);
}

function navnUtland(): Map<string, Navneliste> {
  const ut = new Map<string, Navneliste>();
  for (const [land, rader] of grupper(les('navn_utland.csv'), (r) => r.iso3!, (r) => r)) {
    const liste = (type: string, kjonn: Kjonn) =>
      vektetAv(rader.filter((r) => r.type === type && (r.kjonn === '' || r.kjonn === kjonn)), 'navn', 'vekt');
    ut.set(land, {
      fornavn: { K: liste('fornavn', 'K'), M: liste('fornavn', 'M') },
      etternavn: { K: liste('etternavn', 'K'), M: liste('etternavn', 'M') },
    });
  }
  return ut;
}

function lesAlt(): Referansedata {
  const kommuner = new Map(
    les('kommuner_2024.csv').map((r) => [
      r.kommunenummer!,
      { kommunenummer: r.kommunenummer!, kommunenavn: r.kommunenavn!, fylkesnummer: r.fylkesnummer!, folkemengde: Number(r.folkemengde_2026) },
    ]),
  );
  const post = les('postnummer.csv');
  const postnummer = (r: Rad): Postnummer => ({ postnummer: r.postnummer!, poststed: r.poststed! });
  const ledd = les('tillegg/gaardsnavnledd.csv');
  const flytting = les('innvandring_statsborgerskap_utvalg.csv');
  const hendelser = les('befolkningshendelser_nokkeltall.csv').filter((r) => /^\d{4}$/.test(r.periode!));
  return {
    befolkning: les('befolkning_kommune_kjonn_alder_2026.csv').map((r) => ({
      kommunenummer: r.kommunenummer!,
      kjonn: r.kjonn as Kjonn,
      alder: Number(r.alder),
      antall: Number(r.antall),
    })),
    kommuner,
    kommuneEtterFolketall: new Vektet([...kommuner.values()], [...kommuner.values()].map((k) => k.folkemengde)),
    gatepostnumre: grupper(post.filter((r) => r.kategori === 'G' || r.kategori === 'B'), (r) => r.kommunenummer!, postnummer),
    postboksnumre: grupper(post.filter((r) => r.kategori === 'P'), (r) => r.kommunenummer!, postnummer),
    gatenavn: vektetAv(les('gatenavn.csv'), 'gatenavn', 'antall_adresser'),
    fornavn: new Map(
      [...grupper(les('fornavn_norge.csv'), (r) => `${r.periode}${r.kjonn}`, (r) => r)].map(([k, rader]) => [k, vektetAv(rader, 'fornavn', 'andel')]),
    ),
    etternavnNorge: vektetAv(les('etternavn_norge.csv'), 'etternavn', 'antall'),
    gaardsnavnledd: {
      forledd: ledd.filter((r) => r.plass === 'forledd').map((r) => r.ledd!),
      etterledd: ledd.filter((r) => r.plass === 'etterledd').map((r) => r.ledd!),
    },
    navnUtland: navnUtland(),
    land: new Map(les('land.csv').map((r) => [r.iso3!, { iso2: r.iso2!, navn: r.navn_nb! }])),
    innvandring: perAar(flytting, 'innvandring'),
    flyttingEtterAar: [...grupper(flytting, (r) => r.periode!, (r) => r)].map(([periode, rader]) => ({
      aar: Number(periode.slice(0, 4)),
      innvandring: rader.map((r) => [r.iso3!, Number(r.innvandring)] as const),
      utvandring: rader.map((r) => [r.iso3!, Number(r.utvandring)] as const),
    })),
    utvandring: perAar(flytting, 'utvandring'),
    // Rows are in time order, so the last whole year of each figure wins.
    hendelsestall: new Map(hendelser.map((r) => [r.storrelse!, Number(r.antall)])),
  };
}

let lastet: Referansedata | undefined;

export function referansedata(): Referansedata {
  lastet ??= lesAlt();
  return lastet;
}
