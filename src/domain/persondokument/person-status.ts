import { Personstatus } from './kodeverk.ts';
import type { Folkeregisterpersonstatus } from './schema/identitet.ts';

/**
 * Which person status is current, by the rule NAV's PDL applies to FREG's status history (PDL documentation,
 * "Folkeregisterpersonstatus", sections Historikk and Filtrering fra Folkeregisteret; mirrored in
 * rituvesh/pdl-doc `_opplysningstyper/folkeregisterpersonstatus.md`):
 *
 * 1. Sort by `gyldighetstidspunkt`; the current status is the last one. Versions without `gyldighetstidspunkt` sort
 *    first: FREG migrated old statuses with an unspecified start because it did not know it. Statuses never carry
 *    `opphoerstidspunkt`: a status ends only when the next one begins.
 * 2. FREG has occasionally (12 cases when PDL wrote this) registered `opphoert` and corrected it the same day by
 *    registering a new status without deleting the `opphoert` one. Such an `opphoert`, immediately followed by
 *    another status on the same day, is filtered out; otherwise a later history could not tell which of the two
 *    was meant.
 *
 * Ties on `gyldighetstidspunkt` go to the later `ajourholdstidspunkt` ("PDL keeps the last one"), then to input
 * order. Times are compared as instants, with all of FREG's up to nine fraction digits.
 *
 * NOTE: pure and total: never throws on odd data (a stored status is a fact). `erGjeldende` is not consulted:
 * this rule is what decides it.
 */

type Statusversjon = Pick<Folkeregisterpersonstatus, 'status' | 'gyldighetstidspunkt' | 'ajourholdstidspunkt'>;

/** Status history oldest first, as the rule above reads it (same-day corrected `opphoert` left out). */
export function sorterStatushistorikk<T extends Statusversjon>(versjoner: readonly T[]): T[] {
  const sortert = versjoner
    .map((versjon, indeks) => ({ versjon, indeks }))
    .sort(
      (a, b) =>
        sammenlignTidspunkt(a.versjon.gyldighetstidspunkt, b.versjon.gyldighetstidspunkt) ||
        sammenlignTidspunkt(a.versjon.ajourholdstidspunkt, b.versjon.ajourholdstidspunkt) ||
        a.indeks - b.indeks,
    )
    .map(({ versjon }) => versjon);
  return sortert.filter((versjon, i) => !erOpphoertRettetSammeDag(versjon, sortert[i + 1]));
}

/** The current status version, or undefined when there is none. */
export function gjeldendeStatus<T extends Statusversjon>(versjoner: readonly T[]): T | undefined {
  return sorterStatushistorikk(versjoner).at(-1);
}

function erOpphoertRettetSammeDag(versjon: Statusversjon, neste: Statusversjon | undefined): boolean {
  return (
    versjon.status === Personstatus.opphoert &&
    neste !== undefined &&
    neste.status !== Personstatus.opphoert &&
    versjon.gyldighetstidspunkt !== undefined &&
    neste.gyldighetstidspunkt !== undefined &&
    // The day as FREG wrote it (its local date); FREG's statuses are valid from the day of case handling.
    versjon.gyldighetstidspunkt.slice(0, 10) === neste.gyldighetstidspunkt.slice(0, 10)
  );
}

const tidspunktMoenster = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Orders two FREG timestamps (ISO-8601 with offset and 0–9 fraction digits, spec §0) as instants; an absent
 * timestamp sorts first. Unparseable strings sort after absent ones and before valid ones, in string order.
 */
export function sammenlignTidspunkt(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const [x, y] = [tilNanosekunder(a), tilNanosekunder(b)];
  if (x === undefined || y === undefined) {
    if (x !== undefined) return 1;
    if (y !== undefined) return -1;
    return a < b ? -1 : 1;
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

// Sorting element versions compares the same few timestamps over and over (a seeder's registration instant, Norwegian
// midnights): parsing each once saves a tenth of deciding and evolving. Bounded, and pure: the same text, the same value.
const nanosekunder = new Map<string, bigint | undefined>();

function tilNanosekunder(tidspunkt: string): bigint | undefined {
  let verdi = nanosekunder.get(tidspunkt);
  if (verdi === undefined && !nanosekunder.has(tidspunkt)) {
    if (nanosekunder.size >= 100_000) nanosekunder.clear();
    verdi = beregnNanosekunder(tidspunkt);
    nanosekunder.set(tidspunkt, verdi);
  }
  return verdi;
}

function beregnNanosekunder(tidspunkt: string): bigint | undefined {
  const t = tidspunktMoenster.exec(tidspunkt);
  if (!t) return undefined;
  const tall = (i: number) => Number(t[i] ?? 0);
  const offsetMinutter = t[8] === 'Z' ? 0 : (t[9] === '-' ? -1 : 1) * (tall(10) * 60 + tall(11));
  const dato = new Date(Date.UTC(2000, 0, 1, tall(4), tall(5), tall(6)));
  dato.setUTCFullYear(tall(1), tall(2) - 1, tall(3)); // Date.UTC alone maps years 0–99 to 1900–1999
  const millis = dato.getTime() - offsetMinutter * 60_000;
  return BigInt(millis) * 1_000_000n + BigInt((t[7] ?? '').padEnd(9, '0'));
}
