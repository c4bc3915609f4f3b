import type { DecidedHendelse } from '../hendelse.ts';

/**
 * The outcome of decide: events, or a refusal that says why (a value, not an exception: STYLE.md §2). The codes are
 * what a producer's `tilbakemelding` and the FREG error body carry.
 */
export const Avvisningskode = {
  personFinnesIkke: 'personFinnesIkke',
  ugyldigDato: 'ugyldigDato',
  datoFremITid: 'datoFremITid',
  ugyldigVerdi: 'ugyldigVerdi',
  personErDoed: 'personErDoed',
  personErOpphoert: 'personErOpphoert',
  personErIkkeDoed: 'personErIkkeDoed',
  alleredeGift: 'alleredeGift',
  ikkeGiftMedHverandre: 'ikkeGiftMedHverandre',
  sammePerson: 'sammePerson',
  forUngTilEkteskap: 'forUngTilEkteskap',
  elementversjonFinnesIkke: 'elementversjonFinnesIkke',
  adressebeskyttet: 'adressebeskyttet',
  ingenEndring: 'ingenEndring',
  ikkeTillattForStatus: 'ikkeTillattForStatus',
  manglerIdentifikator: 'manglerIdentifikator',
} as const;
export type Avvisningskode = (typeof Avvisningskode)[keyof typeof Avvisningskode];

export interface Avvisning {
  readonly kode: Avvisningskode;
  /** Norwegian text for the producer or case worker; never an identity number (STYLE.md §7). */
  readonly melding: string;
  readonly felt?: string;
}

export type Beslutning =
  | { readonly ok: true; readonly hendelser: readonly DecidedHendelse[] }
  | { readonly ok: false; readonly avvisning: Avvisning };

export const avvis = (kode: Avvisningskode, melding: string, felt?: string): Beslutning => ({
  ok: false,
  avvisning: felt === undefined ? { kode, melding } : { kode, melding, felt },
});

export const godta = (...hendelser: DecidedHendelse[]): Beslutning => ({ ok: true, hendelser });

/** What the shell supplies so that decide needs no clock, no random ids and no database (STYLE.md §2). */
export interface Kontekst {
  /** Now, as FREG writes it (`2026-11-23T19:20:00.123+01:00`). */
  readonly naa: string;
  /** Today's Norwegian date. */
  readonly idag: string;
  /** Identity numbers the shell allocated for this command, in the order `identifikatorbehov` asked for them. */
  readonly nyeIdentifikatorer: readonly string[];
  /** Default `kilde` for new versions. */
  readonly kilde: string;
}
