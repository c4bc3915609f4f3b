import { felt, gruppe, melding, type Avsendersopplysninger, saksfelter } from './xml.ts';

/** `meldingOmDoedsfall` (MeldingOmDoedsfall_v1.2.xsd), from a doctor, a court or an embassy. */
export interface Doedsfallsmelding extends Avsendersopplysninger {
  readonly forespoerselsdato: string;
  readonly kilde: 'tingretten' | 'helse' | 'utenriksstasjon' | 'lensmannskontor' | 'nav';
  readonly person: string;
  readonly doedsdato: string;
}

export function doedsfallXml(d: Doedsfallsmelding): string {
  return melding(
    'doedsfall_v1',
    d.innsending,
    felt('forespoerselssdato', d.forespoerselsdato),
    felt('kilde', d.kilde),
    saksfelter(d),
    gruppe('doedPerson', felt('foedselsnummer', d.person), felt('doedsdato', d.doedsdato)),
  );
}
