import type { Ressurs } from '../kontrakt.ts';

/** Which of FREG's `HendelserISak*` contracts carries a resource's feedback (spec §8.1 table, last column). */
export type Tilbakemeldingskontrakt = 'folkeregistrering' | 'dNummerRekvisisjon' | 'endringAvDNummerPerson';

export interface Ressursdefinisjon {
  /** The schema in `spec/kontrakter/`. */
  readonly xsd: string;
  /** The document element and its namespace: an XSD with several global elements would accept any of them. */
  readonly rot: string;
  readonly navnerom: string;
  /** `POST …/{ressurs}.vedlegg` takes multipart with attachments (spec §8.1 "Attachments"). */
  readonly vedlegg: boolean;
  /** Undefined: FREG gives no feedback for the resource (flytting fra Posten). */
  readonly tilbakemelding?: Tilbakemeldingskontrakt;
}

/** One row per resource of the contract (spec §8.1); a missing row fails to compile. */
export const ressurstabell: Readonly<Record<Ressurs, Ressursdefinisjon>> = {
  rekvisisjon_av_dnummer_v5: {
    xsd: 'RekvisisjonAvDNummer_5.0.xsd',
    rot: 'rekvisisjonAvDNummer',
    navnerom: 'folkeregisteret:melding:nyfolkeregisterperson:rekvisisjonavdnummer:v5',
    vedlegg: true,
    tilbakemelding: 'dNummerRekvisisjon',
  },
  doedsfall_v1: {
    xsd: 'MeldingOmDoedsfall_v1.2.xsd',
    rot: 'meldingOmDoedsfall',
    navnerom: 'folkeregisteret:melding:doedsfall:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  annullering_av_doedsfall_v1: {
    xsd: 'MeldingOmAnnulleringAvDoedsfall_v1.2.xsd',
    rot: 'meldingOmAnnulleringAvDoedsfall',
    navnerom: 'folkeregisteret:melding:annulleringavdoedsfall:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  endring_av_dnummerperson_v3: {
    xsd: 'MeldingOmEndringAvPersonMedDNummer_v3.0.xsd',
    rot: 'meldingOmEndringAvPersonMedDNummer',
    navnerom: 'folkeregisteret:melding:nyfolkeregisterperson:endringavpersonmeddnummer:v3',
    vedlegg: false,
    tilbakemelding: 'endringAvDNummerPerson',
  },
  foedsel_v1: {
    xsd: 'Foedselsmelding_v1.1.xsd',
    rot: 'foedselsmelding',
    navnerom: 'folkeregisteret:melding:nyfolkeregisterperson:foedselsmelding:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  kontaktopplysninger_doedsbo_v1: {
    xsd: 'MeldingOmKontaktopplysningerForDoedsbo_v1.0.xsd',
    // Sic: FREG's element name lacks the second "t" (spec §8.1).
    rot: 'meldingOmKontakopplysningerForDoedsbo',
    navnerom: 'folkeregisteret:melding:endringavkontaktopplysningerfordoedsbo:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  separasjon_v1: {
    xsd: 'MeldingOmSeparasjon_v1.0.xsd',
    rot: 'meldingOmSeparasjon',
    navnerom: 'folkeregisteret:melding:separasjon:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  skilsmisse_v1: {
    xsd: 'MeldingOmSkilsmisse_v1.0.xsd',
    rot: 'meldingOmSkilsmisse',
    navnerom: 'folkeregisteret:melding:skilsmisse:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  innflytting_v1: {
    xsd: 'MeldingOmInnflytting_v1.0.xsd',
    rot: 'meldingOmInnflytting',
    navnerom: 'folkeregisteret:melding:nyfolkeregisterperson:innflytting:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  flyttemelding_fra_posten_v1: {
    xsd: 'MeldingOmFlyttingFraPosten_v1.0.xsd',
    rot: 'meldingOmFlyttingFraPosten',
    navnerom: 'folkeregisteret:melding:endringavfolkeregisterperson:meldingomflyttingfraposten:v1',
    vedlegg: false,
  },
  fnr_endring_v1: {
    xsd: 'MeldingOmEndringAvPersonMedFoedselsnummer_v1.0.xsd',
    rot: 'meldingOmEndringAvPersonMedFoedselsnummer',
    navnerom: 'folkeregisteret:melding:endringavfolkeregisterperson:endringavpersonmedfoedselsnummer:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  farskap_v1: {
    xsd: 'MeldingOmRegistreringAvFarskap_v1.0.xsd',
    rot: 'meldingOmRegistreringAvFarskap',
    navnerom: 'folkeregisteret:melding:farskap:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
  vigsel_v1: {
    xsd: 'MeldingOmVigsel_v1.0.xsd',
    rot: 'meldingOmVigsel',
    navnerom: 'folkeregisteret:melding:vigsel:v1',
    vedlegg: false,
    tilbakemelding: 'folkeregistrering',
  },
};
