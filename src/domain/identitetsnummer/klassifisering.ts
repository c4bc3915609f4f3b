import type { Identifikatortype, Kjoenn } from '../persondokument/kodeverk.ts';

/**
 * Which control-digit rules a number follows (law § 2-2; spec §7.3, §7.4). `fra2032` marks a number that only the
 * 2032 rules allow; every 1964-rule number stays valid after the switch.
 */
export const Regler = { fra1964: '1964', fra2032: '2032' } as const;
export type Regler = (typeof Regler)[keyof typeof Regler];

/**
 * Who makes numbers with a shifted month (spec §7.5): Skatteetaten's test population adds 80 to the month; NAV's
 * synthetic numbers and the health sector's H-numbers both add 40 and cannot be told apart.
 */
export const SyntetiskKilde = { skatteetaten: 'skatteetaten', navEllerHnummer: 'navEllerHnummer' } as const;
export type SyntetiskKilde = (typeof SyntetiskKilde)[keyof typeof SyntetiskKilde];

/**
 * What an 11-digit string is. For a valid number every field is filled that the number encodes; for an invalid one
 * `feil` says why (Norwegian, for people) and the other fields are a best reading, reliable only as far as the
 * number got before it failed.
 */
export interface Klassifisering {
  readonly nummer: string;
  readonly gyldig: boolean;
  readonly type: Identifikatortype;
  readonly regler: Regler;
  readonly syntetisk: boolean;
  readonly syntetiskKilde?: SyntetiskKilde;
  /** `YYYY-MM-DD`; see `aarhundreSikkert` for whether the century is encoded or inferred. */
  readonly foedselsdato?: string;
  /** True only for fødselsnummer under the 1964 rules, where the individnummer encodes the century (§7.1). */
  readonly aarhundreSikkert?: boolean;
  /** Encoded only under the 1964 rules (third individnummer digit: even kvinne, odd mann); 2032 numbers are neutral. */
  readonly kjoenn?: Kjoenn;
  readonly feil?: string;
}
