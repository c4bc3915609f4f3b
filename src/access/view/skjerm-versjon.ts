import type { Elementnavn } from '../../domain/persondokument/elementer.ts';
import { Adressegradering, Personstatus } from '../../domain/persondokument/kodeverk.ts';
import type { Pakkeregler } from './pakketabell.ts';

/**
 * What a package may see of one element version, given the person's address protection: the field-level half of the
 * gate (the element-level half is `view.ts`). Pure; returns a new object or undefined (the version is withheld).
 * NOTE: only `view.ts` may call this; its output is still a register shape, not consumer output.
 */
export interface Skjerming {
  readonly regler: Pakkeregler;
  /** The person's current `adressebeskyttelse.graderingsnivaa`, `ugradert` when none. */
  readonly beskyttelse: string;
  /** Whether fnr/dnr may be shown at all in this response (the package's rule and the request's parts). */
  readonly visIdentitetsnummer: boolean;
}

type Versjon = Readonly<Record<string, unknown>>;

export const adresseelementer: ReadonlySet<Elementnavn> = new Set<Elementnavn>([
  'bostedsadresse', 'deltBosted', 'oppholdsadresse', 'postadresse', 'postadresseIUtlandet', 'preferertKontaktadresse',
]);

/** Statuses that are themselves confidential (spec §2.5, §5.3); shown as `aktiv` to packages without the right. */
/** The stricter of two protection levels (an unknown one counts as the strictest). */
export function strengeste(a: string, b: string | undefined): string {
  if (b === undefined) return a;
  return (rang[a] ?? 3) >= (rang[b] ?? 3) ? a : b;
}

export const konfidensielleStatuser: ReadonlySet<string> = new Set<string>([
  Personstatus.midlertidig, Personstatus.forsvunnet, Personstatus.foedselsregistrert, Personstatus.ikkeBosatt,
]);

/** Where other persons' (and the person's own) fnr/dnr sit inside elements (spec §2.3). */
const identitetsnummerfelt: { readonly [E in Elementnavn]?: readonly (readonly string[])[] } = {
  sivilstand: [['relatertVedSivilstand']],
  familierelasjon: [['relatertPerson']],
  foreldreansvar: [['ansvarlig'], ['ansvarssubjekt']],
  falskIdentitet: [['rettIdentitetVedIdentifikasjonsnummer']],
  vergemaalEllerFremtidsfullmakt: [['verge', 'foedselsEllerDNummer']],
  kontaktinformasjonForDoedsbo: [['person', 'foedselsEllerDNummer']],
};

const flyttested = [['fraflyttingsland'], ['fraflyttingsstedIUtlandet'], ['tilflyttingsland'], ['tilflyttingsstedIUtlandet']];
const flyttedatoer = [['ajourholdstidspunkt'], ['gyldighetstidspunkt'], ['opphoerstidspunkt'], ['utflyttingsdato']];

const rang: Readonly<Record<string, number>> = {
  [Adressegradering.ugradert]: 0,
  [Adressegradering.klientadresse]: 1,
  [Adressegradering.fortrolig]: 2,
  [Adressegradering.strengtFortrolig]: 3,
};

/**
 * An address version's grading as the gate treats it (spec §5.4). A `strengtFortrolig` person's one open address is
 * the secretariat's current `postadresse`; any other address of theirs, earlier postal addresses included, would point
 * to where they live, so it counts as `strengtFortrolig` even if the register (wrongly) held it. A `fortrolig` person has every address graded
 * `fortrolig`, history from before the protection included. An unknown grading counts as the strictest.
 */
export function virkeligGradering(element: Elementnavn, versjon: Versjon, beskyttelse: string, gjeldende: boolean): string {
  const egen = versjon.adressegradering ?? Adressegradering.ugradert;
  if (typeof egen !== 'string' || rang[egen] === undefined) return Adressegradering.strengtFortrolig;
  if (beskyttelse === Adressegradering.strengtFortrolig) return element === 'postadresse' && gjeldende ? egen : beskyttelse;
  return (rang[beskyttelse] ?? rang.strengtFortrolig!) > rang[egen] ? beskyttelse : egen;
}

export function harHjemmelFor(regler: Pakkeregler, gradering: string): boolean {
  return (regler.adressegraderinger as readonly string[]).includes(gradering);
}

export function skjermVersjon<V extends Versjon>(element: Elementnavn, versjon: V, gjeldende: boolean, s: Skjerming): V | undefined {
  if (element === 'identifikasjonsnummer' && !s.visIdentitetsnummer) return undefined;
  if (adresseelementer.has(element) && !harHjemmelFor(s.regler, virkeligGradering(element, versjon, s.beskyttelse, gjeldende))) {
    return undefined;
  }
  let ut: Versjon = versjon;
  if (element === 'innflytting' || element === 'utflytting') {
    // spec §5.2 note 5 and §5.4: not shared for strengtFortrolig persons; place and dates hidden for protected persons
    // from packages without the legal basis; dates of historical moves hidden from all but OMH.
    if (s.beskyttelse === Adressegradering.strengtFortrolig) return undefined;
    const beskyttet = s.beskyttelse !== Adressegradering.ugradert && !harHjemmelFor(s.regler, s.beskyttelse);
    if (beskyttet) ut = utenFelter(ut, [...flyttested, ...flyttedatoer]);
    else if (!gjeldende && !s.regler.flyttedatoer) ut = utenFelter(ut, flyttedatoer);
  }
  if (element === 'status' && !s.regler.konfidensiellStatus && konfidensielleStatuser.has(String(ut.status))) {
    // The free-text `aarsak` of a masked status could name the real one ("Meldt savnet"), so it goes too.
    const { aarsak: _aarsak, ...resten } = ut;
    ut = { ...resten, status: Personstatus.aktiv };
  }
  ut = utenFelter(ut, skjulteIdentitetsnumre(element, s));
  if (element === 'kontaktinformasjonForDoedsbo') ut = kontaktperson(ut, s.visIdentitetsnummer && s.regler.doedsboKontaktpersonnummer);
  return ut as V;
}

function skjulteIdentitetsnumre(element: Elementnavn, s: Skjerming): readonly (readonly string[])[] {
  const stier = identitetsnummerfelt[element] ?? [];
  if (!s.visIdentitetsnummer) return stier;
  if (element === 'sivilstand' && !s.regler.ektefelle) return stier;
  return [];
}

/**
 * The estate's contact person is either a number or a name with birth date (spec §2.3, an XSD choice). Where the
 * register holds both, packages that may see the number get only the number, the others only the name and birth
 * date (spec §5.2 note 4); where it holds only the number, the latter get no `person` at all.
 */
function kontaktperson(versjon: Versjon, visNummer: boolean): Versjon {
  const person = versjon.person;
  if (person === null || typeof person !== 'object' || !('foedselsEllerDNummer' in person)) return versjon;
  return utenFelter(versjon, visNummer ? [['person', 'personnavn'], ['person', 'foedselsdato']] : [['person', 'foedselsEllerDNummer']]);
}

function utenFelter(verdi: Versjon, stier: readonly (readonly string[])[]): Versjon {
  return stier.reduce(utenFelt, verdi);
}

/** A copy without the field at `sti`; an object left empty by the removal goes too, so no `{}` reaches a consumer. */
function utenFelt(verdi: Versjon, sti: readonly string[]): Versjon {
  const [foerste, ...resten] = sti;
  if (foerste === undefined || !(foerste in verdi)) return verdi;
  const { [foerste]: indre, ...uten } = verdi;
  if (resten.length === 0) return uten;
  if (indre === null || typeof indre !== 'object' || Array.isArray(indre)) return verdi;
  const nytt = utenFelt(indre as Versjon, resten);
  return Object.keys(nytt).length > 0 ? { ...verdi, [foerste]: nytt } : uten;
}
