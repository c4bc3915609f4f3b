import { kontrollsifre, vektetSum, vekterK1, vekterK2 } from '../../../src/domain/identitetsnummer/kontrollsiffer.ts';

/** Nine digits completed with the control digits for k1 remainder `rest`; undefined when k1 or k2 would be 10. */
export function lagNummer(ni: string, rest = 0): string | undefined {
  const siffer = Array.from(ni, Number);
  const k = kontrollsifre(vektetSum(siffer, vekterK1), vektetSum(siffer, vekterK2, 0, 9), rest);
  return k ? `${ni}${k[0]}${k[1]}` : undefined;
}

/** The first individnummer from `fra` downwards that gives a usable number with that remainder. */
export function lagNummerNedFra(seks: string, fra: number, rest = 0): string {
  for (let i = fra; i >= 0; i--) {
    const nummer = lagNummer(seks + String(i).padStart(3, '0'), rest);
    if (nummer) return nummer;
  }
  throw new Error(`no usable individnummer below ${fra}`);
}
