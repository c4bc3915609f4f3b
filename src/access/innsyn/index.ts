/**
 * Citizens' insight into who looked them up (innsyn; folkeregisterloven § 10-1 third paragraph, spec §6.3). Where
 * each concept lives:
 * - `innstillinger.ts`: accepted issuers, audience, `acr` levels, scope (`lov`/`alle`), development login
 * - `innbyggertoken.ts`: verifying the ID-porten-style token; `utviklingsinnlogging.ts`: the development login's key
 * - `les-oppslag.ts`: the person's disclosures from the audit log, with the consumer registry's names
 * - `feilmelding.ts`: the FREG error body and the innsyn failures
 * Routes: `src/api/innsyn-routes.ts`. Operators' view: `docs/revisjon-og-innsyn.md`.
 */
export { Innsynsomfang, lesInnsynInnstillinger, type InnsynInnstillinger, type Tokenutsteder } from './innstillinger.ts';
export { verifiserInnbyggertoken, type Innbygger, type Tokenkrav, type Tokentolkning } from './innbyggertoken.ts';
export { hentUtviklingsnokkel, utstedUtviklingstoken, utviklingsutsteder, type Utviklingsnokkel } from './utviklingsinnlogging.ts';
export { finnPersonId, lesOppslag, type Oppslagsrad } from './les-oppslag.ts';
export { feilmelding, FolkeregisterFeilmelding, Innsynsfeil } from './feilmelding.ts';
