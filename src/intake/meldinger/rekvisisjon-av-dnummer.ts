import type { OpprettPerson } from '../../domain/kommando/kommando.ts';
import type { Elementverdi } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { kontaktadresse, kontaktadresseIUtlandet, kontrollerOffisiellAdresse, offisiellAdresse } from './adresser.ts';
import { ikkeFremITid } from './datoer.ts';
import { dufNumre, identifikasjonselementer, registrerteDufNumre, type Identifikasjonselement } from './identifikasjon.ts';
import { tolkMelding } from './konvolutt.ts';
import { mulige, type Navn } from './likhet.ts';
import { navn } from './parter.ts';
import { Vurderer } from './vurdering.ts';

/** `ForespoerselOmRekvisisjonAvDNummer` (RekvisisjonAvDNummer_5.0.xsd), the fields the rules use. */
export interface ForespoerselOmDNummer {
  readonly kilde: string;
  readonly rekvireringsdato: string;
  readonly kandidat: {
    readonly navn: Navn;
    readonly foedselsdatoErKjent: boolean;
    readonly foedselsdato: string;
    readonly foedeland?: string;
    readonly kjoenn: 'kvinne' | 'mann' | 'ukjent';
    readonly oppholdsadresse?: Elementverdi;
    readonly postadresse?: Elementverdi;
    readonly postadresseIUtlandet?: Elementverdi;
    /** An international address whose country code has no alpha-2 form. */
    readonly ukjentLandkode: boolean;
    readonly statsborgerskap: readonly string[];
  };
  readonly identifikasjon: readonly Identifikasjonselement[];
  readonly identitetskontrollKreves: boolean;
}

type Melding = TolketMelding<ForespoerselOmDNummer>;

/**
 * A D-number requisition (law § 2-2 second paragraph): a person with a temporary connection gets a D-number and
 * status `midlertidig` (decide-opprett.ts). FREG's two reasons for manual handling (spec §8.2): `muligDublett` (a
 * registered person born the same day with a similar name and a shared citizenship, likhet.ts) and `dufNummerIBruk`
 * (the immigration authority's number is already on a registered person). A requisition that demands an identity
 * control needs a case worker to see the documents. An unknown birth date is registered as given (decided: the
 * D-number then follows the placeholder date and the feedback says the number deviates).
 */
export const rekvisisjonAvDNummer: Meldingsregler<ForespoerselOmDNummer> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'rekvisisjon_av_dnummer_v5',
        rot: 'rekvisisjonAvDNummer',
        lister: [
          'forespoersel.kandidat.statsborgerskap',
          'forespoersel.kandidat.postadresseIUtlandet.postadresse.administrativEnhet',
          'forespoersel.identifikasjon',
        ],
        forespoersel: (f) => {
          const k = f.barn('kandidat');
          const opphold = k.valgfri('oppholdsadresse');
          const post = k.valgfri('postadresse');
          const utland = k.valgfri('postadresseIUtlandet');
          const ukjentLandkode = new Vurderer();
          const postadresseIUtlandet = utland && kontaktadresseIUtlandet(ukjentLandkode, utland);
          const foedeland = k.valgfriTekst('foedeland');
          return {
            kilde: f.tekst('kilde'),
            rekvireringsdato: f.dato('rekvireringsdato'),
            kandidat: {
              navn: navn(k.barn('navn')),
              foedselsdatoErKjent: k.bool('foedselsdatoErKjent'),
              foedselsdato: k.dato('foedselsdato'),
              ...(foedeland ? { foedeland } : {}),
              kjoenn: k.tekst('kjoenn') as ForespoerselOmDNummer['kandidat']['kjoenn'],
              ...(opphold ? { oppholdsadresse: { ...offisiellAdresse(opphold), oppholdsadressedato: opphold.dato('oppholdsadressedato') } } : {}),
              ...(post ? { postadresse: kontaktadresse(post) } : {}),
              ...(postadresseIUtlandet ? { postadresseIUtlandet } : {}),
              ukjentLandkode: ukjentLandkode.erAvvist,
              statsborgerskap: k.tekstliste('statsborgerskap'),
            },
            identifikasjon: identifikasjonselementer(f.liste('identifikasjon')),
            identitetskontrollKreves: f.bool('identitetskontrollKreves'),
          };
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: [], foedselsdatoer: [m.forespoersel.kandidat.foedselsdato] }),
  vurder,
};

function vurder(m: Melding, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const k = f.kandidat;
  const v = new Vurderer();
  ikkeFremITid(v, fakta.idag, k.foedselsdato, f.rekvireringsdato);
  if (k.ukjentLandkode) v.avvis('ukjentLandkode');
  if (k.oppholdsadresse) kontrollerOffisiellAdresse(v, fakta, k.oppholdsadresse);
  if (mulige(k, fakta.kandidater).length > 0) v.manuell('muligDublett');
  // Only persons born that day are at hand (`kandidater`); see docs/meldingsregler.md.
  const duf = dufNumre(f.identifikasjon);
  if (fakta.kandidater.some((d) => registrerteDufNumre(d).some((n) => duf.includes(n)))) v.manuell('dufNummerIBruk');
  if (f.identitetskontrollKreves) v.manuell('identitetskontrollKreves');
  const opprett: OpprettPerson = {
    type: 'opprettPerson',
    grunnlag: 'dNummer',
    foedselsdato: k.foedselsdato,
    kjoenn: k.kjoenn === 'ukjent' ? undefined : k.kjoenn,
    navn: k.navn,
    ...(k.foedeland ? { foedeland: k.foedeland } : {}),
    statsborgerskap: k.statsborgerskap,
    ...(k.postadresse ? { postadresse: k.postadresse } : {}),
    ...(k.postadresseIUtlandet ? { postadresseIUtlandet: k.postadresseIUtlandet } : {}),
    identitetsgrunnlagstatus: 'ikkeKontrollert',
    gyldigFra: f.rekvireringsdato,
    tillegg: [...(k.oppholdsadresse ? [{ element: 'oppholdsadresse' as const, verdi: k.oppholdsadresse }] : []), ...f.identifikasjon],
    kilde: f.kilde,
  };
  return v.resultat([opprett]);
}
