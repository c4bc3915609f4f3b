/**
 * The audit log of disclosures (revisjonslogg; DESIGN.md principle 5, spec §6.3). Where each concept lives:
 * - `revisjonsrad.ts`: what a disclosing service reports per person, and its checks
 * - `innsynsregler.ts`: the § 10-1 third-paragraph policy as two tables (package, service) → `innsynsrelevant`
 * - `revisjonslogg.ts`: the writer with group commit (resolve after commit); `skriv-revisjonsrader.ts`: its SQL
 * - `kjede.ts`: the hash chain; `verifiser.ts`: walking it (`folkeregister audit verify`)
 * - `formaal.ts`: the optional purpose header
 * Schema: `src/store/migrations/0004_revisjon.sql`. Operators' view: `docs/revisjon-og-innsyn.md`.
 */
export { Revisjonslogg, RevisjonsloggLukket, type Gruppeskriving } from './revisjonslogg.ts';
export { UgyldigRevisjonsrad, type LagretRevisjonsrad, type Revisjonsrad } from './revisjonsrad.ts';
export { erInnsynsrelevant, Tjeneste } from './innsynsregler.ts';
export { verifiserRevisjonslogg, type Verifikasjon } from './verifiser.ts';
export { formaalHeader, lesFormaal, type Formaaltolkning } from './formaal.ts';
