import { describe, expect, it } from 'vitest';
import { Prng } from '../../src/synth/prng.ts';
import { Aldersindeks } from '../../src/synth/plan/aldersindeks.ts';

describe('the age index', () => {
  it('looks at every candidate of a small bucket once, whatever the spent ones and the starting point', () => {
    const utgaatt = new Set([100, 103]);
    const funnet: (number | undefined)[] = [];
    for (let i = 0; i < 200; i++) {
      const indeks = new Aldersindeks((r) => utgaatt.has(r));
      for (const r of [100, 101, 102, 103, 104]) indeks.legg('k', 40, r);
      funnet.push(indeks.finn('k', 40, 0, Prng.fra('start', i), (r) => r === 102));
    }
    expect(new Set(funnet)).toEqual(new Set([102]));
  });

  it('drops the spent for good and takes the one chosen out with `ta`', () => {
    const utgaatt = new Set<number>();
    const indeks = new Aldersindeks((r) => utgaatt.has(r));
    for (const r of [1, 2, 3]) indeks.legg('k', 30, r);
    utgaatt.add(1);
    const prng = Prng.fra('ta');
    const tatt = [indeks.ta('k', 30, 0, prng), indeks.ta('k', 30, 0, prng)].sort();
    expect(tatt).toEqual([2, 3]);
    utgaatt.clear();
    expect(indeks.finn('k', 30, 0, prng)).toBeUndefined();
  });
});
