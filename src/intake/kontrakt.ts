import type { Kommando } from '../domain/kommando/kommando.ts';
import type { Persondokument } from '../domain/person/persondokument.ts';

/**
 * The seam between producer intake's plumbing (HTTP, XSD validation, durable storage, the worker, cases, feedback:
 * `src/intake/mottak/`) and the pure rules of each message (`src/intake/meldinger/`): what a message means, which
 * automated controls it passes (law § 8-2), and whether it can be registered without discretion (§ 9-4).
 */

/** The `{ressurs}` of `POST /folkeregisteret/mottak/api/{ressurs}` that have a schema (spec §8.1). */
export const ressurser = [
  'rekvisisjon_av_dnummer_v5',
  'doedsfall_v1',
  'annullering_av_doedsfall_v1',
  'endring_av_dnummerperson_v3',
  'foedsel_v1',
  'kontaktopplysninger_doedsbo_v1',
  'separasjon_v1',
  'skilsmisse_v1',
  'innflytting_v1',
  'flyttemelding_fra_posten_v1',
  'fnr_endring_v1',
  'farskap_v1',
  'vigsel_v1',
] as const;
export type Ressurs = (typeof ressurser)[number];

/** A message read from XML that already passed its XSD: the envelope plus the resource's request. */
export interface TolketMelding<F = unknown> {
  readonly ressurs: Ressurs;
  readonly avsendersMeldingsidentifikator: string;
  readonly avsendersInnsendingstidspunkt?: string;
  readonly kildesystem?: string;
  readonly avsendersSaksreferanse?: string;
  readonly forespoersel: F;
}

/** What the worker reads from the register for one message before the pure decision. */
export interface Registerfakta {
  /** Current documents of the persons the message names by number, keyed by that number; absent = unknown number. */
  readonly personer: ReadonlyMap<string, Persondokument>;
  /** Current documents of persons born on a date asked for by `Meldingsbehov.foedselsdatoer` (duplicate checks). */
  readonly kandidater: readonly Persondokument[];
  /** Whether a street exists in a municipality (and, when given, with that postal code), by the address reference. */
  adresseFinnes(kommunenummer: string, adressenavn: string, postnummer?: string): boolean;
  /** Today in Norway (YYYY-MM-DD), for "dates in the future" and deadlines. */
  readonly idag: string;
}

/** What the worker must look up for a message. */
export interface Meldingsbehov {
  readonly personnumre: readonly string[];
  readonly foedselsdatoer: readonly string[];
}

/** A reason for manual handling or refusal; `kode` is the `begrunnelseskode` of the feedback (spec §8.2). */
export interface Begrunnelse {
  readonly kode: string;
  readonly tekst: string;
}

export type Vurdering =
  /** Plain: register these commands now, in one transaction (§ 9-4 first paragraph). */
  | { readonly utfall: 'automatisk'; readonly kommandoer: readonly Kommando[] }
  /** Needs discretion: a case with reasons; `forslag` is what approving it as it stands registers. */
  | { readonly utfall: 'manuell'; readonly begrunnelser: readonly Begrunnelse[]; readonly forslag: readonly Kommando[] }
  /** Cannot be registered (formal control failed, or nothing to do): the producer is told why. */
  | { readonly utfall: 'avvist'; readonly begrunnelser: readonly Begrunnelse[] };

/** The rules of one resource. */
export interface Meldingsregler<F = unknown> {
  /** Reads the XSD-valid XML (namespaces may be prefixed any way) into a typed message. */
  tolk(xml: string): TolketMelding<F>;
  behov(melding: TolketMelding<F>): Meldingsbehov;
  vurder(melding: TolketMelding<F>, fakta: Registerfakta): Vurdering;
}
