import { felt, gruppe, melding, vegadresse, type Innsending, type Vegadresse } from './xml.ts';

/**
 * `meldingOmFlyttingFraPosten` (MeldingOmFlyttingFraPosten_v1.0.xsd): a move to a street address reported to Posten,
 * with consent to register it as the residence. Posten's street addresses carry no municipality.
 */
export interface Flyttemelding {
  readonly innsending: Innsending;
  readonly personerSomFlytter: readonly string[];
  readonly adresse: Vegadresse;
  readonly flyttedato: string;
  readonly registreringsdato: string;
  readonly adresseendringsidentifikator: string;
  /** Who reported it: one of the movers. */
  readonly innsender: string;
}

export function flyttemeldingXml(f: Flyttemelding): string {
  return melding(
    'flyttemelding_fra_posten_v1',
    f.innsending,
    ...f.personerSomFlytter.map((n) => gruppe('personSomFlytter', felt('foedselsnummer', n))),
    gruppe('nyAdresse', vegadresse(f.adresse, false), felt('flyttedato', f.flyttedato)),
    felt('registreringsdato', f.registreringsdato),
    gruppe('samtykke', felt('samtykketype', 'vegadresse'), felt('samtykkeverdi', 'samtykkeErGitt')),
    felt('adresseendringsidentifikator', f.adresseendringsidentifikator),
    felt('erAnnullering', false),
    felt('innsender', f.innsender),
  );
}
