import type { OpprettPerson } from '../../domain/kommando/kommando.ts';
import { alleIdentifikatorer, gjeldende, gjeldendeVerdi, type Elementverdi, type Persondokument } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { kontrollerVegadresse, vegadresse } from './adresser.ts';
import { ikkeFremITid } from './datoer.ts';
import { tolkMelding } from './konvolutt.ts';
import { erGiftMed, part, type Part } from './parter.ts';
import { kjentPerson, unike } from './personer.ts';
import { Vurderer } from './vurdering.ts';
import { type Les, valgfritt } from './xml.ts';

export interface Forelder extends Part {
  readonly statsborgerskap?: string;
  readonly statsborgerskapErUkjent?: boolean;
  /** The address the message gives when it differs from the register's (`adressenErAvvikendeFraFolkeregisteret`). */
  readonly avvikendeAdresse?: Elementverdi;
  readonly erMedmor?: boolean;
}

/** `ForespoerselOmInnmeldingAvFoedsel` (Foedselsmelding_v1.1.xsd), the fields the rules use. */
export interface ForespoerselOmFoedsel {
  readonly foreldreErGift: boolean;
  readonly barn: {
    readonly foedselsdato: string;
    readonly erLevendefoedt: boolean;
    readonly kjoenn: 'kvinne' | 'mann';
    /** FREG's `rekkefoelgenummer`: `11` for a single birth, else `<number of children><order>` (spec §2.3). */
    readonly rekkefoelgenummer: number;
  };
  readonly mor: Forelder;
  readonly farEllerMedmor?: Forelder;
  readonly foedested:
    | { readonly iNorge: true; readonly institusjon: string; readonly kommunenummer: string; readonly kommunenavn: string }
    | { readonly iNorge: false; readonly institusjon?: string; readonly land: string; readonly sted: string };
  readonly registreringsdato: string;
  readonly innsendertype?: string;
  readonly signaturMangler: boolean;
  readonly erKorrigertForespoersel: boolean;
}

type Melding = TolketMelding<ForespoerselOmFoedsel>;

function forelder(les: Les): Forelder {
  const adresse = les.valgfri('bostedsEllerOppholdsadresse');
  return {
    ...part(les, 'navn'),
    ...valgfritt('statsborgerskap', les.valgfriTekst('statsborgerskap')),
    ...valgfritt('statsborgerskapErUkjent', les.valgfriBool('statsborgerskapErUkjent')),
    ...(adresse?.bool('adressenErAvvikendeFraFolkeregisteret') ? { avvikendeAdresse: vegadresse(adresse) } : {}),
    ...valgfritt('erMedmor', les.valgfriBool('erMedmor')),
  };
}

/**
 * A birth (law §§ 2-2, 4-1): the child is created at once with a new fødselsnummer and linked to its parents, with
 * status `bosatt` when a parent is resident and `foedselsregistrert` otherwise (decide-opprett.ts). Decisions where
 * the spec is open (docs/meldingsregler.md): the father or co-mother is linked only when the parents are married
 * (barneloven § 3); otherwise paternity is established by declaration and comes as `farskap_v1`. Parental
 * responsibility is joint for married parents and the mother's otherwise (§§ 34–35). The child lives at the mother's
 * registered address unless the message gives another; is Norwegian when a parent is (statsborgerloven § 4), else
 * takes the mother's citizenships; and is named `<mother's first name>*PIKE|GUTT` until a name is chosen (spec §2.2).
 */
export const foedsel: Meldingsregler<ForespoerselOmFoedsel> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'foedsel_v1',
        rot: 'foedselsmelding',
        lister: ['forespoersel.vedlegg', 'forespoersel.vedlegg.dokumenttype'],
        forespoersel: (f) => {
          const fs = f.barn('foedsel');
          const barn = fs.barn('barn');
          const far = fs.valgfri('farEllerMedmor');
          const norsk = fs.valgfri('foedested');
          const utland = fs.valgfri('foedestedIUtlandet');
          const institusjon = utland?.valgfriTekst('foedselsinstitusjonsnavnIUtlandet');
          const innsendertype = f.valgfri('innsender')?.tekst('innsendertype');
          return {
            foreldreErGift: fs.bool('foreldreErGift'),
            barn: {
              foedselsdato: barn.dato('foedselsdato'),
              erLevendefoedt: barn.bool('erLevendefoedt'),
              kjoenn: barn.tekst('kjoenn') as 'kvinne' | 'mann',
              rekkefoelgenummer: Number(barn.valgfriTekst('rekkefoelgenummerVedFlerfoedsel') ?? '11'),
            },
            mor: forelder(fs.barn('mor')),
            ...(far ? { farEllerMedmor: forelder(far) } : {}),
            foedested: norsk
              ? { iNorge: true, institusjon: norsk.tekst('foedselsinstitusjonsnavn'), kommunenummer: norsk.tekst('foedekommunenummer'), kommunenavn: norsk.tekst('foedekommunenavn') }
              : { iNorge: false, ...(institusjon ? { institusjon } : {}), land: utland!.tekst('foedeland'), sted: utland!.tekst('foedestedIUtlandet') },
            registreringsdato: f.dato('registreringsdato'),
            ...(innsendertype ? { innsendertype } : {}),
            signaturMangler: f.valgfri('saksbehandlersVurdering')?.bool('signaturMangler') ?? false,
            erKorrigertForespoersel: f.bool('erKorrigertForespoersel'),
          };
        },
      },
      xml,
    ),
  behov: (m) => ({
    personnumre: unike(m.forespoersel.mor.nummer, m.forespoersel.farEllerMedmor?.nummer),
    foedselsdatoer: [m.forespoersel.barn.foedselsdato],
  }),
  vurder,
};

/** Metadata and the register's own fields of an address version; the rest is the address a child shares. */
const ikkeAdresse = new Set(['id', 'ajourholdstidspunkt', 'erGjeldende', 'kilde', 'aarsak', 'gyldighetstidspunkt', 'opphoerstidspunkt', 'flyttedato', 'adressegradering']);

function registrertAdresse(dokument: Persondokument | undefined): Elementverdi | undefined {
  const adresse = dokument && gjeldendeVerdi(dokument, 'bostedsadresse');
  return adresse && Object.fromEntries(Object.entries(adresse).filter(([k]) => !ikkeAdresse.has(k)));
}

function borgerskap(forelder: Forelder, dokument: Persondokument | undefined): string[] {
  if (dokument) return gjeldende(dokument, 'statsborgerskap').map((s) => String(s.statsborgerskap));
  return forelder.statsborgerskap && !forelder.statsborgerskapErUkjent ? [forelder.statsborgerskap] : [];
}

/** A child of this mother born the same day is already registered, and it is not a sibling of a multiple birth. */
function erAlleredeRegistrert(f: ForespoerselOmFoedsel, mor: Persondokument, kandidater: readonly Persondokument[]): boolean {
  const morsNumre = alleIdentifikatorer(mor);
  return kandidater.some((barn) => {
    const harMor = gjeldende(barn, 'familierelasjon').some((r) => r.relatertPersonsRolle === 'mor' && morsNumre.includes(String(r.relatertPerson)));
    const nr = gjeldendeVerdi(barn, 'foedselINorge')?.rekkefoelgenummer;
    return harMor && (f.barn.rekkefoelgenummer === 11 || nr === undefined || Number(nr) === f.barn.rekkefoelgenummer);
  });
}

function vurder(m: Melding, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  ikkeFremITid(v, fakta.idag, f.barn.foedselsdato);
  if (f.erKorrigertForespoersel) v.manuell('korrigertFoedselsmelding');
  if (f.signaturMangler) v.manuell('signaturMangler');
  if (!f.barn.erLevendefoedt) return v.manuell('doedfoedtBarn').resultat([]);

  // A mother who died giving birth is still the mother: the dead are accepted as parents.
  const mor = f.mor.nummer ? kjentPerson(v, fakta, f.mor.nummer, { levende: false }) : undefined;
  if (!f.mor.nummer) v.manuell('morErUkjent');
  if (mor && erAlleredeRegistrert(f, mor, fakta.kandidater)) v.manuell('muligDublett');
  const andre = f.farEllerMedmor;
  const far = andre?.nummer ? kjentPerson(v, fakta, andre.nummer, { levende: false }) : undefined;
  const farKobles = f.foreldreErGift && andre?.nummer !== undefined && far !== undefined;
  if (farKobles && mor && !erGiftMed(mor, far)) v.manuell('ekteskapStemmerIkke');
  if (v.erAvvist) return v.avvist();

  const adresse = f.mor.avvikendeAdresse ?? registrertAdresse(mor);
  if (f.mor.avvikendeAdresse) kontrollerVegadresse(v, fakta, f.mor.avvikendeAdresse);
  const foreldre: NonNullable<OpprettPerson['foreldre']>[number][] = [];
  if (f.mor.nummer) foreldre.push({ nummer: f.mor.nummer, rolle: 'mor' });
  if (farKobles) foreldre.push({ nummer: andre!.nummer!, rolle: andre!.erMedmor ? 'medmor' : 'far' });
  const foreldreborgerskap = [...borgerskap(f.mor, mor), ...(farKobles ? borgerskap(andre!, far) : [])];
  const statsborgerskap = foreldreborgerskap.includes('NOR') ? ['NOR'] : unike(...borgerskap(f.mor, mor));
  const morsNavn = mor ? gjeldendeVerdi(mor, 'navn') : f.mor.navn;
  const sted = f.foedested;

  const opprett: OpprettPerson = {
    type: 'opprettPerson',
    grunnlag: 'foedsel',
    foedselsdato: f.barn.foedselsdato,
    kjoenn: f.barn.kjoenn,
    navn: {
      fornavn: `${String(morsNavn?.fornavn ?? '')}*${f.barn.kjoenn === 'kvinne' ? 'PIKE' : 'GUTT'}`,
      etternavn: String(morsNavn?.etternavn ?? 'UKJENT'),
    },
    ...(sted.iNorge
      ? {
          foedested: sted.kommunenavn,
          foedekommuneINorge: sted.kommunenummer,
          foedeland: 'NOR',
          foedselINorge: { foedselsinstitusjonsnavn: sted.institusjon, rekkefoelgenummer: f.barn.rekkefoelgenummer },
        }
      : { foedested: sted.sted, foedeland: sted.land }),
    statsborgerskap,
    ...(adresse ? { bostedsadresse: adresse } : {}),
    foreldre,
    ...(foreldre.length ? { foreldreansvar: farKobles ? 'felles' : foreldre[0]!.rolle } : {}),
    kilde: f.innsendertype ?? 'helse',
  };
  return v.resultat([opprett]);
}
