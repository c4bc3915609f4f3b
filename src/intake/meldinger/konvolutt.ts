import type { Ressurs, TolketMelding } from '../kontrakt.ts';
import { Les, lesXml } from './xml.ts';

/**
 * The envelope every message shares (spec §8.1: `innsending` { `avsendersMeldingsidentifikator`,
 * `avsendersInnsendingstidspunkt`, `kildesystem` }) around the resource's `forespoersel`.
 */
export interface Meldingsformat<F> {
  readonly ressurs: Ressurs;
  /** The root element's local name. */
  readonly rot: string;
  /** Repeatable elements (maxOccurs > 1) by path below the root. */
  readonly lister: readonly string[];
  readonly forespoersel: (forespoersel: Les) => F;
  /** Where the sender's case reference sits, when not in `forespoersel.avsendersSaksreferanse`. */
  readonly saksreferanse?: (forespoersel: Les) => string | undefined;
}

export function tolkMelding<F>(format: Meldingsformat<F>, xml: string): TolketMelding<F> {
  const rot = Les.fra(lesXml(xml, format.rot, format.lister));
  const forespoersel = rot.barn('forespoersel');
  // Only farskap's schema lets the envelope out (minOccurs 0); its message id is then empty and the plumbing
  // identifies the message by its own reference.
  const innsending = rot.valgfri('innsending');
  const saksreferanse = (format.saksreferanse ?? ((f: Les) => f.valgfriTekst('avsendersSaksreferanse')))(forespoersel);
  const tidspunkt = innsending?.valgfriTekst('avsendersInnsendingstidspunkt');
  const kildesystem = innsending?.valgfriTekst('kildesystem');
  return {
    ressurs: format.ressurs,
    avsendersMeldingsidentifikator: innsending?.tekst('avsendersMeldingsidentifikator') ?? '',
    ...(tidspunkt ? { avsendersInnsendingstidspunkt: tidspunkt } : {}),
    ...(kildesystem ? { kildesystem } : {}),
    ...(saksreferanse ? { avsendersSaksreferanse: saksreferanse } : {}),
    forespoersel: format.forespoersel(forespoersel),
  };
}
