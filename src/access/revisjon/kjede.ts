import { createHash } from 'node:crypto';
import type { LagretRevisjonsrad } from './revisjonsrad.ts';

/** The predecessor of the first row. */
export const startHash = '0'.repeat(64);

type Innhold = Omit<LagretRevisjonsrad, 'forrigeHash' | 'hash'>;

/**
 * SHA-256 over the previous row's hash and this row's content as a JSON array in a fixed order. The position
 * (`loepenummer`) is part of the content, so rows cannot be reordered; the previous hash, so none can be changed,
 * removed or inserted without breaking every later link. Changing this function breaks every stored chain.
 */
export function radHash(forrigeHash: string, rad: Innhold): string {
  const innhold = [
    rad.loepenummer,
    rad.tidspunkt,
    rad.organisasjonsnummer,
    rad.leverandoer,
    rad.rettighetspakke,
    rad.tjeneste,
    rad.personidentifikator,
    rad.personId,
    rad.parter,
    rad.formaal,
    rad.forespoerselId,
    rad.innsynsrelevant,
    // Added later: only where set, so rows written before still hash as they did.
    ...(rad.dokumentidentifikator ? [rad.dokumentidentifikator] : []),
  ];
  return createHash('sha256').update(forrigeHash).update('\n').update(JSON.stringify(innhold)).digest('hex');
}

/** Numbers and links rows after the chain's last row (`siste`; undefined for an empty log). */
export function lenk(
  rader: readonly Omit<Innhold, 'loepenummer'>[],
  siste: { loepenummer: number; hash: string } | undefined,
): LagretRevisjonsrad[] {
  let forrige = siste ?? { loepenummer: 0, hash: startHash };
  return rader.map((rad) => {
    const nummerert = { ...rad, loepenummer: forrige.loepenummer + 1 };
    const lenket = { ...nummerert, forrigeHash: forrige.hash, hash: radHash(forrige.hash, nummerert) };
    forrige = lenket;
    return lenket;
  });
}
