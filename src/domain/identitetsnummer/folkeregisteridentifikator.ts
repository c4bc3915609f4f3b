import { Identifikatortype } from '../persondokument/kodeverk.ts';
import { klassifiser } from './klassifiser.ts';
import type { Klassifisering } from './klassifisering.ts';

declare const folkeregisteridentifikator: unique symbol;
declare const foedselsnummer: unique symbol;

/** A valid fødselsnummer or D-number (spec §7), real or synthetic; parse once at the edge, trust inside. */
export type Folkeregisteridentifikator = string & { readonly [folkeregisteridentifikator]: true };
/** A valid fødselsnummer (not a D-number); usable wherever a Folkeregisteridentifikator is. */
export type Foedselsnummer = Folkeregisteridentifikator & { readonly [foedselsnummer]: true };

/** A parse either gives the value or says why not; bad input is a refusal, never an exception. */
export type Tolkning<T> =
  | { readonly ok: true; readonly value: T; readonly klassifisering: Klassifisering }
  | { readonly ok: false; readonly feil: string; readonly klassifisering?: Klassifisering };

function verditype<T extends string>(godtar: (k: Klassifisering) => string | undefined) {
  const parse = (input: unknown, idag?: string): Tolkning<T> => {
    if (typeof input !== 'string') return { ok: false, feil: 'Må være en tekst med 11 siffer' };
    const klassifisering = klassifiser(input, idag);
    const feil = klassifisering.feil ?? godtar(klassifisering);
    return feil ? { ok: false, feil, klassifisering } : { ok: true, value: input as T, klassifisering };
  };
  return { parse, is: (input: unknown): input is T => parse(input).ok };
}

export const Folkeregisteridentifikator = verditype<Folkeregisteridentifikator>(() => undefined);
export const Foedselsnummer = verditype<Foedselsnummer>((k) =>
  k.type === Identifikatortype.dNummer ? 'Er et D-nummer, ikke et fødselsnummer' : undefined,
);
