import { felt, gruppe, melding, personnavn, type Avsendersopplysninger, type Personnavn, saksfelter } from './xml.ts';

/**
 * `meldingOmEndringAvPersonMedFoedselsnummer` (MeldingOmEndringAvPersonMedFoedselsnummer_v1.0.xsd) of a new name
 * (`endre`: the old one becomes history), as a name-change authority sends it.
 */
export interface Navneendringsmelding extends Avsendersopplysninger {
  readonly forespoerselsdato: string;
  readonly person: string;
  readonly navn: Personnavn;
}

export function navneendringXml(m: Navneendringsmelding): string {
  return melding(
    'fnr_endring_v1',
    m.innsending,
    felt('kilde', 'annet'),
    felt('forespoerselsdato', m.forespoerselsdato),
    saksfelter(m),
    gruppe('person', personnavn('navn', m.navn), felt('foedselsnummer', m.person), felt('endringstype', 'endre'), felt('erVedtakOmIdentitetsendring', false)),
  );
}
