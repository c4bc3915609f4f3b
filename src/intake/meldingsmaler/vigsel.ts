import { felt, gruppe, melding, type Innsending } from './xml.ts';

/**
 * `meldingOmVigsel` (MeldingOmVigsel_v1.0.xsd) of a civil marriage in Norway by a municipality's marriage officer,
 * every validity question answered yes.
 */
export interface Vigselsmelding {
  readonly innsending: Innsending;
  readonly ektefeller: readonly [string, string];
  readonly vigselsdato: string;
  /** The municipality whose officer married them. */
  readonly kommunenummer: string;
  readonly vigselssted: string;
}

export function vigselXml(v: Vigselsmelding): string {
  return melding(
    'vigsel_v1',
    v.innsending,
    felt('kilde', 'ansattIKommune'),
    ...v.ektefeller.map((n) => gruppe('ektefelle', felt('foedselsEllerDNummer', n))),
    gruppe(
      'vigsel',
      felt('vigselsdato', v.vigselsdato),
      felt('vigselssted', v.vigselssted),
      felt('vigselsmyndighet', 'ansattIKommune'),
      felt('vigselsmyndighetSomKommune', v.kommunenummer),
      felt('vigselstype', 'borgerlig'),
      felt('vigslerHarGyldigVigselsmyndighet', 'ja'),
      felt('vigselsbokErIOrden', 'ja'),
      felt('vigselErUtfoertPaaStedHvorVigslerHarMyndighet', 'ja'),
      felt('vigselsland', 'NOR'),
    ),
    felt('vigselsmeldingErKorrektUnderskrevet', 'ja'),
    felt('personeneStemmerMedProevingsattest', 'ja'),
    felt('mottaksdato', v.vigselsdato),
  );
}
