/**
 * FREG's code lists (enums) of the person document and the event document, one `as const` object each with a
 * same-named type. Values are spelled exactly as FREG spells them (OpenAPI "offentlig med hjemmel" 1.6.2, spec
 * §2.3–§3.5); the OpenAPI `title` of each enum is named where our name differs. `test/domain/persondokument/
 * kodeverk.spec.ts` compares every list with the OpenAPI file and names the deliberate differences.
 */

export const Personstatus = {
  bosatt: 'bosatt',
  utflyttet: 'utflyttet',
  forsvunnet: 'forsvunnet',
  doed: 'doed',
  opphoert: 'opphoert',
  foedselsregistrert: 'foedselsregistrert',
  midlertidig: 'midlertidig',
  inaktiv: 'inaktiv',
  ikkeBosatt: 'ikkeBosatt',
  // Never stored: the mask shown instead of forsvunnet, foedselsregistrert, midlertidig and ikkeBosatt to packages
  // without the right to confidential statuses (spec §2.5, §5.3).
  aktiv: 'aktiv',
} as const;
export type Personstatus = (typeof Personstatus)[keyof typeof Personstatus];

/** OpenAPI title `Folkeregisteridentifikatortype`. */
export const Identifikatortype = { foedselsnummer: 'foedselsnummer', dNummer: 'dNummer' } as const;
export type Identifikatortype = (typeof Identifikatortype)[keyof typeof Identifikatortype];

/** OpenAPI title `Identifikatorstatuskode`. */
export const Identifikatorstatus = { iBruk: 'iBruk', opphoert: 'opphoert' } as const;
export type Identifikatorstatus = (typeof Identifikatorstatus)[keyof typeof Identifikatorstatus];

export const Kjoenn = { kvinne: 'kvinne', mann: 'mann' } as const;
export type Kjoenn = (typeof Kjoenn)[keyof typeof Kjoenn];

export const Sivilstandstype = {
  uoppgitt: 'uoppgitt',
  ugift: 'ugift',
  gift: 'gift',
  enkeEllerEnkemann: 'enkeEllerEnkemann',
  skilt: 'skilt',
  separert: 'separert',
  registrertPartner: 'registrertPartner',
  separertPartner: 'separertPartner',
  skiltPartner: 'skiltPartner',
  gjenlevendePartner: 'gjenlevendePartner',
} as const;
export type Sivilstandstype = (typeof Sivilstandstype)[keyof typeof Sivilstandstype];

/** Both `adressegradering` on an address and `graderingsnivaa` on `adressebeskyttelse` (spec §5.4). */
export const Adressegradering = {
  ugradert: 'ugradert',
  klientadresse: 'klientadresse',
  fortrolig: 'fortrolig',
  strengtFortrolig: 'strengtFortrolig',
} as const;
export type Adressegradering = (typeof Adressegradering)[keyof typeof Adressegradering];

/** `relatertPersonsRolle` and `minRolleForPerson`; OpenAPI title `Familierelasjontype`. */
export const Familierolle = {
  mor: 'mor',
  far: 'far',
  medmor: 'medmor',
  barn: 'barn',
  soesken: 'soesken',
  ektefelleEllerPartner: 'ektefelleEllerPartner',
  doedfoedtBarn: 'doedfoedtBarn',
} as const;
export type Familierolle = (typeof Familierolle)[keyof typeof Familierolle];

/** `andre`: responsibility given to someone other than the parents (spec §2.3). */
export const Foreldreansvarstype = {
  felles: 'felles',
  mor: 'mor',
  far: 'far',
  medmor: 'medmor',
  andre: 'andre',
  ukjent: 'ukjent',
} as const;
export type Foreldreansvarstype = (typeof Foreldreansvarstype)[keyof typeof Foreldreansvarstype];

/** What an `egenskapshendelse` does to its element (spec §3.4). */
export const Entitetsendring = {
  registrereNy: 'registrereNy', // new value; the previous one becomes history
  korrigere: 'korrigere', // replaces the version without leaving history
  annullere: 'annullere', // removes the element; the payload is omitted
  korrigereHistorisk: 'korrigereHistorisk', // defined by FREG, not used
} as const;
export type Entitetsendring = (typeof Entitetsendring)[keyof typeof Entitetsendring];

export const Identitetsgrunnlagstatus = {
  ingenStatus: 'ingenStatus',
  ikkeKontrollert: 'ikkeKontrollert',
  kontrollert: 'kontrollert',
  // Announced for 2027-02-01, not yet in any OpenAPI file: identity document issued with face biometrics captured
  // by the police; outranks kontrollert (spec §2.3, DOC news 2026-07-07).
  unik: 'unik',
} as const;
export type Identitetsgrunnlagstatus = (typeof Identitetsgrunnlagstatus)[keyof typeof Identitetsgrunnlagstatus];

/** OpenAPI title `Oppholdstillatelsetype`. */
export const Oppholdstillatelse = {
  midlertidig: 'midlertidig',
  permanent: 'permanent',
  opplysningMangler: 'opplysningMangler',
} as const;
export type Oppholdstillatelse = (typeof Oppholdstillatelse)[keyof typeof Oppholdstillatelse];

/** OpenAPI title `Bibehold`. */
export const Bibeholdstatus = {
  harBibehold: 'harBibehold',
  harIkkeLengerBibehold: 'harIkkeLengerBibehold',
  norskStatsborgerTrengerIkkeBibehold: 'norskStatsborgerTrengerIkkeBibehold',
} as const;
export type Bibeholdstatus = (typeof Bibeholdstatus)[keyof typeof Bibeholdstatus];

export const Vergemaaltype = {
  ensligMindreaarigAsylsoeker: 'ensligMindreaarigAsylsoeker',
  ensligMindreaarigFlyktning: 'ensligMindreaarigFlyktning',
  voksen: 'voksen',
  midlertidigForVoksen: 'midlertidigForVoksen',
  mindreaarig: 'mindreaarig',
  midlertidigForMindreaarig: 'midlertidigForMindreaarig',
  forvaltningUtenforVergemaal: 'forvaltningUtenforVergemaal',
  stadfestetFremtidsfullmakt: 'stadfestetFremtidsfullmakt',
} as const;
export type Vergemaaltype = (typeof Vergemaaltype)[keyof typeof Vergemaaltype];

/** Legacy `verge.omfang`: only on versions registered before the 2023-11-01 format (spec §2.3). */
export const Vergemaalsomfang = {
  utlendingssakerPersonligeOgOekonomiskeInteresser: 'utlendingssakerPersonligeOgOekonomiskeInteresser',
  personligeOgOekonomiskeInteresser: 'personligeOgOekonomiskeInteresser',
  oekonomiskeInteresser: 'oekonomiskeInteresser',
  personligeInteresser: 'personligeInteresser',
} as const;
export type Vergemaalsomfang = (typeof Vergemaalsomfang)[keyof typeof Vergemaalsomfang];

export const Bruksenhetstype = {
  bolig: 'bolig',
  annetEnnBolig: 'annetEnnBolig',
  fritidsbolig: 'fritidsbolig',
  ikkeGodkjentBolig: 'ikkeGodkjentBolig',
  unummerertBruksenhet: 'unummerertBruksenhet',
} as const;
export type Bruksenhetstype = (typeof Bruksenhetstype)[keyof typeof Bruksenhetstype];

export const OppholdAnnetSted = {
  militaer: 'militaer',
  utenriks: 'utenriks',
  paaSvalbard: 'paaSvalbard',
  pendler: 'pendler',
} as const;
export type OppholdAnnetSted = (typeof OppholdAnnetSted)[keyof typeof OppholdAnnetSted];

export const Skifteform = { offentlig: 'offentlig', annet: 'annet' } as const;
export type Skifteform = (typeof Skifteform)[keyof typeof Skifteform];

/** OpenAPI title `OppholdsvarighetType`. */
export const AntattOppholdsvarighet = {
  underSeksMaaneder: 'underSeksMaaneder',
  overSeksMaaneder: 'overSeksMaaneder',
  overTolvMaaneder: 'overTolvMaaneder',
  ukjent: 'ukjent',
} as const;
export type AntattOppholdsvarighet = (typeof AntattOppholdsvarighet)[keyof typeof AntattOppholdsvarighet];

/**
 * OpenAPI title `SamiskSpraakType`. Named with `-type` because `SamiskSpraak` is the OpenAPI name of the element
 * (`brukAvSamiskSpraak[]`) in `schema/`.
 */
export const SamiskSpraaktype = {
  nordsamisk: 'nordsamisk',
  soersamisk: 'soersamisk',
  lulesamisk: 'lulesamisk',
} as const;
export type SamiskSpraaktype = (typeof SamiskSpraaktype)[keyof typeof SamiskSpraaktype];

/** OpenAPI title `ForholdTilSametingetsValgmanntall`. */
export const ForholdTilValgmanntall = {
  innmeldt: 'innmeldt',
  utmeldt: 'utmeldt',
  aldriInnmeldt: 'aldriInnmeldt',
} as const;
export type ForholdTilValgmanntall = (typeof ForholdTilValgmanntall)[keyof typeof ForholdTilValgmanntall];

/** OpenAPI 1.6.2 only (element `rettsligHandleevne`, since 2023-11-01). */
export const RettsligHandleevneomfang = { begrenset: 'begrenset' } as const;
export type RettsligHandleevneomfang = (typeof RettsligHandleevneomfang)[keyof typeof RettsligHandleevneomfang];

/** `preferertKontaktadresse[].valg` (deprecated element); OpenAPI title `Adressetype`. */
export const Adressetype = {
  bostedsadresse: 'bostedsadresse',
  oppholdsadresse: 'oppholdsadresse',
  postadresse: 'postadresse',
  postadresseIUtlandet: 'postadresseIUtlandet',
} as const;
export type Adressetype = (typeof Adressetype)[keyof typeof Adressetype];

/**
 * `hendelsestype` of the event document (the feed spells the field `hendelsetype`, spec §11.1). Every value of
 * spec §3.5: the OpenAPI 1.6.2 enum plus two types documented only in "Hendelser fra Folkeregisteret" v1.8 [PDF-H].
 */
export const Hendelsestype = {
  // Person created or identity changed
  personErOpprettet: 'personErOpprettet',
  endringIIdentifikasjonsnummer: 'endringIIdentifikasjonsnummer', // published on the old number
  personErOppdatert: 'personErOppdatert', // machine correction, "re-read the person"; no event document
  personErViderefoertSomGjeldendeVedSammenslaaing: 'personErViderefoertSomGjeldendeVedSammenslaaing',
  personErOpphoertSomDublett: 'personErOpphoertSomDublett', // no person document
  personErEndretVedSplitting: 'personErEndretVedSplitting',
  personErGjenopprettetVedSplitting: 'personErGjenopprettetVedSplitting',
  // Status changes
  personErDoed: 'personErDoed',
  personErUtflyttet: 'personErUtflyttet',
  personErBosatt: 'personErBosatt',
  // PDF-H only; FREG publishes D-number inactivation as endringIStatus (spec §3.5, §11.5).
  personErInaktiv: 'personErInaktiv',
  endringIStatus: 'endringIStatus',
  personErOpphoert: 'personErOpphoert',
  personErReaktivert: 'personErReaktivert',
  // One element changed
  endringIIdentitetsgrunnlag: 'endringIIdentitetsgrunnlag',
  endringIUtenlandskPersonidentifikasjon: 'endringIUtenlandskPersonidentifikasjon',
  endringIUtlendingsmyndighetenesIdentifikasjonsnummer: 'endringIUtlendingsmyndighetenesIdentifikasjonsnummer',
  endringILegitimasjonsdokument: 'endringILegitimasjonsdokument',
  endringIFalskIdentitet: 'endringIFalskIdentitet',
  endringIKontaktopplysningerForDoedsbo: 'endringIKontaktopplysningerForDoedsbo',
  endringIDoedsfall: 'endringIDoedsfall',
  endringIFamilierelasjon: 'endringIFamilierelasjon',
  endringISivilstand: 'endringISivilstand',
  endringIKontaktinformasjon: 'endringIKontaktinformasjon', // postadresse, postadresseIUtlandet
  endringIBostedsadresse: 'endringIBostedsadresse',
  endringIBostedsadresseUtenFlytting: 'endringIBostedsadresseUtenFlytting',
  // PDF-H only; municipality reforms reached consumers as other address events (spec §3.5, §11.5).
  endringIBostedsadresseVedKommuneregulering: 'endringIBostedsadresseVedKommuneregulering',
  endringIDeltBosted: 'endringIDeltBosted',
  endringIOppholdsadresse: 'endringIOppholdsadresse',
  endringIAdressebeskyttelse: 'endringIAdressebeskyttelse',
  endringIInnflytting: 'endringIInnflytting',
  endringIUtflytting: 'endringIUtflytting',
  endringIKjoenn: 'endringIKjoenn',
  endringIFoedsel: 'endringIFoedsel',
  endringIFoedselINorge: 'endringIFoedselINorge',
  endringIVergemaal: 'endringIVergemaal',
  endringIRettsligHandleevne: 'endringIRettsligHandleevne', // OpenAPI 1.6.2, since 2023-11-01
  endringIFratattRettsligHandleevne: 'endringIFratattRettsligHandleevne', // OpenAPI 1.6.2, never used
  endringINavn: 'endringINavn',
  endringIStatsborgerskap: 'endringIStatsborgerskap', // statsborgerskap and bibehold
  endringIForeldreansvar: 'endringIForeldreansvar',
  endringIOpphold: 'endringIOpphold',
  endringIOppholdPaaSvalbard: 'endringIOppholdPaaSvalbard',
  endringIBrukAvSamiskSpraak: 'endringIBrukAvSamiskSpraak',
  endringISametingetsValgmanntall: 'endringISametingetsValgmanntall',
  // Packages privat and presse get every non-confidential element event under this name (spec §3.5).
  endringIPerson: 'endringIPerson',
} as const;
export type Hendelsestype = (typeof Hendelsestype)[keyof typeof Hendelsestype];

/**
 * Names FREG used earlier for the same event types (spec §3.5): accepted when replaying old data, never emitted.
 * `endringIAnnenIdentifikasjon` appears only in a documentation example and is left out.
 */
export const HistoriskHendelsestype = {
  personErViderefoertVedDublett: Hendelsestype.personErViderefoertSomGjeldendeVedSammenslaaing,
  personErEndretEtterSplitt: Hendelsestype.personErEndretVedSplitting,
  personErGjenopprettetEtterSplitt: Hendelsestype.personErGjenopprettetVedSplitting,
  endringIUtenlandskPersonidentifikasjonsnummer: Hendelsestype.endringIUtenlandskPersonidentifikasjon,
  endringIKontaktinformasjonForDoedsbo: Hendelsestype.endringIKontaktopplysningerForDoedsbo,
  // Renamed 2023-11-01 (spec §3.5).
  endringIBegrensningIRettsligHandleevne: Hendelsestype.endringIRettsligHandleevne,
} as const satisfies Record<string, Hendelsestype>;
