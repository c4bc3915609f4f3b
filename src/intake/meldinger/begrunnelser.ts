/**
 * The reasons a message goes to manual handling or is refused: the `begrunnelseskode` of the producer's feedback
 * (spec §8.2). FREG's own codes where the spec names them (`muligDublett`, `dufNummerIBruk`), otherwise camelCase
 * Norwegian codes; every code is described in docs/meldingsregler.md (a test keeps the two in step). The texts never
 * contain an identity number (STYLE.md §7).
 */
export const begrunnelsestekster = {
  // FREG's codes (D-number requisitions)
  muligDublett: 'Personen kan allerede finnes i Folkeregisteret',
  dufNummerIBruk: 'DUF-nummeret er allerede registrert på en annen person',
  // Known persons and their state
  personFinnesIkke: 'Identifikasjonsnummeret finnes ikke i Folkeregisteret',
  personErDoed: 'Personen er registrert død',
  personErOpphoert: 'Personens identitet er opphørt',
  personErIkkeDoed: 'Personen er ikke registrert død',
  sammePerson: 'Samme person er oppgitt to ganger',
  manglerIdentifikasjonsnummer: 'En person er oppgitt uten fødsels- eller d-nummer og må identifiseres',
  identitetStemmerIkke: 'Opplysningene i meldingen stemmer ikke med personen i registeret',
  ikkeDNummerperson: 'Personen har ikke d-nummer i bruk; endringen må meldes som endring av person med fødselsnummer',
  ikkeFoedselsnummerperson: 'Personen har ikke fødselsnummer i bruk; endringen må meldes som endring av person med d-nummer',
  dufNummerStemmerIkke: 'DUF-nummeret stemmer ikke med DUF-nummeret som er registrert på personen',
  // Dates
  datoFremITid: 'En dato i meldingen er fram i tid',
  // Death
  doedsfallErAlleredeRegistrert: 'Dødsfallet er allerede registrert med samme dødsdato',
  avvikendeDoedsdato: 'Personen er allerede registrert død med en annen dødsdato',
  doedsdatoFoerFoedselsdato: 'Dødsdatoen er før fødselsdatoen',
  // Birth
  morErUkjent: 'Moren er ikke identifisert med fødsels- eller d-nummer',
  doedfoedtBarn: 'Barnet er dødfødt og registreres ikke som person',
  korrigertFoedselsmelding: 'Meldingen korrigerer en tidligere fødselsmelding',
  signaturMangler: 'Meldingen mangler signatur',
  ekteskapStemmerIkke: 'Meldingen sier at foreldrene er gift, men de er ikke registrert gift med hverandre',
  // Addresses
  adresseFinnesIkke: 'Adressen finnes ikke i kommunen',
  ukjentLandkode: 'Landkoden i adressen er ukjent',
  adressebeskyttet: 'Personen har strengt fortrolig adresse; adressen må behandles manuelt',
  samtykkeMangler: 'Det er ikke gitt samtykke til å bruke adressen',
  flyttingFinnesIkke: 'Adresseendringen som skal annulleres, finnes ikke som gjeldende adresse',
  // Marital status
  ufullstendigMelding: 'Meldingen mangler opplysninger som må være med',
  alleredeGift: 'En av partene er allerede registrert gift eller i partnerskap',
  ikkeGiftMedHverandre: 'Partene er ikke registrert gift med hverandre',
  forUngTilEkteskap: 'En av partene er under 18 år på vigselsdatoen',
  sivilstandTillaterIkkeEndringen: 'Partenes sivilstand tillater ikke denne endringen',
  vigselKanVaereUgyldig: 'Meldingen sier at vigselen kan ha formelle mangler',
  vigselIUtlandet: 'Vigsel i utlandet eller ved utenlandsk myndighet må godkjennes',
  utenlandskAvgjoerelse: 'Separasjon eller skilsmisse ved myndighet utenfor Norden må godkjennes',
  avvikendeVigselsdato: 'Vigselsdatoen i meldingen stemmer ikke med den registrerte',
  // Paternity
  barnErIkkeRegistrert: 'Barnet er ikke født eller ikke registrert; farskapet registreres når barnet er registrert',
  barnetHarAlleredeFar: 'Barnet har allerede registrert far eller medmor',
  morStemmerIkke: 'Moren i meldingen er ikke barnets registrerte mor',
  manglerSignatur: 'Farskapserklæringen er ikke signert av begge foreldrene',
  farskapsskjemaMaaVurderes: 'Farskapsskjemaet er ikke attestert eller ikke originalt',
  manuellBehandlingOensket: 'Avsenderen har bedt om manuell behandling',
  farErMindreaarig: 'Faren er under 18 år og hans foreldre har ikke signert',
  // Immigration and D-numbers
  personErAlleredeBosatt: 'Personen er allerede registrert bosatt',
  kjoennUkjent: 'Kjønnet er ukjent; fødselsnummer kan ikke tildeles automatisk',
  identitetskontrollKreves: 'Rekvirenten krever kontroll av identiteten',
  // Changes of a person
  ugyldigEndringstype: 'Endringstypen kan ikke brukes på dette opplysningselementet',
  elementversjonFinnesIkke: 'Opplysningen som skal endres, finnes ikke på personen',
  ingenEndring: 'Meldingen endrer ingenting',
  identitetsendringUtenVedtak: 'Endring av fødselsdato eller kjønn uten vedtak om identitetsendring',
  statusovergangIkkeTillatt: 'Personens status kan ikke endres slik',
} as const satisfies Record<string, string>;

export type Begrunnelseskode = keyof typeof begrunnelsestekster;
export const begrunnelseskoder = Object.keys(begrunnelsestekster) as Begrunnelseskode[];
