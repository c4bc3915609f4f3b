import { felt, gruppe, melding, type Innsending } from './xml.ts';

/**
 * `foedselsmelding` (Foedselsmelding_v1.1.xsd) of a live single birth in a Norwegian institution, as the hospital
 * sends it: the parents by number, no name (the register names the child until the parents choose, spec §2.2) and no
 * address (the child lives at the mother's registered one).
 */
export interface Foedselsmelding {
  readonly innsending: Innsending;
  readonly registreringsdato: string;
  readonly foreldreBorSammen: boolean;
  readonly foreldreErGift: boolean;
  readonly barn: { readonly foedselsdato: string; readonly kjoenn: 'kvinne' | 'mann' };
  readonly mor: string;
  readonly farEllerMedmor?: string | undefined;
  readonly foedested: { readonly institusjon: string; readonly kommunenummer: string; readonly kommunenavn: string };
}

export function foedselXml(f: Foedselsmelding): string {
  return melding(
    'foedsel_v1',
    f.innsending,
    gruppe(
      'foedsel',
      felt('foreldreBorSammen', f.foreldreBorSammen),
      felt('foreldreErGift', f.foreldreErGift),
      gruppe('barn', felt('foedselsdato', f.barn.foedselsdato), felt('erLevendefoedt', true), felt('kjoenn', f.barn.kjoenn)),
      gruppe('mor', felt('foedselsEllerDNummer', f.mor)),
      f.farEllerMedmor ? gruppe('farEllerMedmor', felt('foedselsEllerDNummer', f.farEllerMedmor), felt('erMedmor', false)) : '',
      gruppe(
        'foedested',
        felt('foedselsinstitusjonsnavn', f.foedested.institusjon),
        felt('foedekommunenummer', f.foedested.kommunenummer),
        felt('foedekommunenavn', f.foedested.kommunenavn),
      ),
    ),
    felt('registreringsdato', f.registreringsdato),
    gruppe('innsender', felt('innsendertype', 'helse')),
    felt('erKorrigertForespoersel', false),
  );
}
