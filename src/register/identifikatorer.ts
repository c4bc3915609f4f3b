import { reglerForTildeling } from '../domain/identitetsnummer/index.ts';
import type { Identifikatortildeler } from './registrer.ts';
import { tildelIdentifikatorerBulk } from './tildel-identifikator.ts';

export interface Tildelingsinnstillinger {
  /** From this date numbers are issued under the 2032 rules. */
  readonly regelbytteIdentifikator: string;
  /** Synthetic numbers (+80 on the month); this register's default, since it holds synthetic people only. */
  readonly syntetiskeIdentifikatorer: boolean;
}

/** The write path's allocator: one new number per need, under the rules in force on the day of issue. */
export function identifikatortildeler(innstillinger: Tildelingsinnstillinger): Identifikatortildeler {
  return async (tx, behov, idag) => {
    const regler = reglerForTildeling(idag, innstillinger.regelbytteIdentifikator);
    const numre = await tildelIdentifikatorerBulk(
      tx,
      behov.map((b) => ({ spec: { ...b, regler, syntetisk: innstillinger.syntetiskeIdentifikatorer }, antall: 1 })),
    );
    return numre.map((n) => n[0]!);
  };
}
