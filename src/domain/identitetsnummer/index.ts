/**
 * Identity numbers (law § 2-2, spec §7), pure. Where each concept lives:
 * - `klassifiser.ts`: validate and read a number (type, rules, synthetic, birth date, sex) → `klassifisering.ts`
 * - `folkeregisteridentifikator.ts`: the branded value types with `parse` / `is`
 * - `kontrollsiffer.ts`: the control digits; `individnummerserier.ts`: which individnummer a birth year gets
 * - `serie.ts`: the ordered candidates an allocator reserves positions in; `regler-for-tildeling.ts`: 1964 or 2032
 * Operators' view: `docs/identitetsnummer.md`.
 */
export { klassifiser } from './klassifiser.ts';
export { Regler, SyntetiskKilde, type Klassifisering } from './klassifisering.ts';
export { Folkeregisteridentifikator, Foedselsnummer, type Tolkning } from './folkeregisteridentifikator.ts';
export { kandidat, nummerprefiks, serielengde, serienokkel, type Tildelingsspesifikasjon } from './serie.ts';
export { reglerForTildeling } from './regler-for-tildeling.ts';
