import type { Elementnavn } from '../../domain/persondokument/elementer.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { reglerFor } from '../view/pakketabell.ts';

/**
 * "Rett til treff" of `personer/entydigsoek` (spec §1.4.5, OpenAPI 1.5 `entydigSoek`): which criteria together
 * identify a person well enough to hand out their document, and which criteria a package may use at all.
 */
export const Entydigkriterium = {
  navn: 'navn',
  identifikasjonsnummer: 'identifikasjonsnummer',
  foedselsdato: 'foedselsdato',
  /** An identifying address: adressenavn with husnummer or with postnummer. */
  adresse: 'adresse',
  utenlandskpersonidentifikasjon: 'utenlandskpersonidentifikasjon',
  legitimasjonsdokument: 'legitimasjonsdokument',
  utlendingsmyndighetenesidentifikasjonsnummer: 'utlendingsmyndighetenesidentifikasjonsnummer',
} as const;
export type Entydigkriterium = (typeof Entydigkriterium)[keyof typeof Entydigkriterium];

const K = Entydigkriterium;

/**
 * The minimum combinations, as the OpenAPI lists them. (The prose documentation, spec §1.4.5, also names navn +
 * postnummer alone; the machine contract asks for a street with it, and we follow the stricter one: docs/soek.md.)
 */
export const treffkombinasjoner: readonly (readonly Entydigkriterium[])[] = [
  [K.navn, K.identifikasjonsnummer],
  [K.navn, K.foedselsdato],
  [K.navn, K.adresse],
  [K.navn, K.utenlandskpersonidentifikasjon],
  [K.navn, K.legitimasjonsdokument],
  [K.navn, K.utlendingsmyndighetenesidentifikasjonsnummer],
  [K.foedselsdato, K.legitimasjonsdokument],
  [K.foedselsdato, K.utenlandskpersonidentifikasjon],
];

/**
 * A package may search by an identifier only if it may see that element: asking "is this number that person?" and
 * getting the document is seeing the number. So the packages without fnr/dnr cannot search by one, and foreign ids,
 * identity documents and DUF numbers are OMH's and EID's (DUF OMH's only), exactly as spec §1.4.5 has it.
 */
const avsloertElement: { readonly [C in Entydigkriterium]?: Elementnavn } = {
  identifikasjonsnummer: 'identifikasjonsnummer',
  utenlandskpersonidentifikasjon: 'utenlandskPersonidentifikasjon',
  legitimasjonsdokument: 'legitimasjonsdokument',
  utlendingsmyndighetenesidentifikasjonsnummer: 'utlendingsmyndighetenesIdentifikasjonsnummer',
};

export function kanSoekeMed(pakke: Rettighetspakke, kriterium: Entydigkriterium): boolean {
  const element = avsloertElement[kriterium];
  return element === undefined || reglerFor(pakke).elementer.includes(element);
}

/** The combinations a package can make (for documentation and tests). */
export function treffkombinasjonerFor(pakke: Rettighetspakke): (readonly Entydigkriterium[])[] {
  return treffkombinasjoner.filter((k) => k.every((c) => kanSoekeMed(pakke, c)));
}

export type Treffrett =
  | { readonly ok: true }
  | { readonly ok: false; readonly grunn: 'ikkeTilgjengelig'; readonly kriterium: Entydigkriterium }
  | { readonly ok: false; readonly grunn: 'ikkeRettTilTreff' };

export function vurderTreffrett(pakke: Rettighetspakke, gitt: ReadonlySet<Entydigkriterium>): Treffrett {
  for (const kriterium of gitt) if (!kanSoekeMed(pakke, kriterium)) return { ok: false, grunn: 'ikkeTilgjengelig', kriterium };
  return treffkombinasjoner.some((k) => k.every((c) => gitt.has(c))) ? { ok: true } : { ok: false, grunn: 'ikkeRettTilTreff' };
}
