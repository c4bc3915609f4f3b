import { Elementart, elementer, type Elementnavn } from '../persondokument/elementer.ts';
import type { Registermetadata } from '../persondokument/schema/metadata.ts';

/**
 * The register's own form of a person document: FREG's `Folkeregisterperson` (spec §2) where each element version
 * also carries an internal `id`, unique within the person, so that a correction or annulment can name the version it
 * replaces. The disclosure gate strips `id`; nothing else of this shape may reach a consumer.
 */
export type { Registermetadata };

/** An element's value: its FREG fields without metadata. */
export type Elementverdi = Record<string, unknown>;

export type Elementversjon = Registermetadata & Elementverdi & { readonly id: string };

export type Listeelement = {
  [K in Elementnavn]: (typeof elementer)[K]['art'] extends typeof Elementart.enkelt ? never : K;
}[Elementnavn];
export type Enkeltelement = Exclude<Elementnavn, Listeelement>;

export type Persondokument = { readonly [K in Listeelement]?: readonly Elementversjon[] } & {
  readonly [K in Enkeltelement]?: Elementversjon;
};

/** A person as the register holds it: the current document version and where it sits in the archive. */
export interface Person {
  readonly personId: number;
  readonly versjon: number;
  readonly dokumentidentifikator: string;
  readonly dokument: Persondokument;
}

export function erEnkeltelement(element: Elementnavn): element is Enkeltelement {
  return elementer[element].art === Elementart.enkelt;
}

/** Every version of an element, current and historical, as a list (a single element gives zero or one). */
export function versjoner(dokument: Persondokument, element: Elementnavn): readonly Elementversjon[] {
  if (erEnkeltelement(element)) {
    const v = dokument[element];
    return v ? [v] : [];
  }
  return dokument[element] ?? [];
}

/** The current versions of an element (`erGjeldende`). */
export function gjeldende(dokument: Persondokument, element: Elementnavn): Elementversjon[] {
  return versjoner(dokument, element).filter((v) => v.erGjeldende !== false);
}

/** The one current version of a single-valued element, if any. */
export function gjeldendeVerdi(dokument: Persondokument, element: Elementnavn): Elementversjon | undefined {
  return gjeldende(dokument, element)[0];
}

export function finnVersjon(dokument: Persondokument, element: Elementnavn, id: string): Elementversjon | undefined {
  return versjoner(dokument, element).find((v) => v.id === id);
}

/** The identity number in use (`iBruk`): the person's `folkeregisteridentifikator`. */
export function folkeregisteridentifikator(dokument: Persondokument): string {
  const iBruk = gjeldende(dokument, 'identifikasjonsnummer').find((v) => v.status === 'iBruk');
  const nummer = (iBruk ?? versjoner(dokument, 'identifikasjonsnummer')[0])?.foedselsEllerDNummer;
  if (typeof nummer !== 'string') throw new Error('Person document without identifikasjonsnummer');
  return nummer;
}

/** All numbers the person has held, in use or ceased. */
export function alleIdentifikatorer(dokument: Persondokument): string[] {
  return versjoner(dokument, 'identifikasjonsnummer').map((v) => String(v.foedselsEllerDNummer));
}

export function gjeldendeStatus(dokument: Persondokument): string | undefined {
  return gjeldendeVerdi(dokument, 'status')?.status as string | undefined;
}

export function foedselsdato(dokument: Persondokument): string | undefined {
  return gjeldendeVerdi(dokument, 'foedsel')?.foedselsdato as string | undefined;
}
