import { elementnavn, type Elementnavn } from '../../domain/persondokument/elementer.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { reglerFor, type Pakkeregler, type Utvidelse } from './pakketabell.ts';

/**
 * The `part` query values of a lookup (spec §5.5), read for one package. Refusals are values: an unknown part, or one
 * the package may not have, gives `ugyldigPart`, which the route answers with 406 "Ugyldig part".
 */
export const Part = {
  personBasis: 'person-basis',
  historikk: 'historikk',
  identitetsgrunnlagUtvidet: 'identitetsgrunnlag-utvidet',
  relasjonUtvidet: 'relasjon-utvidet',
} as const;

export interface Parts {
  /** The values as the consumer gave them (`person-basis` when none), for the audit log. */
  readonly parter: readonly string[];
  readonly elementer: ReadonlySet<Elementnavn>;
  /** Elements whose non-current versions are wanted (and allowed). */
  readonly historikk: ReadonlySet<Elementnavn>;
}

export type Partvalg = { readonly ok: true; readonly parts: Parts } | { readonly ok: false; readonly ugyldigPart: string };

type Tolkning =
  | { readonly art: 'personBasis' }
  | { readonly art: 'historikk' }
  | { readonly art: 'elementer'; readonly elementer: readonly Elementnavn[]; readonly medHistorikk?: boolean };

/** Element names are matched without regard to case: Altinn sends `RettsligHandleevne` (spec §5.5, inferred). */
const elementForNavn = new Map(elementnavn.map((e) => [e.toLowerCase(), e]));
const historikkSuffiks = '-historikk';

/** One value, or undefined when it is invalid for the package. */
function tolk(verdi: string, regler: Pakkeregler): Tolkning | undefined {
  const navn = verdi.trim().toLowerCase();
  // `basis` is the pre-2020 name of person-basis; `person` (pre-2020 "everything") is refused: docs/utlevering.md.
  if (navn === Part.personBasis || navn === 'basis') return { art: 'personBasis' };
  if (navn === Part.historikk) return { art: 'historikk' };
  if (navn === Part.identitetsgrunnlagUtvidet || navn === Part.relasjonUtvidet) {
    const elementer = regler.utvidelser[navn as Utvidelse];
    return elementer ? { art: 'elementer', elementer } : undefined;
  }
  const historisk = navn.endsWith(historikkSuffiks);
  const element = elementForNavn.get(historisk ? navn.slice(0, -historikkSuffiks.length) : navn);
  if (!element || !regler.elementer.includes(element)) return undefined;
  if (historisk && !regler.historikk.includes(element)) return undefined;
  return { art: 'elementer', elementer: [element], medHistorikk: historisk };
}

export function parseParts(verdier: readonly string[], pakke: Rettighetspakke): Partvalg {
  const regler = reglerFor(pakke);
  let basis = false;
  let historikk = false;
  let velger = false;
  const elementer = new Set<Elementnavn>();
  const historikkFor = new Set<Elementnavn>();
  for (const verdi of verdier) {
    const t = tolk(verdi, regler);
    if (!t) return { ok: false, ugyldigPart: verdi };
    if (t.art === 'historikk') historikk = true;
    else velger = true;
    if (t.art === 'personBasis') basis = true;
    if (t.art !== 'elementer') continue;
    for (const e of t.elementer) elementer.add(e);
    if (t.medHistorikk) t.elementer.forEach((e) => historikkFor.add(e));
  }
  // `historikk` alone modifies the default rather than replacing it (SSB's client sends only `part=historikk`).
  if (basis || !velger) regler.personBasis.forEach((e) => elementer.add(e));
  // spec §5.5: identifikasjonsnummer comes with every answer, except where it must be asked for or is never given.
  if (regler.identitetsnummer === 'alltid') elementer.add('identifikasjonsnummer');
  if (historikk) regler.historikk.filter((e) => elementer.has(e)).forEach((e) => historikkFor.add(e));
  return {
    ok: true,
    parts: { parter: verdier.length > 0 ? [...new Set(verdier)] : [Part.personBasis], elementer, historikk: historikkFor },
  };
}
