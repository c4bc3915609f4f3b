import { Adressegradering } from '../../domain/persondokument/kodeverk.ts';
import type { Personstatustype } from '../../uttrekk/kriterier.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { reglerFor } from './pakketabell.ts';
import { harHjemmelFor, konfidensielleStatuser, virkeligGradering } from './skjerm-versjon.ts';

/**
 * What an extract's criteria may reveal (spec §4.2), decided by the same table and rules as `view()`: an extract names
 * persons that match, so matching on something is disclosing it. Pure; the extract's SQL applies the answers.
 */

/**
 * The stored statuses a `personstatustyper` value selects. `aktiv` is the mask of spec §5.3 and selects exactly the
 * statuses the mask hides, so a package without the right to confidential statuses learns no more than `aktiv`.
 */
const statuser = {
  aktiv: [...konfidensielleStatuser],
  bosatt: ['bosatt'],
  utflyttet: ['utflyttet'],
  doed: ['doed'],
  inaktiv: ['inaktiv'],
} as const satisfies Record<Personstatustype, readonly string[]>;

export function statuserForPersonstatustyper(typer: readonly Personstatustype[]): string[] {
  return [...new Set(typer.flatMap((t) => statuser[t]))];
}

export type Kommunefilterelement = 'bostedsadresse' | 'oppholdsadresse';

/**
 * The pairs `<address grading>/<person's protection>` under which the package may see a person's current address of
 * this kind, and so may be told which municipality the person lives or stays in. A person whose address the package
 * may not see (fortrolig outside OMH; strengtFortrolig, whose residence no package sees) is left out of an extract by
 * municipality rather than revealed as living there (docs/uttrekk.md). Derived from `virkeligGradering` and the
 * package's gradings, so the extract and the lookup agree; an unknown grading is in no pair, so it is never matched.
 */
export function synligeGraderingspar(pakke: Rettighetspakke, element: Kommunefilterelement): string[] {
  const regler = reglerFor(pakke);
  if (!regler.elementer.includes(element)) return [];
  const verdier = Object.values(Adressegradering);
  return verdier.flatMap((egen) =>
    verdier
      .filter((beskyttelse) => harHjemmelFor(regler, virkeligGradering(element, { adressegradering: egen }, beskyttelse, true)))
      .map((beskyttelse) => `${egen}/${beskyttelse}`),
  );
}
