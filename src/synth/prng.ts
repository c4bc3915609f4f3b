/**
 * The generator's only source of chance: sfc32 (Chris Doty-Humphrey's Small Fast Counter, PractRand-clean, 32-bit
 * integer operations only, so every JavaScript engine gives the same stream), seeded by cyrb128 of a text. Named
 * sub-streams (`Prng.fra(seed, 'klynge', 17)`) keep parts independent: a change to how one cluster is drawn does not
 * shift the numbers every later part gets. Never Math.random (DESIGN.md principle 9).
 */
export class Prng {
  private constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {
    for (let i = 0; i < 12; i++) this.neste32(); // mix the seed state
  }

  static fra(...deler: readonly (string | number)[]): Prng {
    const [a, b, c, d] = cyrb128(deler.join('\u001f'));
    return new Prng(a, b, c, d);
  }

  private neste32(): number {
    this.a >>>= 0; this.b >>>= 0; this.c >>>= 0; this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  neste(): number {
    return this.neste32() / 4294967296;
  }

  /** `antall` × 8 hex digits, e.g. a 32-digit id like FREG's `dokumentidentifikator`. */
  hex(antall = 4): string {
    // Byte by byte from a table: `toString(16)` made this seven times slower, and every event and version needs ids.
    let ut = '';
    for (let i = 0; i < antall; i++) {
      const n = this.neste32();
      ut += hexbyte[n >>> 24]! + hexbyte[(n >>> 16) & 255]! + hexbyte[(n >>> 8) & 255]! + hexbyte[n & 255]!;
    }
    return ut;
  }

  /** A whole number in [0, n). */
  heltall(n: number): number {
    return Math.floor(this.neste() * n);
  }

  /** A whole number in [fra, til], both included. */
  mellom(fra: number, til: number): number {
    return fra + this.heltall(til - fra + 1);
  }

  sjanse(p: number): boolean {
    return this.neste() < p;
  }

  velg<T>(liste: readonly T[]): T {
    if (liste.length === 0) throw new RangeError('Cannot choose from an empty list');
    return liste[this.heltall(liste.length)]!;
  }

  /** Normal by Box–Muller, cut to [min, max] by redrawing (at most a few times for the ranges used here). */
  normal(snitt: number, sd: number, min = -Infinity, max = Infinity): number {
    for (;;) {
      const u = 1 - this.neste();
      const x = snitt + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.neste());
      if (x >= min && x <= max) return x;
    }
  }

  /** Fisher–Yates, in place. */
  stokk<T>(liste: T[]): T[] {
    for (let i = liste.length - 1; i > 0; i--) {
      const j = this.heltall(i + 1);
      [liste[i], liste[j]] = [liste[j]!, liste[i]!];
    }
    return liste;
  }
}

/** Draws elements in proportion to their weights: cumulative sums and a binary search, O(log n) a draw. */
export class Vektet<T> {
  private readonly kumulativ: Float64Array;
  private readonly sum: number;

  constructor(
    readonly elementer: readonly T[],
    vekter: readonly number[],
  ) {
    if (elementer.length === 0 || elementer.length !== vekter.length) throw new RangeError('Weights must match a non-empty list');
    this.kumulativ = new Float64Array(vekter.length);
    let sum = 0;
    vekter.forEach((v, i) => (this.kumulativ[i] = sum += v));
    this.sum = sum;
  }

  static fra<T>(par: readonly (readonly [T, number])[]): Vektet<T> {
    return new Vektet(par.map(([e]) => e), par.map(([, v]) => v));
  }

  trekk(prng: Prng): T {
    const x = prng.neste() * this.sum;
    let lo = 0;
    let hi = this.kumulativ.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.kumulativ[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.elementer[lo]!;
  }
}

/** cyrb128 (bryc, public domain): four 32-bit hashes of a text, a seed for sfc32. */
function cyrb128(tekst: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < tekst.length; i++) {
    const k = tekst.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hexbyte = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
