import { Identifikatortype, Kjoenn } from '../persondokument/kodeverk.ts';
import { erGyldigDato } from '../tid.ts';
import { individnumre } from './individnummerserier.ts';
import { Regler } from './klassifisering.ts';
import { kontrollsifre, vektetSum, vekterK1, vekterK2 } from './kontrollsiffer.ts';

/**
 * What a number is wanted for. Under the 1964 rules `kjoenn` picks the sex digit; without it the series holds both
 * sexes, alternating as the individnummer count down. 2032-rule numbers are gender-neutral (§7.4) and ignore it.
 */
export interface Tildelingsspesifikasjon {
  readonly foedselsdato: string;
  readonly kjoenn?: Kjoenn;
  readonly dNummer: boolean;
  readonly regler: Regler;
  readonly syntetisk: boolean;
}

/**
 * The name of a series, stored in `identifikator_serie`: never change how it is spelled, or allocation restarts from
 * the top of every series (still safe — `identifikator_tildelt` refuses repeats — but slow).
 */
export function serienokkel(spec: Tildelingsspesifikasjon): string {
  const deler = [spec.dNummer ? 'dnr' : 'fnr', spec.regler, spec.syntetisk ? 'syntetisk' : 'reell', spec.foedselsdato];
  if (spec.regler === Regler.fra1964) deler.push(spec.kjoenn ?? 'begge');
  return deler.join(':');
}

/** The first six digits: the birth date DDMMYY, day + 40 for D-numbers (§7.2), month + 80 when synthetic (§7.5). */
export function nummerprefiks(spec: Tildelingsspesifikasjon): string {
  if (!erGyldigDato(spec.foedselsdato)) throw new RangeError('foedselsdato must be a date YYYY-MM-DD');
  const [aar, mnd, dag] = spec.foedselsdato.split('-').map(Number) as [number, number, number];
  const to = (n: number) => String(n).padStart(2, '0');
  return to(dag + (spec.dNummer ? 40 : 0)) + to(mnd + (spec.syntetisk ? 80 : 0)) + to(aar % 100);
}

/** The candidate at `posisjon` of the spec's series (0 is the first), or `undefined` past its end. */
export function kandidat(spec: Tildelingsspesifikasjon, posisjon: number): string | undefined {
  const s = serie(spec);
  const suffiks = s.suffiks(posisjon);
  return suffiks === undefined ? undefined : s.prefiks + String(suffiks).padStart(5, '0');
}

/** How many candidates the series holds (0 for birth years no series covers). */
export function serielengde(spec: Tildelingsspesifikasjon): number {
  return serie(spec).lengde();
}

/**
 * One series, computed only as far as it has been asked for: a register allocates a few dozen numbers a birth date,
 * and the seeder walks tens of thousands of birth dates, so building whole series of up to 4000 control-digit
 * computations each (~40 µs) cost it 4 % of its time.
 */
class Serie {
  /** Individnummer and control digits as one number, `iiik1k2`, in allocation order. */
  readonly #suffikser: number[] = [];
  #kilde: Iterator<number> | undefined;

  constructor(readonly prefiks: string, kilde: Iterator<number>) {
    this.#kilde = kilde;
  }

  suffiks(posisjon: number): number | undefined {
    while (this.#kilde && this.#suffikser.length <= posisjon) {
      const neste = this.#kilde.next();
      if (neste.done) this.#kilde = undefined;
      else this.#suffikser.push(neste.value);
    }
    return this.#suffikser[posisjon];
  }

  lengde(): number {
    this.suffiks(Number.MAX_SAFE_INTEGER);
    return this.#suffikser.length;
  }
}

// Partial series are small (a few dozen numbers), so many stay cached.
const bufret = new Map<string, Serie>();
const maksBufret = 65_536;

function serie(spec: Tildelingsspesifikasjon): Serie {
  const nokkel = serienokkel(spec);
  let s = bufret.get(nokkel);
  if (!s) {
    if (bufret.size >= maksBufret) bufret.clear();
    s = new Serie(nummerprefiks(spec), suffikser(spec));
    bufret.set(nokkel, s);
  }
  return s;
}

/**
 * Counting down the individnummer of the birth year (§7.1, §7.2). 1964 rules: only the wanted sex digit, and an
 * individnummer whose k1 or k2 would be 10 is skipped (§7.3). 2032 rules: every usable k1 variant (remainder 0, 1, 2,
 * 3, in that order) of one individnummer before the next, as §7.4 expects Skatteetaten to allocate.
 */
function* suffikser(spec: Tildelingsspesifikasjon): Generator<number> {
  const prefiks = nummerprefiks(spec);
  const aar = Number(spec.foedselsdato.slice(0, 4));
  const type = spec.dNummer ? Identifikatortype.dNummer : Identifikatortype.foedselsnummer;
  const rester = spec.regler === Regler.fra1964 ? [0] : [0, 1, 2, 3];
  const paritet = spec.regler === Regler.fra1964 && spec.kjoenn ? (spec.kjoenn === Kjoenn.kvinne ? 0 : 1) : undefined;
  const siffer = Array.from(prefiks, Number);
  const [v1, v2] = [vektetSum(siffer, vekterK1, 0, 6), vektetSum(siffer, vekterK2, 0, 6)];
  const [a1, b1, c1] = vekterK1.slice(6) as [number, number, number];
  const [a2, b2, c2] = vekterK2.slice(6, 9) as [number, number, number];
  for (const i of individnumre(aar, type)) {
    if (paritet !== undefined && i % 2 !== paritet) continue;
    const [a, b, c] = [Math.floor(i / 100), Math.floor(i / 10) % 10, i % 10];
    for (const rest of rester) {
      const k = kontrollsifre(v1 + a1 * a + b1 * b + c1 * c, v2 + a2 * a + b2 * b + c2 * c, rest);
      if (k) yield i * 100 + k[0] * 10 + k[1];
    }
  }
}
