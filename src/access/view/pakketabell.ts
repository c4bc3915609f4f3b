import type { Elementnavn } from '../../domain/persondokument/elementer.ts';
import type { Adressegradering } from '../../domain/persondokument/kodeverk.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';

/**
 * What each rights package may see: spec §5.2 (visibility matrix), §5.3 (aktiv), §5.4 (address protection) and §5.5
 * (part), as data. `view()` is the only reader besides the tests' oracle; every choice where the spec is open is
 * argued in docs/utlevering.md. Service availability per package (spec §1.3) is not here: it decides which routes
 * exist, this decides what a response holds.
 */

/** The `part` aliases a package may or may not have (spec §5.5). `person-basis` and `historikk` every package has. */
export type Utvidelse = 'identitetsgrunnlag-utvidet' | 'relasjon-utvidet';

export interface Pakkeregler {
  /** Every element the package may receive, by some `part`; anything else is an invalid part (406). */
  readonly elementer: readonly Elementnavn[];
  /** What `person-basis`, the default, holds (spec §5.5). */
  readonly personBasis: readonly Elementnavn[];
  /** Elements whose non-current versions `part=historikk` adds. */
  readonly historikk: readonly Elementnavn[];
  readonly utvidelser: { readonly [U in Utvidelse]?: readonly Elementnavn[] };
  /**
   * The person's own and everyone else's fnr/dnr: `alltid`; `paaForespoersel` only with `part=identifikasjonsnummer`
   * (privat, presse: "begrunnet behov"); `aldri` (the "uten folkeregisteridentifikator" packages).
   */
  readonly identitetsnummer: 'alltid' | 'paaForespoersel' | 'aldri';
  /** Real `forsvunnet`, `midlertidig`, `foedselsregistrert`, `ikkeBosatt`; otherwise `aktiv` (spec §5.3). */
  readonly konfidensiellStatus: boolean;
  /** `sivilstand.relatertVedSivilstand`: the spouse's identity is confidential (spec §5.2 note 2). */
  readonly ektefelle: boolean;
  /** `kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer` (spec §5.2 note 4). */
  readonly doedsboKontaktpersonnummer: boolean;
  /**
   * Address gradings the package has a legal basis for (spec §5.4). `strengtFortrolig` cannot be listed: no package
   * ever sees a strictly confidential residence.
   */
  readonly adressegraderinger: readonly Exclude<Adressegradering, 'strengtFortrolig'>[];
  /** Historical inn-/utflytting with its dates; without, they are blanked (spec §5.2 note 5). */
  readonly flyttedatoer: boolean;
}

const adresser = ['bostedsadresse', 'oppholdsadresse', 'deltBosted', 'postadresse', 'postadresseIUtlandet'] as const;
const flytting = ['innflytting', 'utflytting'] as const;

/** spec §5.5 `person-basis`, without identifikasjonsnummer (its rule is per package). */
const basis = [
  'identitetsgrunnlag', 'status', 'doedsfall', 'sivilstand', 'foedsel', 'statsborgerskap', 'kjoenn', 'navn',
  ...adresser, 'adressebeskyttelse', 'kontaktinformasjonForDoedsbo',
] as const satisfies readonly Elementnavn[];

/** Non-confidential elements every package may ask for (spec §5.2 "Non-confidential" list); deprecated ones included. */
const ikkeTaushetsbelagt = [
  ...basis, 'vergemaalEllerFremtidsfullmakt', 'rettsligHandleevne', 'fratattRettsligHandleevne', ...flytting,
  'preferertKontaktadresse',
] as const satisfies readonly Elementnavn[];

const historikkAndre = [...adresser, 'preferertKontaktadresse', 'navn', ...flytting] as const;
const identitetsgrunnlagUtvidet = ['falskIdentitet', 'legitimasjonsdokument', 'utenlandskPersonidentifikasjon'] as const;
const relasjonUtvidet = ['familierelasjon', 'foreldreansvar', 'vergemaalEllerFremtidsfullmakt'] as const;

/** Everything OMH may see: all elements but Svalbard stays (BRSV only) and Sametinget (no longer a valid part). */
const offentligMedHjemmel = [
  'identifikasjonsnummer', ...ikkeTaushetsbelagt, ...identitetsgrunnlagUtvidet, ...relasjonUtvidet,
  'utlendingsmyndighetenesIdentifikasjonsnummer', 'foedselINorge', 'bibehold', 'opphold', 'brukAvSamiskSpraak',
] as const satisfies readonly Elementnavn[];

/** A package limited to non-confidential data, as OUH, PUH, PRI and PRE are; rows below spread and adjust it. */
const utenHjemmel = {
  elementer: ['identifikasjonsnummer', ...ikkeTaushetsbelagt],
  personBasis: ['identifikasjonsnummer', ...basis],
  historikk: ['identifikasjonsnummer', ...historikkAndre],
  utvidelser: { 'relasjon-utvidet': ['vergemaalEllerFremtidsfullmakt'] },
  identitetsnummer: 'alltid',
  konfidensiellStatus: false,
  ektefelle: false,
  doedsboKontaktpersonnummer: true,
  adressegraderinger: ['ugradert'],
  flyttedatoer: false,
} as const satisfies Pakkeregler;

/** PRI, PRE: fnr/dnr only on request, never the estate contact's number (spec §5.2 note 4, §5.5). */
const privat = {
  ...utenHjemmel,
  personBasis: basis,
  identitetsnummer: 'paaForespoersel',
  doedsboKontaktpersonnummer: false,
} as const satisfies Pakkeregler;

/** PRI-u, PRE-u: as privat, but no identity number of anyone, ever (spec §5.1). */
const utenFolkeregisteridentifikator = {
  ...privat,
  elementer: ikkeTaushetsbelagt,
  historikk: historikkAndre,
  identitetsnummer: 'aldri',
} as const satisfies Pakkeregler;

export const pakketabell = {
  offentligMedHjemmel: {
    elementer: offentligMedHjemmel,
    personBasis: ['identifikasjonsnummer', ...basis],
    historikk: offentligMedHjemmel,
    utvidelser: { 'identitetsgrunnlag-utvidet': identitetsgrunnlagUtvidet, 'relasjon-utvidet': relasjonUtvidet },
    identitetsnummer: 'alltid',
    konfidensiellStatus: true,
    ektefelle: true,
    doedsboKontaktpersonnummer: true,
    adressegraderinger: ['ugradert', 'fortrolig', 'klientadresse'],
    flyttedatoer: true,
  },
  // Finansforetaksloven § 16-2: relations, parental responsibility and false identity, nothing else confidential.
  finans: {
    ...utenHjemmel,
    elementer: [...utenHjemmel.elementer, 'familierelasjon', 'foreldreansvar', 'falskIdentitet'],
    historikk: [...utenHjemmel.historikk, 'sivilstand'],
    utvidelser: { 'relasjon-utvidet': relasjonUtvidet },
    ektefelle: true,
  },
  // falskIdentitet since 2021-11-04 (spec §5.2).
  offentligUtenHjemmel: { ...utenHjemmel, elementer: [...utenHjemmel.elementer, 'falskIdentitet'] },
  privatUtenHjemmel: utenHjemmel,
  privat,
  presse: privat,
  privatUtenFolkeregisteridentifikator: utenFolkeregisteridentifikator,
  presseUtenFolkeregisteridentifikator: utenFolkeregisteridentifikator,
  // Non-confidential data plus foreign ids and identity documents, the latter in person-basis (spec §5.1, §5.5).
  utstederAvElektroniskIdentitetsbevis: {
    ...utenHjemmel,
    elementer: [...utenHjemmel.elementer, ...identitetsgrunnlagUtvidet],
    personBasis: [...utenHjemmel.personBasis, 'legitimasjonsdokument', 'utenlandskPersonidentifikasjon'],
    utvidelser: { ...utenHjemmel.utvidelser, 'identitetsgrunnlag-utvidet': identitetsgrunnlagUtvidet },
  },
  // Svalbard stays are this package's purpose, so they come in person-basis and with history (docs/utlevering.md).
  svalbardregister: {
    ...utenHjemmel,
    elementer: [...utenHjemmel.elementer, 'oppholdPaaSvalbard'],
    personBasis: [...utenHjemmel.personBasis, 'oppholdPaaSvalbard'],
    historikk: [...utenHjemmel.historikk, 'oppholdPaaSvalbard'],
  },
} as const satisfies Record<Rettighetspakke, Pakkeregler>;

/** One package's row, widened to `Pakkeregler` so that optional aliases can be looked up on any package. */
export function reglerFor(pakke: Rettighetspakke): Pakkeregler {
  return pakketabell[pakke];
}
