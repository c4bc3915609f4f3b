import type { Elementnavn } from '../persondokument/elementer.ts';
import type { Elementverdi } from '../person/persondokument.ts';

/**
 * Register commands: what a producer message, a case worker or the synthetic population asks the register to do.
 * Persons are named by any identity number they hold. Values use FREG's field names (spec §2.3); their shape is
 * checked at the edge, their meaning by decide.
 */
type Dato = string;
type Nummer = string;

interface Felles {
  /** `kilde` of the new element versions (spec §2.2); defaults to the register authority. */
  readonly kilde?: string;
}

export interface Personopplysninger {
  readonly foedselsdato: Dato;
  /** Unknown for some D-number requisitions: no `kjoenn` is registered and the number is allocated without sex. */
  readonly kjoenn: 'kvinne' | 'mann' | undefined;
  readonly navn: { fornavn: string; mellomnavn?: string; etternavn: string };
  readonly foedested?: string;
  readonly foedekommuneINorge?: string;
  readonly foedeland?: string;
  readonly statsborgerskap?: readonly string[];
}

export type OpprettPerson = Felles &
  Personopplysninger & {
    readonly type: 'opprettPerson';
    /** Why the person enters the register; decides the number kind and the first status (law §§ 2-2, 4-1, 4-3). */
    readonly grunnlag: 'foedsel' | 'innflytting' | 'dNummer';
    readonly bostedsadresse?: Elementverdi;
    readonly postadresse?: Elementverdi;
    readonly postadresseIUtlandet?: Elementverdi;
    /** Parents for a birth: each gets `barn`, the child gets `mor`/`far`/`medmor`. */
    readonly foreldre?: readonly { nummer: Nummer; rolle: 'mor' | 'far' | 'medmor' }[];
    readonly foreldreansvar?: 'felles' | 'mor' | 'far' | 'medmor';
    readonly foedselINorge?: Elementverdi;
    readonly innflytting?: { fraflyttingsland: string; fraflyttingsstedIUtlandet?: string; dato: Dato };
    readonly identitetsgrunnlagstatus?: 'ikkeKontrollert' | 'kontrollert' | 'ingenStatus';
    /**
     * Marital status on entry: a newborn is `ugift`; an immigrant's is as reported (a claim without a spouse in the
     * register and of unknown start), `uoppgitt` when not.
     */
    readonly sivilstand?: 'ugift' | 'uoppgitt' | 'gift' | 'enkeEllerEnkemann' | 'skilt' | 'separert' | 'registrertPartner' | 'separertPartner' | 'skiltPartner' | 'gjenlevendePartner';
    /**
     * Further elements the person enters the register with, as the message gives them: a residence permit
     * (`opphold`), a stay address, foreign identifiers, the DUF number, identity documents. Elements with rules of
     * their own (status, identity numbers, marital status, death, protection) are refused here.
     */
    readonly tillegg?: readonly { readonly element: Elementnavn; readonly verdi: Elementverdi }[];
    /** Override the status the rules would give (importing persons with another status). */
    readonly status?: string;
    /** The date the person's first facts are valid from (default: the birth date for births, else `naa`). */
    readonly gyldigFra?: Dato;
  };

export type EndreNavn = Felles & {
  readonly type: 'endreNavn';
  readonly person: Nummer;
  readonly navn: { fornavn: string; mellomnavn?: string; etternavn: string };
  readonly gyldigFra?: Dato;
  readonly aarsak?: string;
};

export type Flytte = Felles & {
  readonly type: 'flytte';
  readonly person: Nummer;
  /** A `Bostedsadresse` value: one of vegadresse, matrikkeladresse, ukjentBosted (+ matrikkel ids, krets numbers). */
  readonly bostedsadresse: Elementverdi;
  readonly flyttedato: Dato;
};

export type Vigsel = Felles & {
  readonly type: 'vigsel';
  readonly personer: readonly [Nummer, Nummer];
  /** A registered partnership (only before 2009 in Norway; kept for history). */
  readonly partnerskap?: boolean;
  readonly dato: Dato;
  readonly kommune?: string;
  readonly myndighet?: string;
  readonly sted?: string;
  readonly utland?: string;
};

export type Samlivsbrudd = Felles & {
  readonly type: 'separasjon' | 'skilsmisse';
  readonly personer: readonly [Nummer, Nummer];
  readonly dato: Dato;
  readonly myndighet?: string;
};

export type Doedsfall = Felles & { readonly type: 'doedsfall'; readonly person: Nummer; readonly doedsdato: Dato };
export type AnnullereDoedsfall = Felles & { readonly type: 'annullereDoedsfall'; readonly person: Nummer };

export type Utflytting = Felles & {
  readonly type: 'utflytting';
  readonly person: Nummer;
  readonly tilflyttingsland: string;
  readonly tilflyttingsstedIUtlandet?: string;
  readonly utflyttingsdato: Dato;
  readonly postadresseIUtlandet?: Elementverdi;
};

export type Innflytting = Felles & {
  readonly type: 'innflytting';
  readonly person: Nummer;
  readonly fraflyttingsland: string;
  readonly fraflyttingsstedIUtlandet?: string;
  readonly innflyttingsdato: Dato;
  readonly bostedsadresse: Elementverdi;
};

export type Adressebeskyttelse = Felles & {
  readonly type: 'adressebeskyttelse';
  readonly person: Nummer;
  /** `ugradert` ends the protection. */
  readonly graderingsnivaa: 'fortrolig' | 'strengtFortrolig' | 'ugradert';
  /** The secretariat's postal address a `strengtFortrolig` person gets instead of any residential address. */
  readonly postadresse?: Elementverdi;
  readonly gyldigFra?: Dato;
};

export type Familierelasjon = Felles & {
  readonly type: 'familierelasjon';
  readonly person: Nummer;
  readonly relatertPerson: Nummer;
  /** The related person's role for `person` (`mor` means relatertPerson is person's mother). */
  readonly relatertPersonsRolle: 'mor' | 'far' | 'medmor' | 'barn' | 'ektefelleEllerPartner' | 'soesken';
  readonly gyldigFra?: Dato;
};

export type Foreldreansvar = Felles & {
  readonly type: 'foreldreansvar';
  readonly barn: Nummer;
  readonly ansvar: 'felles' | 'mor' | 'far' | 'medmor';
  readonly gyldigFra?: Dato;
};

export type Statsborgerskap = Felles & {
  readonly type: 'statsborgerskap';
  readonly person: Nummer;
  readonly statsborgerskap: string;
  readonly ervervsdato?: Dato;
  /** Cease this citizenship instead of granting it. */
  readonly opphoerer?: boolean;
  readonly dato?: Dato;
};

export type EndreIdentifikasjonsnummer = Felles & {
  readonly type: 'endreIdentifikasjonsnummer';
  readonly person: Nummer;
  /** The corrected birth date or legal sex that requires a new number (law § 2-2 third paragraph). */
  readonly foedselsdato?: Dato;
  readonly kjoenn?: 'kvinne' | 'mann';
};

/**
 * A status change without its own life event (law § 4-1 ff.): a missing person (`forsvunnet`) or found again, a
 * D-number inactivated or reactivated, a citizen who is `ikkeBosatt`, an identity that ceases (`opphoert`).
 */
export type EndreStatus = Felles & {
  readonly type: 'endreStatus';
  readonly person: Nummer;
  readonly status: 'bosatt' | 'forsvunnet' | 'inaktiv' | 'midlertidig' | 'ikkeBosatt' | 'opphoert' | 'utflyttet';
  readonly gyldigFra?: Dato;
  readonly aarsak?: string;
};

/** Register a new version of any element: the single-element changes of spec §3.5 group 3. */
export type Registrere = Felles & {
  readonly type: 'registrere';
  readonly person: Nummer;
  readonly element: Elementnavn;
  readonly verdi: Elementverdi;
  readonly gyldigFra?: Dato;
  readonly aarsak?: string;
};

/** Correct (`korrigere`) one element version: the new value replaces it without history (spec §2.2). */
export type Korrigere = Felles & {
  readonly type: 'korrigere';
  readonly person: Nummer;
  readonly element: Elementnavn;
  readonly elementId: string;
  readonly verdi: Elementverdi;
  readonly gyldigFra?: Dato;
  /** Cease the version from this date instead (opphør, `opphoerstidspunkt`). */
  readonly opphoerFra?: Dato;
};

/** Annul (`annullere`) one element version: it disappears as if never registered (spec §2.2). */
export type Annullere = Felles & {
  readonly type: 'annullere';
  readonly person: Nummer;
  readonly element: Elementnavn;
  readonly elementId: string;
};

/**
 * Duplicate merge: one person was registered twice. `gjeldende` continues and takes over the duplicate's numbers as
 * ceased ones; the duplicate ceases (`personErOpphoertSomDublett`), and its numbers find `gjeldende` from then on.
 */
export type SammenslaaDubletter = Felles & {
  readonly type: 'sammenslaaDubletter';
  readonly gjeldende: Nummer;
  readonly dublett: Nummer;
};

/**
 * Split: a number wrongly merged into another person is given back. The person it came from is restored with its
 * numbers in use (`personErGjenopprettetVedSplitting`); the one it was merged into loses them
 * (`personErEndretVedSplitting`).
 */
export type SplitteDublett = Felles & {
  readonly type: 'splitteDublett';
  readonly nummer: Nummer;
};

export type Kommando =
  | OpprettPerson
  | EndreNavn
  | Flytte
  | Vigsel
  | Samlivsbrudd
  | Doedsfall
  | AnnullereDoedsfall
  | Utflytting
  | Innflytting
  | Adressebeskyttelse
  | Familierelasjon
  | Foreldreansvar
  | Statsborgerskap
  | EndreIdentifikasjonsnummer
  | EndreStatus
  | Registrere
  | Korrigere
  | Annullere
  | SammenslaaDubletter
  | SplitteDublett;

export type Kommandotype = Kommando['type'];
