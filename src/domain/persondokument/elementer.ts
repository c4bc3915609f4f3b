/**
 * The information elements of a person document (law § 3-1, FREG `Folkeregisterperson`, OpenAPI 1.6.2), in the
 * order of the XSD, with what the write path needs to know about each: its `entitet` name in event documents and
 * whether several versions may be current at once.
 *
 * `enVerdi`: at most one current version; a new version makes the previous one history (navn, bostedsadresse …).
 * `parallelle`: several current versions side by side (statsborgerskap, familierelasjon …); a version stops being
 *   current only when it is ceased (`opphoerstidspunkt`) or annulled.
 * `enkelt`: a single object, not a list (`doedsfall`, `falskIdentitet`).
 */
export const Elementart = { enVerdi: 'enVerdi', parallelle: 'parallelle', enkelt: 'enkelt' } as const;
export type Elementart = (typeof Elementart)[keyof typeof Elementart];

export const elementer = {
  identifikasjonsnummer: { entitet: 'identifikasjonsnummer', art: Elementart.parallelle },
  status: { entitet: 'status', art: Elementart.enVerdi },
  identitetsgrunnlag: { entitet: 'identitetsgrunnlag', art: Elementart.enVerdi },
  falskIdentitet: { entitet: 'falskIdentitet', art: Elementart.enkelt },
  legitimasjonsdokument: { entitet: 'legitimasjonsdokument', art: Elementart.parallelle },
  utenlandskPersonidentifikasjon: { entitet: 'utenlandskPersonidentifikasjon', art: Elementart.parallelle },
  utlendingsmyndighetenesIdentifikasjonsnummer: {
    entitet: 'utlendingsmyndighetenesIdentifikasjonsnummer',
    art: Elementart.parallelle,
  },
  kjoenn: { entitet: 'kjoenn', art: Elementart.enVerdi },
  foedsel: { entitet: 'foedsel', art: Elementart.enVerdi },
  foedselINorge: { entitet: 'foedselINorge', art: Elementart.enVerdi },
  doedsfall: { entitet: 'doedsfall', art: Elementart.enkelt },
  navn: { entitet: 'navn', art: Elementart.enVerdi },
  sivilstand: { entitet: 'sivilstand', art: Elementart.enVerdi },
  familierelasjon: { entitet: 'familierelasjon', art: Elementart.parallelle },
  foreldreansvar: { entitet: 'foreldreansvar', art: Elementart.parallelle },
  statsborgerskap: { entitet: 'statsborgerskap', art: Elementart.parallelle },
  bibehold: { entitet: 'bibehold', art: Elementart.enVerdi },
  opphold: { entitet: 'opphold', art: Elementart.enVerdi },
  // Not in the `entitet` enum of OpenAPI 1.6.2 although its payload and event type exist (spec §11.4).
  oppholdPaaSvalbard: { entitet: 'oppholdPaaSvalbard', art: Elementart.enVerdi },
  bostedsadresse: { entitet: 'bostedsadresse', art: Elementart.enVerdi },
  deltBosted: { entitet: 'deltBosted', art: Elementart.parallelle },
  oppholdsadresse: { entitet: 'oppholdsadresse', art: Elementart.enVerdi },
  // Event documents name the postal addresses `kontaktadresse`/`kontaktadresseIUtlandet` (spec §11.3).
  postadresse: { entitet: 'kontaktadresse', art: Elementart.enVerdi },
  postadresseIUtlandet: { entitet: 'kontaktadresseIUtlandet', art: Elementart.enVerdi },
  preferertKontaktadresse: { entitet: 'preferertKontaktadresse', art: Elementart.enVerdi },
  adressebeskyttelse: { entitet: 'adressebeskyttelse', art: Elementart.enVerdi },
  innflytting: { entitet: 'innflytting', art: Elementart.enVerdi },
  utflytting: { entitet: 'utflytting', art: Elementart.enVerdi },
  kontaktinformasjonForDoedsbo: { entitet: 'kontaktinformasjonForDoedsbo', art: Elementart.enVerdi },
  vergemaalEllerFremtidsfullmakt: { entitet: 'vergemaalEllerFremtidsfullmakt', art: Elementart.parallelle },
  rettsligHandleevne: { entitet: 'rettsligHandleevne', art: Elementart.enVerdi },
  fratattRettsligHandleevne: { entitet: 'fratattRettsligHandleevne', art: Elementart.enVerdi },
  brukAvSamiskSpraak: { entitet: 'brukAvSamiskSpraak', art: Elementart.enVerdi },
  forholdTilSametingetsValgmanntall: { entitet: 'forholdTilSametingetsValgmanntall', art: Elementart.enVerdi },
} as const satisfies Record<string, { entitet: string; art: Elementart }>;

export type Elementnavn = keyof typeof elementer;
export type Entitet = (typeof elementer)[Elementnavn]['entitet'];
export const elementnavn = Object.keys(elementer) as Elementnavn[];

const elementForEntitet = new Map<string, Elementnavn>(elementnavn.map((e) => [elementer[e].entitet, e]));

/** The person-document key an event's `entitet` changes (`kontaktadresse` → `postadresse`). */
export function findElementForEntitet(entitet: string): Elementnavn | undefined {
  return elementForEntitet.get(entitet);
}
