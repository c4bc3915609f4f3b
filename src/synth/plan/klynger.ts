import type { Planperson, Samliv } from './modell.ts';

/**
 * Persons joined by a couple or a parent, as connected components (union–find). A cluster is registered in one batch,
 * so every command of it finds the persons it names in that batch. Clusters come out ordered by their first member,
 * which keeps the registration order, and so the identity numbers, a function of the seed alone.
 */
export function finnKlynger(personer: readonly Planperson[], samliv: readonly Samliv[]): number[][] {
  const forelder = Int32Array.from(personer, (_, i) => i);
  const rot = (i: number): number => {
    while (forelder[i] !== i) {
      forelder[i] = forelder[forelder[i]!]!;
      i = forelder[i]!;
    }
    return i;
  };
  const foren = (a: number, b: number) => {
    const [ra, rb] = [rot(a), rot(b)];
    if (ra !== rb) forelder[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const s of samliv) foren(s.kvinne, s.mann);
  for (const p of personer) {
    if (p.mor !== undefined) foren(p.ref, p.mor);
    if (p.far !== undefined) foren(p.ref, p.far);
  }
  const klynger = new Map<number, number[]>();
  for (const p of personer) {
    const r = rot(p.ref);
    (klynger.get(r) ?? klynger.set(r, []).get(r)!).push(p.ref);
  }
  return [...klynger.values()];
}
