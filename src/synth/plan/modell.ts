/**
 * The population plan: who exists, how they are related, where they live, and when things happened to them. It is
 * pure data made from the seed; `kommandoer/` turns it into register commands. Persons are named by `ref`, their
 * index in `Plan.personer`, until the register gives them identity numbers.
 */
export type Kjoenn = 'kvinne' | 'mann';

/** The status a person ends with (FREG `status`, spec §2.5). */
export type Planstatus =
  | 'bosatt'
  | 'doed'
  | 'utflyttet'
  | 'midlertidig'
  | 'inaktiv'
  | 'forsvunnet'
  | 'ikkeBosatt'
  | 'opphoert'
  | 'foedselsregistrert';

export interface Planperson {
  readonly ref: number;
  readonly kjoenn: Kjoenn;
  foedselsdato: string;
  status: Planstatus;
  /** Country of birth, ISO alpha-3; `NOR` for the Norwegian-born. */
  opprinnelse: string;
  /** Municipality of residence now (residents), or of the last address (the dead, the emigrated). */
  kommunenummer?: string;
  /** The day an immigrant came to Norway to stay. */
  innvandret?: string;
  /** An immigrant who held a D-number from this day before settling. */
  dNummerFra?: string;
  doedsdato?: string;
  utflytting?: { readonly dato: string; readonly land: string };
  /** A status change without a life event of its own (`endreStatus`): went missing, ceased, D-number inactivated. */
  statusendring?: { readonly dato: string; readonly status: 'forsvunnet' | 'opphoert' | 'inaktiv' };
  /** A Norwegian who lived abroad for a while: left and came back. */
  utenlandsopphold?: { readonly fra: string; readonly til: string; readonly land: string };
  /** Every couple the person has been part of (`Samliv` indices; sort by `fra` for time order). */
  readonly samliv: number[];
  /** Children, in birth order. */
  readonly barn: number[];
  mor?: number;
  far?: number;
  /** Lives in the mother's household now: every resident child, and some young adults who have not left home. */
  hjemme?: boolean;
  husstand?: number;
}

/**
 * A couple: cohabiting from `fra`, married from `vigsel` if they married (a registered partnership when
 * `partnerskap`), and how it ended, if it did. `a` and `b` are the two; in a couple of a woman and a man, `a` is the
 * woman.
 */
export interface Samliv {
  readonly a: number;
  readonly b: number;
  fra: string;
  vigsel?: string;
  /** Entered under the partnership act (partnerskapsloven, 1 August 1993 – 31 December 2008): two women or two men. */
  partnerskap?: boolean;
  separasjon?: string;
  skilsmisse?: string;
}

/** People who share a dwelling now; `fra` is when the household moved in. */
export interface Husstand {
  readonly kommunenummer: string;
  readonly medlemmer: number[];
  fra: string;
  /** Flatmates, not one family (they may belong to different clusters). */
  delt?: boolean;
  adressebeskyttelse?: 'fortrolig' | 'strengtFortrolig';
}

export interface Plan {
  /** The register's today: no fact is dated later. */
  readonly idag: string;
  readonly seed: string;
  readonly antallBosatte: number;
  readonly personer: Planperson[];
  readonly samliv: Samliv[];
  readonly husstander: Husstand[];
  /** Persons joined by any relation, so that each cluster can be registered alone, in one batch. */
  readonly klynger: number[][];
}

/**
 * A new person at the end of `personer`. Every field is set, most to `undefined`, in one order, so that all persons
 * share one object shape: a million of them are read in every step, and mixed shapes make each read several times
 * slower.
 */
export function nyPerson(personer: Planperson[], data: Omit<Planperson, 'ref' | 'samliv' | 'barn'>): Planperson {
  const person: Planperson = {
    ref: personer.length,
    kjoenn: data.kjoenn,
    foedselsdato: data.foedselsdato,
    status: data.status,
    opprinnelse: data.opprinnelse,
    kommunenummer: data.kommunenummer,
    innvandret: data.innvandret,
    dNummerFra: data.dNummerFra,
    doedsdato: data.doedsdato,
    utflytting: data.utflytting,
    statusendring: data.statusendring,
    utenlandsopphold: data.utenlandsopphold,
    samliv: [],
    barn: [],
    mor: data.mor,
    far: data.far,
    hjemme: data.hjemme,
    husstand: data.husstand,
  };
  personer.push(person);
  return person;
}

/** Whether the couple is together now (not separated, divorced, or parted by a death). */
export function erSammen(s: Samliv, personer: readonly Planperson[]): boolean {
  return !s.separasjon && !s.skilsmisse && !personer[s.a]!.doedsdato && !personer[s.b]!.doedsdato;
}

/** The other one of a couple. */
export const partner = (s: Samliv, ref: number): number => (s.a === ref ? s.b : s.a);

/** Whether the couple is two women or two men. */
export const likekjoennet = (s: Samliv, personer: readonly Planperson[]): boolean => personer[s.a]!.kjoenn === personer[s.b]!.kjoenn;

/** The day a couple ended: separation, divorce or the first death. */
export function slutt(s: Samliv, personer: readonly Planperson[]): string | undefined {
  return s.separasjon ?? s.skilsmisse ?? [personer[s.a]!.doedsdato, personer[s.b]!.doedsdato].filter((d) => d).sort()[0];
}
