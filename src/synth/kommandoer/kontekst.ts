import type { Referansedata } from '../data/referansedata.ts';
import { Prng } from '../prng.ts';
import type { Plan, Planperson, Samliv } from '../plan/modell.ts';
import { nyAdresse, tidligereKommune, type Adresse } from './adresse.ts';
import type { Navn } from './navn.ts';
import { Tidslinje } from './tidslinje.ts';

/**
 * What the command builders of one cluster share: the plan, the data, the cluster's own random stream, its
 * timeline, and two histories built as they go: addresses by key (so a household's members share one) and names by
 * date (so a child gets its parents' surnames as they were at its birth).
 */
export class Klyngekontekst {
  readonly tidslinje = new Tidslinje();
  /** Immigrants who became Norwegian citizens, and when (children born after that are Norwegian at birth). */
  readonly naturalisert = new Map<number, string>();
  private readonly adresser = new Map<string, Adresse>();
  private readonly navn = new Map<number, { fra: string; navn: Navn }[]>();

  constructor(
    readonly plan: Plan,
    readonly data: Referansedata,
    readonly prng: Prng,
  ) {}

  person(r: number): Planperson {
    return this.plan.personer[r]!;
  }

  samliv(i: number): Samliv {
    return this.plan.samliv[i]!;
  }

  get idag(): string {
    return this.plan.idag;
  }

  /**
   * The address behind a key: `hus:<i>` a present household's, `par:<i>` a couple's earlier home, `egen:<ref>:<what>`
   * one person's. Made on first use, in the municipality `kommune` gives for it.
   */
  adresse(nokkel: string, kommune: () => string): Adresse {
    let a = this.adresser.get(nokkel);
    if (!a) {
      // A household's address comes from a stream of its own: flatmates may belong to different clusters.
      const prng = nokkel.startsWith('hus:') ? Prng.fra(this.plan.seed, 'adresse', nokkel) : this.prng;
      a = nyAdresse(this.data, kommune(), prng);
      this.adresser.set(nokkel, a);
    }
    return a;
  }

  /** A municipality for an earlier address of someone now (or last) living in `kommunenummer`. */
  tidligereKommune(kommunenummer: string | undefined): string {
    return tidligereKommune(this.data, kommunenummer ?? this.data.kommuneEtterFolketall.trekk(this.prng).kommunenummer, this.prng);
  }

  settNavn(r: number, fra: string, navn: Navn): void {
    const historikk = this.navn.get(r) ?? this.navn.set(r, []).get(r)!;
    historikk.push({ fra, navn });
    historikk.sort((a, b) => (a.fra < b.fra ? -1 : a.fra > b.fra ? 1 : 0));
  }

  navnVed(r: number, dato: string): Navn | undefined {
    let gjeldende: Navn | undefined;
    for (const n of this.navn.get(r) ?? []) if (n.fra <= dato || !gjeldende) gjeldende = n.navn;
    return gjeldende;
  }

  foedenavn(r: number): Navn | undefined {
    return this.navn.get(r)?.[0]?.navn;
  }
}
