import type { Planperson, Samliv } from './modell.ts';

/**
 * Persons joined by a relation, as a union–find over refs with the size of each set, so that a step can ask how large
 * a cluster would grow before it adds a relation. Persons added to the plan later are their own set until joined.
 */
export class Sammenheng {
  private forelder: Int32Array;
  private stoerrelse: Int32Array;

  constructor(personer: readonly Planperson[], samliv: readonly Samliv[]) {
    this.forelder = Int32Array.from({ length: personer.length }, (_, i) => i);
    this.stoerrelse = new Int32Array(personer.length).fill(1);
    for (const s of samliv) this.foren(s.a, s.b);
    for (const p of personer) {
      if (p.mor !== undefined) this.foren(p.ref, p.mor);
      if (p.far !== undefined) this.foren(p.ref, p.far);
    }
  }

  rot(i: number): number {
    const f = this.forelder;
    while (f[i] !== i) {
      f[i] = f[f[i]!]!;
      i = f[i]!;
    }
    return i;
  }

  /** How many persons the set holding `i` has. */
  antall(i: number): number {
    return this.stoerrelse[this.rot(i)]!;
  }

  /** Joins the two sets; the smaller ref becomes the root, so clusters keep their first member as root. */
  foren(a: number, b: number): void {
    const [ra, rb] = [this.rot(a), this.rot(b)];
    if (ra === rb) return;
    const [rot, under] = ra < rb ? [ra, rb] : [rb, ra];
    this.forelder[under] = rot;
    this.stoerrelse[rot]! += this.stoerrelse[under]!;
  }
}

/**
 * Persons joined by a couple or a parent, as connected components. A cluster is registered in one batch, so every
 * command of it finds the persons it names in that batch. Clusters come out ordered by their first member, which keeps
 * the registration order, and so the identity numbers, a function of the seed alone.
 */
export function finnKlynger(personer: readonly Planperson[], samliv: readonly Samliv[]): number[][] {
  const sammenheng = new Sammenheng(personer, samliv);
  const klynger = new Map<number, number[]>();
  for (const p of personer) {
    const r = sammenheng.rot(p.ref);
    (klynger.get(r) ?? klynger.set(r, []).get(r)!).push(p.ref);
  }
  return [...klynger.values()];
}
