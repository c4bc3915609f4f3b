import { xmlTekst } from '../../access/xml/til-xml.ts';
import type { Ressurs } from '../kontrakt.ts';
import { ressurstabell } from '../mottak/ressurstabell.ts';
import { iNavnetegn } from './tegnsett.ts';

/**
 * Writing producer messages as a producer does (the counterpart of `src/intake/meldinger/xml.ts`, which reads them).
 * The schemas are sequences: callers write the elements in the XSD's order. Text is escaped; an absent optional value
 * writes nothing.
 */
export type Verdi = string | number | boolean | undefined;

export function felt(navn: string, verdi: Verdi): string {
  return verdi === undefined ? '' : `<${navn}>${xmlTekst(verdi)}</${navn}>`;
}

/** An element around elements already written. */
export function gruppe(navn: string, ...innhold: string[]): string {
  return `<${navn}>${innhold.join('')}</${navn}>`;
}

/** `innsending`, the envelope every producer message opens with. */
export interface Innsending {
  /** `avsendersMeldingsidentifikator`: unique per producer, the intake's idempotency key. */
  readonly id: string;
  /** `avsendersInnsendingstidspunkt`, with its offset (`osloTidspunkt`). */
  readonly tidspunkt: string;
  readonly kildesystem?: string;
}

/** The envelope and the sender's case fields most messages carry. */
export interface Avsendersopplysninger {
  readonly innsending: Innsending;
  readonly saksreferanse?: string | undefined;
  readonly saksbehandler: string;
}

/** The sender's case reference and case worker, in the order every schema that has them puts them. */
export function saksfelter(a: Pick<Avsendersopplysninger, 'saksreferanse' | 'saksbehandler'>): string {
  return felt('avsendersSaksreferanse', a.saksreferanse) + felt('avsendersSaksbehandler', a.saksbehandler);
}

/** The whole document of a resource: its document element in its namespace, `innsending`, then `forespoersel`. */
export function melding(ressurs: Ressurs, innsending: Innsending, ...forespoersel: string[]): string {
  const { rot, navnerom } = ressurstabell[ressurs];
  return (
    `<?xml version="1.0" encoding="UTF-8"?><${rot} xmlns="${navnerom}">` +
    gruppe('innsending', felt('avsendersMeldingsidentifikator', innsending.id), felt('avsendersInnsendingstidspunkt', innsending.tidspunkt), felt('kildesystem', innsending.kildesystem)) +
    gruppe('forespoersel', ...forespoersel) +
    `</${rot}>`
  );
}

export interface Personnavn {
  readonly fornavn: string;
  readonly mellomnavn?: string | undefined;
  readonly etternavn: string;
}

/** A person's name in the schemas' `Personnavn`, in the characters the schemas allow. */
export function personnavn(element: string, n: Personnavn): string {
  const del = (navn: string, verdi: string | undefined) => felt(navn, verdi === undefined ? undefined : iNavnetegn(verdi));
  return gruppe(element, del('fornavn', n.fornavn), del('mellomnavn', n.mellomnavn), del('etternavn', n.etternavn));
}

/** A Norwegian street address as the producer schemas share it. */
export interface Vegadresse {
  readonly adressenavn: string;
  readonly husnummer?: string | undefined;
  readonly husbokstav?: string | undefined;
  readonly bruksenhetsnummer?: string | undefined;
  readonly postnummer: string;
  readonly poststedsnavn: string;
  readonly kommunenummer?: string | undefined;
}

/**
 * `Vegadresse` in the order most schemas share (innflytting, D-number, Posten): the municipality last, and only in
 * the types that have one (`VegadresseForPost` and Posten's have none).
 */
export function vegadresse(a: Vegadresse, medKommune: boolean): string {
  return gruppe(
    'vegadresse',
    felt('adressenavn', a.adressenavn),
    a.husnummer ? gruppe('adressenummer', felt('husnummer', a.husnummer), felt('husbokstav', a.husbokstav)) : '',
    felt('bruksenhetsnummer', a.bruksenhetsnummer),
    gruppe('poststed', felt('poststedsnavn', a.poststedsnavn), felt('postnummer', a.postnummer)),
    medKommune ? felt('kommunenummer', a.kommunenummer) : '',
  );
}
