import { foedselsdato, gjeldende, gjeldendeStatus, gjeldendeVerdi, type Persondokument } from '../../src/domain/person/persondokument.ts';
import { alderPaa } from '../../src/domain/tid.ts';

/**
 * What the realism requirements measure, read from the registered documents (not from the plan), so a figure is what
 * a consumer of the register would count: persons per dwelling, marital status of resident adults, resident adults
 * linked to a parent, and how many persons hold each status and each rarer element.
 */
export interface Befolkningsmaal {
  readonly bosatte: number;
  /** Resident adults (18+), the base of the shares below. */
  readonly voksne: number;
  /** Resident persons per distinct current residential address (a dwelling: street address and unit). */
  readonly personerPerBolig: number;
  /** Of resident adults (18+), the share by current `sivilstand` (`ugift` when none). */
  readonly sivilstand: Readonly<Record<string, number>>;
  /** Of resident adults (18+), the share with a mother or father in `familierelasjon`. */
  readonly voksneMedForeldre: number;
  /** Of resident adults aged 18–49, the same share. */
  readonly ungeVoksneMedForeldre: number;
  readonly status: Readonly<Record<string, number>>;
  readonly antall: Readonly<Record<'fortrolig' | 'strengtFortrolig' | 'vergemaal' | 'begrensetHandleevne' | 'falskIdentitet' | 'deltBosted', number>>;
}

export function befolkningsmaal(dokumenter: readonly Persondokument[], idag = '2026-11-23'): Befolkningsmaal {
  const boliger = new Map<string, number>();
  const sivilstand: Record<string, number> = {};
  const status: Record<string, number> = {};
  const antall = { fortrolig: 0, strengtFortrolig: 0, vergemaal: 0, begrensetHandleevne: 0, falskIdentitet: 0, deltBosted: 0 };
  let bosatte = 0;
  let voksne = 0;
  let medForeldre = 0;
  let unge = 0;
  let ungeMedForeldre = 0;
  for (const d of dokumenter) {
    const s = gjeldendeStatus(d) ?? 'ukjent';
    status[s] = (status[s] ?? 0) + 1;
    const gradering = gjeldendeVerdi(d, 'adressebeskyttelse')?.graderingsnivaa;
    if (gradering === 'fortrolig' || gradering === 'strengtFortrolig') antall[gradering]++;
    if (gjeldende(d, 'vergemaalEllerFremtidsfullmakt').length) antall.vergemaal++;
    if (gjeldendeVerdi(d, 'rettsligHandleevne')?.rettsligHandleevneomfang === 'begrenset') antall.begrensetHandleevne++;
    if (gjeldendeVerdi(d, 'falskIdentitet')?.erFalsk === true) antall.falskIdentitet++;
    if (gjeldende(d, 'deltBosted').length) antall.deltBosted++;
    if (s !== 'bosatt') continue;
    bosatte++;
    const adresse = gjeldendeVerdi(d, 'bostedsadresse')?.vegadresse;
    if (adresse) {
      const nokkel = JSON.stringify(adresse);
      boliger.set(nokkel, (boliger.get(nokkel) ?? 0) + 1);
    }
    const alder = alderPaa(foedselsdato(d)!, idag);
    if (alder < 18) continue;
    voksne++;
    const sivil = String(gjeldendeVerdi(d, 'sivilstand')?.sivilstand ?? 'ugift');
    sivilstand[sivil] = (sivilstand[sivil] ?? 0) + 1;
    const harForelder = gjeldende(d, 'familierelasjon').some((r) => ['mor', 'far', 'medmor'].includes(String(r.relatertPersonsRolle)));
    if (harForelder) medForeldre++;
    if (alder < 50) {
      unge++;
      if (harForelder) ungeMedForeldre++;
    }
  }
  const boende = [...boliger.values()].reduce((a, b) => a + b, 0);
  return {
    bosatte,
    voksne,
    personerPerBolig: boende / boliger.size,
    sivilstand: Object.fromEntries(Object.entries(sivilstand).map(([k, n]) => [k, n / voksne])),
    voksneMedForeldre: medForeldre / voksne,
    ungeVoksneMedForeldre: ungeMedForeldre / unge,
    status,
    antall,
  };
}
