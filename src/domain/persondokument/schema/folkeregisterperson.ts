import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { Elementnavn } from '../elementer.ts';
import {
  Bostedsadresse,
  DeltBosted,
  GraderingAvAdresse,
  Kontaktadresse,
  KontaktadresseIUtlandet,
  Oppholdsadresse,
  PreferertKontaktadresse,
} from './adresseelementer.ts';
import {
  FalskIdentitet,
  Folkeregisteridentifikator,
  Folkeregisterpersonstatus,
  Identifikasjonsdokument,
  Identitetsgrunnlag,
  Personidentifikasjon,
} from './identitet.ts';
import {
  BibeholdAvNorskStatsborgerskap,
  Doedsfall,
  Foedsel,
  FoedselINorge,
  Folkeregisterpersonnavn,
  Personkjoenn,
  Sivilstand,
  Statsborgerskap,
} from './kjerneopplysninger.ts';
import {
  InnflyttingTilNorge,
  KontaktinformasjonForDoedsbo,
  Opphold,
  OppholdPaaSvalbard,
  SametingetsValgmanntall,
  SamiskSpraak,
  UtflyttingFraNorge,
} from './ovrige.ts';
import {
  Familierelasjon,
  Foreldreansvar,
  FratattRettsligHandleevne,
  RettsligHandleevne,
  VergemaalRepresentasjonEllerFremtidsfullmakt,
} from './relasjoner.ts';

/** The schema of one version of each element, by person-document key (the keys of `elementer.ts`). */
export const elementskjema = {
  identifikasjonsnummer: Folkeregisteridentifikator,
  status: Folkeregisterpersonstatus,
  identitetsgrunnlag: Identitetsgrunnlag,
  falskIdentitet: FalskIdentitet,
  legitimasjonsdokument: Identifikasjonsdokument,
  utenlandskPersonidentifikasjon: Personidentifikasjon,
  utlendingsmyndighetenesIdentifikasjonsnummer: Personidentifikasjon,
  kjoenn: Personkjoenn,
  foedsel: Foedsel,
  foedselINorge: FoedselINorge,
  doedsfall: Doedsfall,
  navn: Folkeregisterpersonnavn,
  sivilstand: Sivilstand,
  familierelasjon: Familierelasjon,
  foreldreansvar: Foreldreansvar,
  statsborgerskap: Statsborgerskap,
  bibehold: BibeholdAvNorskStatsborgerskap,
  opphold: Opphold,
  oppholdPaaSvalbard: OppholdPaaSvalbard,
  bostedsadresse: Bostedsadresse,
  deltBosted: DeltBosted,
  oppholdsadresse: Oppholdsadresse,
  postadresse: Kontaktadresse,
  postadresseIUtlandet: KontaktadresseIUtlandet,
  preferertKontaktadresse: PreferertKontaktadresse,
  adressebeskyttelse: GraderingAvAdresse,
  innflytting: InnflyttingTilNorge,
  utflytting: UtflyttingFraNorge,
  kontaktinformasjonForDoedsbo: KontaktinformasjonForDoedsbo,
  vergemaalEllerFremtidsfullmakt: VergemaalRepresentasjonEllerFremtidsfullmakt,
  rettsligHandleevne: RettsligHandleevne,
  fratattRettsligHandleevne: FratattRettsligHandleevne,
  brukAvSamiskSpraak: SamiskSpraak,
  forholdTilSametingetsValgmanntall: SametingetsValgmanntall,
} as const satisfies Record<Elementnavn, TObject>;

// FREG omits empty elements rather than sending `[]` (spec §2.6), hence minItems 1.
const versjoner = <T extends TObject>(skjema: T, description: string) =>
  Type.Optional(Type.Array(skjema, { minItems: 1, description }));

/**
 * The person document (spec §2.1) in the OpenAPI 1.6.2 shape. Every element is optional because `part` and the
 * rights package decide what a response holds (spec §5.5); `identifikasjonsnummer` is 1..n in the register itself.
 */
export const Folkeregisterperson = Type.Object(
  {
    identifikasjonsnummer: versjoner(Folkeregisteridentifikator, 'Every identity number ever held.'),
    status: versjoner(Folkeregisterpersonstatus, 'Status history.'),
    identitetsgrunnlag: versjoner(Identitetsgrunnlag, 'Identity basis history.'),
    falskIdentitet: Type.Optional(FalskIdentitet),
    legitimasjonsdokument: versjoner(Identifikasjonsdokument, 'Identity documents.'),
    utenlandskPersonidentifikasjon: versjoner(Personidentifikasjon, 'Foreign identity numbers.'),
    utlendingsmyndighetenesIdentifikasjonsnummer: versjoner(Personidentifikasjon, 'DUF numbers.'),
    kjoenn: versjoner(Personkjoenn, 'Sex history.'),
    foedsel: versjoner(Foedsel, 'Birth.'),
    foedselINorge: versjoner(FoedselINorge, 'Birth in Norway.'),
    doedsfall: Type.Optional(Doedsfall),
    navn: versjoner(Folkeregisterpersonnavn, 'Name history.'),
    sivilstand: versjoner(Sivilstand, 'Marital status history.'),
    familierelasjon: versjoner(Familierelasjon, 'Parents, children, spouse or partner; several current.'),
    foreldreansvar: versjoner(Foreldreansvar, 'Parental responsibility; several current.'),
    statsborgerskap: versjoner(Statsborgerskap, 'Citizenships; several current.'),
    bibehold: versjoner(BibeholdAvNorskStatsborgerskap, 'Retention of Norwegian citizenship.'),
    opphold: versjoner(Opphold, 'Residence permits.'),
    oppholdPaaSvalbard: versjoner(OppholdPaaSvalbard, 'Stays on Svalbard.'),
    bostedsadresse: versjoner(Bostedsadresse, 'Home address history.'),
    deltBosted: versjoner(DeltBosted, 'Shared residence of a child.'),
    oppholdsadresse: versjoner(Oppholdsadresse, 'Stay address history.'),
    postadresse: versjoner(Kontaktadresse, 'Postal address in Norway.'),
    postadresseIUtlandet: versjoner(KontaktadresseIUtlandet, 'Postal address abroad.'),
    preferertKontaktadresse: versjoner(PreferertKontaktadresse, 'Deprecated, always empty.'),
    adressebeskyttelse: versjoner(GraderingAvAdresse, 'Address protection; absent means none.'),
    innflytting: versjoner(InnflyttingTilNorge, 'Immigrations.'),
    utflytting: versjoner(UtflyttingFraNorge, 'Emigrations.'),
    kontaktinformasjonForDoedsbo: versjoner(KontaktinformasjonForDoedsbo, 'Estate contacts.'),
    vergemaalEllerFremtidsfullmakt: versjoner(VergemaalRepresentasjonEllerFremtidsfullmakt, 'Guardianships.'),
    rettsligHandleevne: versjoner(RettsligHandleevne, 'Restricted legal capacity (1.6.2).'),
    fratattRettsligHandleevne: versjoner(FratattRettsligHandleevne, 'Never populated (1.6.2).'),
    brukAvSamiskSpraak: versjoner(SamiskSpraak, 'Sami languages.'),
    forholdTilSametingetsValgmanntall: versjoner(SametingetsValgmanntall, 'Sami electoral roll.'),
  },
  { title: 'Folkeregisterperson', description: 'The person document of the Norwegian population register.' },
);
export type Folkeregisterperson = Static<typeof Folkeregisterperson>;
