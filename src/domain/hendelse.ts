import type { Elementnavn } from './persondokument/elementer.ts';
import type { Elementverdi, Registermetadata } from './person/persondokument.ts';

import { Entitetsendring } from './persondokument/kodeverk.ts';

/**
 * What decide produces: FREG events (spec §3.4, §3.5) without the numbers the register gives them when it stores them
 * (`sekvensnummer`, `hendelsesidentifikator`, the new `persondokument`). One event concerns exactly one person.
 */
export { Entitetsendring };

/** One element change inside an event. `elementId` names the version made, replaced or removed (internal). */
export interface Egenskapsendring {
  readonly element: Elementnavn;
  /** FREG's `korrigereHistorisk` is defined but never used (spec §3.4), so the register never makes it. */
  readonly entitetsendring: Exclude<Entitetsendring, typeof Entitetsendring.korrigereHistorisk>;
  readonly elementId: string;
  /** The new version's value and metadata (absent on `annullere`). */
  readonly verdi?: Registermetadata & Elementverdi;
}

export interface DecidedHendelse {
  /** Whose document changes: an identity number the person holds, or `ny:<n>` for the n-th person this command creates. */
  readonly person: string;
  readonly hendelsestype: string;
  /** The number the event is published on (for `endringIIdentifikasjonsnummer` the old one, spec §3.5). */
  readonly folkeregisteridentifikator: string;
  readonly ajourholdstidspunkt: string;
  readonly endringer: readonly Egenskapsendring[];
}

/** A stored event: the decided one with the numbers the register gave it in the writing transaction. */
export interface LagretHendelse extends DecidedHendelse {
  readonly sekvensnummer: number;
  readonly hendelsesidentifikator: string;
  readonly persondokument: string;
}
