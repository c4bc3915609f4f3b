import { elementnavn, type Elementnavn } from '../../src/domain/persondokument/elementer.ts';
import { gjeldendeVerdi, versjoner, type Elementversjon, type Persondokument } from '../../src/domain/person/persondokument.ts';
import { pakketabell, type Pakkeregler, type Utvidelse } from '../../src/access/view/pakketabell.ts';
import type { Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';

/**
 * The oracle of the disclosure matrix (STYLE.md §5): what a package must get, read from the table and the spec's
 * words, written without the gate's code. Each request kind's expectation is stated directly, not parsed.
 */
export interface Forventning {
  readonly elementer: ReadonlySet<Elementnavn>;
  readonly historikk: ReadonlySet<Elementnavn>;
  readonly visIdentitetsnummer: boolean;
}

export interface Foresporsel {
  readonly parter: readonly string[];
  /** undefined: the request must be refused with 406. */
  readonly forventning: Forventning | undefined;
}

const rad = (pakke: Rettighetspakke): Pakkeregler => pakketabell[pakke];
const alltid = (r: Pakkeregler): Elementnavn[] => (r.identitetsnummer === 'alltid' ? ['identifikasjonsnummer'] : []);
const forventning = (r: Pakkeregler, elementer: Iterable<Elementnavn>, historikk: Iterable<Elementnavn> = [], spurtOmId = false): Forventning => ({
  elementer: new Set([...elementer, ...alltid(r)]),
  historikk: new Set(historikk),
  visIdentitetsnummer: r.identitetsnummer === 'alltid' || (r.identitetsnummer === 'paaForespoersel' && spurtOmId),
});

/** Every request the matrix makes for a package: default, historikk, each element, each element's history, aliases, all. */
export function foresporsler(pakke: Rettighetspakke): Foresporsel[] {
  const r = rad(pakke);
  const ut: Foresporsel[] = [
    { parter: [], forventning: forventning(r, r.personBasis) },
    { parter: ['historikk'], forventning: forventning(r, r.personBasis, r.personBasis.filter((e) => r.historikk.includes(e))) },
  ];
  for (const e of elementnavn) {
    const har = r.elementer.includes(e);
    ut.push({ parter: [e], forventning: har ? forventning(r, [e], [], e === 'identifikasjonsnummer') : undefined });
    ut.push({ parter: [`${e}-historikk`], forventning: r.historikk.includes(e) ? forventning(r, [e], [e], e === 'identifikasjonsnummer') : undefined });
  }
  for (const alias of ['identitetsgrunnlag-utvidet', 'relasjon-utvidet'] as const satisfies Utvidelse[]) {
    const innhold = r.utvidelser[alias];
    ut.push({ parter: [alias], forventning: innhold ? forventning(r, innhold) : undefined });
  }
  ut.push({ parter: ['person-basis', 'historikk', ...r.elementer], forventning: forventning(r, r.elementer, r.historikk, true) });
  return ut;
}

export const adresser: readonly Elementnavn[] = ['bostedsadresse', 'deltBosted', 'oppholdsadresse', 'postadresse', 'postadresseIUtlandet', 'preferertKontaktadresse'];
export const konfidensielleStatuser = ['midlertidig', 'forsvunnet', 'foedselsregistrert', 'ikkeBosatt'];

export function beskyttelseAv(dokument: Persondokument): string {
  return String(gjeldendeVerdi(dokument, 'adressebeskyttelse')?.graderingsnivaa ?? 'ugradert');
}

/** spec §5.4 as words: no package has a basis for strengtFortrolig; others only as the table lists. */
export function harHjemmel(pakke: Rettighetspakke, gradering: string): boolean {
  return (rad(pakke).adressegraderinger as readonly string[]).includes(gradering);
}

/** Whether one stored version must reach the package. */
export function skalVises(pakke: Rettighetspakke, dokument: Persondokument, element: Elementnavn, v: Elementversjon, f: Forventning): boolean {
  if (!f.elementer.has(element)) return false;
  if (v.erGjeldende === false && !f.historikk.has(element)) return false;
  if (element === 'identifikasjonsnummer' && !f.visIdentitetsnummer) return false;
  const beskyttelse = beskyttelseAv(dokument);
  const egen = String(v.adressegradering ?? 'ugradert');
  if (adresser.includes(element)) {
    // A strengtFortrolig person keeps only the secretariat's open postal address.
    if (beskyttelse === 'strengtFortrolig') return element === 'postadresse' && harHjemmel(pakke, egen);
    return harHjemmel(pakke, egen) && harHjemmel(pakke, beskyttelse);
  }
  if (element === 'innflytting' || element === 'utflytting') return beskyttelse !== 'strengtFortrolig';
  return true;
}

export function forventedeVersjoner(pakke: Rettighetspakke, dokument: Persondokument, element: Elementnavn, f: Forventning): Elementversjon[] {
  return versjoner(dokument, element).filter((v) => skalVises(pakke, dokument, element, v, f));
}
