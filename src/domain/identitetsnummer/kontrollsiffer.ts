/**
 * The two control digits of an identity number (spec §7.3, §7.4). Weights and the modulus are Skatteetaten's; the
 * only difference between the rule sets is which remainder k1 may leave: 0 under the 1964 rules, 0–3 under the 2032
 * rules (nobody's existing number changes, so every 1964-rule number stays valid under the 2032 rules).
 */
export const vekterK1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
export const vekterK2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Σ w·d over the first `vekter.length` digits (or fewer, for a prefix). */
export function vektetSum(siffer: ArrayLike<number>, vekter: readonly number[], fra = 0, til = vekter.length): number {
  let sum = 0;
  for (let i = fra; i < til; i++) sum += vekter[i]! * siffer[i]!;
  return sum;
}

/** The remainders an 11-digit number leaves: valid when `k1` is 0 (1964) or 0–3 (2032) and `k2` is 0. */
export function kontrollrester(siffer: ArrayLike<number>): { k1: number; k2: number } {
  return {
    k1: (vektetSum(siffer, vekterK1) + siffer[9]!) % 11,
    k2: (vektetSum(siffer, vekterK2) + siffer[10]!) % 11,
  };
}

/**
 * The control digits for the first nine digits, given their weighted sums `s1` (k1 weights) and `s2` (k2 weights,
 * without k1), such that k1 leaves `rest`. `undefined` when k1 or k2 would be 10: that variant is unusable (§7.3).
 */
export function kontrollsifre(s1: number, s2: number, rest: number): readonly [number, number] | undefined {
  const k1 = (((rest - s1) % 11) + 11) % 11;
  if (k1 === 10) return undefined;
  const k2 = (11 - ((s2 + vekterK2[9] * k1) % 11)) % 11;
  return k2 === 10 ? undefined : [k1, k2];
}
