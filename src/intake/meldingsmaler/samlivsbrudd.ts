import { felt, gruppe, melding, type Innsending } from './xml.ts';

/**
 * `meldingOmSeparasjon` and `meldingOmSkilsmisse` (MeldingOmSeparasjon_v1.0.xsd, MeldingOmSkilsmisse_v1.0.xsd) of an
 * administrative decision by the county governor (`fylkesmannen` in the schemas).
 */
export interface Samlivsbruddsmelding {
  readonly innsending: Innsending;
  readonly ektefeller: readonly [string, string];
  readonly dato: string;
}

export function separasjonXml(s: Samlivsbruddsmelding): string {
  return melding(
    'separasjon_v1',
    s.innsending,
    felt('kilde', 'statsforvalteren'),
    ...s.ektefeller.map((n) => gruppe('ektefelleEllerPartner', felt('foedselsEllerDNummer', n))),
    gruppe('separasjon', felt('separasjonsdato', s.dato), felt('hjemmel', 'enEktefelleKreverSeparasjon'), felt('sivilstandsmyndighet', 'fylkesmannen')),
  );
}

/** `hjemmel`: after a year's separation (ekteskapsloven § 21) or two years apart (§ 22). */
export function skilsmisseXml(s: Samlivsbruddsmelding & { readonly hjemmel: 'skilsmisseEtterSeparasjon' | 'skilsmisseEtterSamlivsbrudd' }): string {
  return melding(
    'skilsmisse_v1',
    s.innsending,
    felt('kilde', 'statsforvalteren'),
    ...s.ektefeller.map((n, i) => gruppe('ektefelleEllerPartner', felt('foedselsEllerDNummer', n), felt('erBegjaererAvSkilsmisse', i === 0))),
    gruppe('skilsmisse', felt('skilsmissedato', s.dato), felt('hjemmel', s.hjemmel), felt('sivilstandsmyndighet', 'fylkesmannen')),
  );
}
