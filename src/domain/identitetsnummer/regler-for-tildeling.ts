import { Regler } from './klassifisering.ts';

/**
 * The rules new numbers are issued under on `idag`: the 1964 rules before `regelbytte`, the 2032 rules from it
 * (§7.4: "applies to all new assignments from 2032", also for people born before). Both dates `YYYY-MM-DD`, which
 * compare as strings. Settings give `regelbytte` (`FOLKEREGISTER_REGELBYTTE`, default 2032-01-01) so a test register
 * can switch early.
 */
export function reglerForTildeling(idag: string, regelbytte: string): Regler {
  return idag < regelbytte ? Regler.fra1964 : Regler.fra2032;
}
