import { felt, gruppe, melding, personnavn, vegadresse, type Avsendersopplysninger, type Personnavn, type Vegadresse, saksfelter } from './xml.ts';

/**
 * `rekvisisjonAvDNummer` (RekvisisjonAvDNummer_5.0.xsd): a person with a temporary connection to Norway, requested by
 * an authority that needs to identify them (the tax administration for a foreign worker's tax card), with a Norwegian
 * postal address or none. `identifikasjon` names identity documents and the attachments that carry their copies.
 */
export interface DNummerrekvisisjon extends Avsendersopplysninger {
  readonly rekvireringsdato: string;
  readonly kilde: 'skatteetaten' | 'nav' | 'utlendingsdirektoratet' | 'helfo' | 'diverse';
  readonly navn: Personnavn;
  readonly foedselsdato: string;
  readonly foedeland: string;
  readonly kjoenn: 'kvinne' | 'mann';
  readonly statsborgerskap: readonly string[];
  readonly postadresse?: Vegadresse | undefined;
  readonly identifikasjon?: readonly Identifikasjonsdokument[] | undefined;
  /** The scanned paper form, by the attachment's name. */
  readonly papirrekvisisjon?: string | undefined;
}

export interface Identifikasjonsdokument {
  readonly type: 'pass' | 'nasjonaltIdentitetskort';
  readonly utstederland: string;
  /** The attachment with the copy. */
  readonly multipartnavn?: string | undefined;
}

export function rekvisisjonAvDNummerXml(r: DNummerrekvisisjon): string {
  return melding(
    'rekvisisjon_av_dnummer_v5',
    r.innsending,
    gruppe(
      'kandidat',
      personnavn('navn', r.navn),
      felt('foedselsdatoErKjent', true),
      felt('foedselsdato', r.foedselsdato),
      felt('foedeland', r.foedeland),
      felt('kjoenn', r.kjoenn),
      r.postadresse ? gruppe('postadresse', vegadresse(r.postadresse, false), felt('erKlientadresse', false)) : '',
      ...r.statsborgerskap.map((s) => felt('statsborgerskap', s)),
      felt('harUkjentOppholdsadresse', true),
      felt('skalFaaUtskrift', false),
    ),
    felt('kilde', r.kilde),
    felt('rekvireringsdato', r.rekvireringsdato),
    ...(r.identifikasjon ?? []).map((d) =>
      gruppe(
        'identifikasjon',
        gruppe(
          'dokumentgrunnlag',
          felt('identifikasjonsdokumenttype', d.type),
          felt('utstederland', d.utstederland),
          d.multipartnavn ? gruppe('dokumentkopi', felt('multipartnavn', d.multipartnavn)) : '',
        ),
      ),
    ),
    saksfelter(r),
    felt('identitetskontrollKreves', false),
    r.papirrekvisisjon ? gruppe('papirrekvisisjon', felt('multipartnavn', r.papirrekvisisjon)) : '',
  );
}
