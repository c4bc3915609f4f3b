import { felt, gruppe, melding, personnavn, vegadresse, type Avsendersopplysninger, type Personnavn, type Vegadresse, saksfelter } from './xml.ts';

/**
 * `meldingOmInnflytting` (MeldingOmInnflytting_v1.0.xsd) from the immigration directorate: a person without a number
 * granted a temporary residence permit from `oppholdFra`, identity checked, living at `bostedsadresse`.
 */
export interface Innflyttingsmelding extends Avsendersopplysninger {
  readonly registreringsdato: string;
  readonly navn: Personnavn;
  readonly foedselsdato: string;
  readonly foedeland: string;
  readonly kjoenn: 'kvinne' | 'mann';
  readonly statsborgerskap: string;
  readonly bostedsadresse: Vegadresse;
  readonly fraflyttingsland: string;
  readonly oppholdFra: string;
}

export function innflyttingXml(m: Innflyttingsmelding): string {
  return melding(
    'innflytting_v1',
    m.innsending,
    felt('kilde', 'utlendingsdirektoratet'),
    felt('registreringsdato', m.registreringsdato),
    saksfelter(m),
    gruppe(
      'kandidat',
      personnavn('navn', m.navn),
      felt('foedselsdato', m.foedselsdato),
      felt('foedeland', m.foedeland),
      felt('kjoenn', m.kjoenn),
      // Marital status unknown to the directorate, as the register writes a new person's without one.
      gruppe('sivilstand', felt('sivilstand', 'uoppgitt'), felt('erPaastandsbasert', true)),
      gruppe('statsborgerskap', felt('statsborgerskap', m.statsborgerskap)),
      gruppe('bostedsadresse', vegadresse(m.bostedsadresse, true), felt('erKlientadresse', false)),
      felt('fraflyttingsland', m.fraflyttingsland),
      felt('legitimasjonskontroll', 'kontrollert'),
      gruppe('opphold', felt('oppholdstillatelse', 'midlertidig'), felt('oppholdFra', m.oppholdFra)),
    ),
  );
}
