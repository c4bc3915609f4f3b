/**
 * The generator's assumptions that the reference data does not hold, in one place. Each is a rounded reading of a
 * published SSB statistic (named per entry; none of these tables is in `reference-data/`), or a plain choice where
 * the source says so. Tables by age are `[from age, value]` steps: the value holds from that age to the next step.
 */
export type Trapp = readonly (readonly [number, number])[];

export function trinn(trapp: Trapp, alder: number): number {
  let verdi = 0;
  for (const [fra, v] of trapp) if (alder >= fra) verdi = v;
  return verdi;
}

export const antakelser = {
  /**
   * Women living in a couple (married or cohabiting), by age. SSB 05704 "Personer etter samlivsstatus" (≈2023). Read
   * for men too, for how often a man seeks a man (`par.ts`).
   */
  parandelKvinner: [[18, 0.05], [20, 0.3], [25, 0.55], [30, 0.7], [35, 0.75], [45, 0.73], [55, 0.7], [67, 0.62], [75, 0.5], [80, 0.33], [85, 0.15]],
  /** Of couples, the married ones, by the woman's age (the seeker's, in a same-sex couple); the rest cohabit. Same source. */
  giftandelAvPar: [[18, 0.12], [25, 0.3], [30, 0.5], [35, 0.62], [45, 0.72], [55, 0.8], [67, 0.9]],
  /**
   * Couples of two women or two men: their share of all couples, the share of those that are two women, and of those
   * who married before 2009 the share still in a registered partnership. A rounded reading of SSB "Ekteskap og
   * skilsmisser" (since 2009 about 1.5 % of marriages, somewhat more often between women) and of SSB 05810, which
   * counts registered partners in the low thousands; most partners converted to marriage after 2009.
   */
  likekjoennetePar: { andel: 0.015, kvinner: 0.55, partnereFortsatt: 0.1 },
  /** Man's age minus woman's in couples: mean and spread (SSB "Ekteskap og skilsmisser": grooms ~2–3 years older). */
  aldersforskjell: { snitt: 2.5, sd: 3.5 },
  /**
   * Mother's age at a birth: the mean by birth year (SSB 04232/05531, all births: about 28 in the 1950s, 26.5 around
   * 1970, 28 in 1990, 30.5 in 2010 and 31 now); spread and limits chosen to the observed range.
   */
  morsAlder: { snitt: [[1900, 29], [1955, 27.5], [1965, 26.5], [1980, 27], [1990, 28], [2000, 29.5], [2010, 30.5], [2020, 31]] as Trapp, sd: 5, min: 18, max: 45 },
  /** Share of children living with both parents (SSB "Barn og unge", ≈ 75 %) steers how often a mother is a partner. */
  barnMedBeggeForeldre: 0.75,
  /**
   * Adults born here whose parents the register holds, by the adult's age: nearly all younger adults; fewer older
   * ones, whose parents died before the period the population's dead cover (15 years).
   */
  foreldreIRegisteret: [[18, 0.97], [40, 0.93], [50, 0.85], [60, 0.6], [70, 0.3], [80, 0.1]],
  /**
   * Where an adult's mother lives: in the adult's municipality with this chance by the adult's age, otherwise in the
   * same county half the time (a rounded reading of SSB "Flytting": most moves are short; the young live near home).
   */
  morISammeKommune: [[18, 0.95], [22, 0.85], [25, 0.65], [35, 0.5]],
  morISammeFylke: 0.5,
  /**
   * Young adults without a partner or children of their own who live with their mother, by age: a rounded reading of
   * SSB's household statistics (06079, persons living as a child in their parents' household: most 18–19-year-olds,
   * about 40 % at 20–24, about 10 % at 25–29; students may keep their registered address at home).
   */
  hjemmeboende: [[18, 0.97], [19, 0.92], [20, 0.82], [21, 0.72], [22, 0.62], [23, 0.52], [24, 0.42], [25, 0.32], [27, 0.2], [30, 0.1], [35, 0.04], [45, 0]],
  /**
   * Young adults without a partner, children or parents at home who share a dwelling with others of their age rather
   * than live alone, by age: a rounded choice that brings the persons per dwelling to SSB's 2.1 (households 06070,
   * 2025: 2.6 million private households for 5.5 million persons; about 40 % of households are one person).
   */
  deltBolig: [[18, 0.7], [25, 0.55], [30, 0.4], [35, 0.25], [45, 0.1], [55, 0]],
  /**
   * The largest cluster a parent link may make. Real genealogies join nearly everyone; a cluster is registered in one
   * batch, so a link that would grow one beyond this is left out (a plain choice).
   */
  klyngeMaks: 80,
  /**
   * How often a child's mother is sought first among women who have a child already: children come in sibling groups
   * (SSB "Fruktbarhet": most mothers have two, about one in five three or more). Chosen so that households of four
   * are about as common as SSB counts them.
   */
  soeskenFoerst: 0,
  /** Children per mother at most, and months between siblings at least. */
  barnPerMor: 5,
  maanederMellomSoesken: 12,
  /** Of singles (not in a couple), the widowed, by age. SSB 05810 "Sivilstand" (≈2024), women and men. */
  enkeandelKvinner: [[45, 0.03], [55, 0.1], [67, 0.35], [75, 0.55], [80, 0.75], [90, 0.85]],
  enkeandelMenn: [[45, 0.01], [55, 0.04], [67, 0.15], [75, 0.3], [80, 0.5], [90, 0.65]],
  /** Of singles not widowed, the divorced, and the separated (still married, living apart). SSB 05810 (≈2024). */
  skiltandel: [[25, 0.02], [30, 0.1], [35, 0.18], [40, 0.3], [50, 0.45], [67, 0.42], [80, 0.28]],
  separertandel: [[25, 0.02], [30, 0.05], [60, 0.03], [67, 0.01]],
  /**
   * Cohabiting persons who were married before and are divorced, by age (SSB 05810 counts them `skilt`; about half of
   * cohabitants over 45 have been married).
   */
  skiltAvSamboere: [[30, 0.15], [40, 0.35], [50, 0.5], [67, 0.45]],
  /** Married persons 35+ whose marriage is their second, after a divorce (SSB: ~1 in 5 marriages is a remarriage). */
  gjengiftandel: 0.15,
  /** Age at a first marriage or cohabitation, before trends: SSB first-marriage ages moved from ~23 (1970) to ~35. */
  parAlder: { snitt: 26, sd: 4, min: 18 },
  /** Immigrants among residents by age (SSB 09817: 16–17 % in total, most aged 25–44; Oslo about 28 %). */
  innvandrerandel: [[0, 0.04], [6, 0.09], [16, 0.14], [20, 0.2], [25, 0.3], [35, 0.28], [45, 0.2], [55, 0.13], [67, 0.07], [80, 0.04]],
  innvandrerfaktorOslo: 1.7,
  /** In an immigrant couple, one partner is Norwegian-born this often (SSB "Ekteskap med utenlandsfødte"). */
  blandetPar: 0.25,
  /** Immigrants from EU/EEA work countries who held a D-number before settling (Skatteetaten: most labour migrants). */
  dNummerFoerBosetting: 0.35,
  arbeidsinnvandringsland: ['POL', 'LTU', 'ROU', 'SWE', 'DEU', 'DNK', 'ESP', 'GBR', 'PHL', 'IND'],
  /**
   * Immigrants who document their marital status on arrival (never married: `ugift`); the rest are `uoppgitt`. SSB's
   * table by marital status (05810) has no unknown category, so nearly all are known; a plain choice of nine in ten.
   */
  sivilstandOppgittVedInnvandring: 0.9,
  /** Naturalised after at least 7 years (statsborgerloven § 8): share of eligible immigrants (SSB ≈ 40 %). */
  naturalisert: 0.4,
  /** Natives who emigrated and came back, among adults without a family in the plan (SSB: ~7 000 Norwegians a year). */
  returnert: 0.04,
  /** A surname change at marriage, by the year of the marriage (SSB "Navn": taking the spouse's name is declining). */
  navnebytteVedVigsel: [[1900, 0.85], [1980, 0.7], [2000, 0.5], [2015, 0.35]],
  tilbakeTilPikenavnVedSkilsmisse: 0.3,
  /** Children of separated parents with a registered shared residence (deltBosted, in FREG since 2020). */
  deltBosted: 0.3,
  /**
   * A couple's earlier joint address before the current one, and a young adult's address before settling. Real
   * people move far more (SSB: about ten times in a life); each move is a new document version, so the seeder keeps
   * the moves that tell a history (childhood home, own first home, couple's home, present home) and no more.
   */
  tidligereFellesAdresse: 0.35,
  ungdomsadresse: 0.5,
  /** Where an earlier address lay: the same municipality, the same county, elsewhere (SSB "Flytting" proportions). */
  flytteavstand: { sammeKommune: 0.55, sammeFylke: 0.25 },
  /** Identities beyond the N residents, per resident (DESIGN.md: ~10 M identities for 5.6 M residents). */
  ekstra: {
    /** Deaths in about the last 15 years (SSB ~43 000 a year) beside the spouses of the widowed. */
    doed: 0.06,
    utflyttet: 0.03,
    dNummer: 0.04,
    /** Of D-number persons, those whose number is no longer active. */
    inaktivAvDNummer: 0.3,
    forsvunnet: 0.0005,
    ikkeBosatt: 0.003,
    opphoert: 0.0003,
    /** Children born in Norway to a D-number mother (not resident, so `foedselsregistrert`). */
    foedselsregistrert: 0.001,
  },
  /** Households with address protection (Skatteetaten: ~7 000 persons fortrolig, under 1 000 strengtFortrolig). */
  fortrolig: 0.0012,
  strengtFortrolig: 0.0002,
  /** Adults under guardianship (Statens sivilrettsforvaltning: ~40 000, most of them old), by age. */
  vergemaal: [[18, 0.004], [67, 0.01], [80, 0.03], [90, 0.06]],
  fremtidsfullmaktAvVergemaal: 0.1,
  /** Of guardianships, those that also restrict legal capacity (a few hundred in all). */
  begrensetHandleevneAvVergemaal: 0.03,
  /** Persons registered with a false identity: a handful per 10 000. */
  falskIdentitet: 0.0002,
} as const satisfies Record<string, unknown>;
