import type { Kommando } from '../../domain/kommando/kommando.ts';
import { gjeldendeVerdi, type Elementverdi } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { internasjonalAdresse, kontrollerVegadresse, postboksadresse, vegadresse } from './adresser.ts';
import { ikkeFremITid } from './datoer.ts';
import { kommuneForPostnummer } from './kodelister.ts';
import { tolkMelding } from './konvolutt.ts';
import { kjentPerson } from './personer.ts';
import { Vurderer } from './vurdering.ts';

type Samtykketype = 'vegadresse' | 'postadresse' | 'utenlandskAdresse';

/** `ForespoerselOmFlytting` (MeldingOmFlyttingFraPosten_v1.0.xsd). */
export interface ForespoerselOmFlyttingFraPosten {
  readonly personerSomFlytter: readonly string[];
  readonly nyAdresse:
    | { readonly type: 'vegadresse'; readonly adresse: Elementverdi }
    | { readonly type: 'postboksadresse'; readonly adresse: Elementverdi }
    | { readonly type: 'utenlandskPostadresse'; readonly adresse: Elementverdi | undefined };
  readonly flyttedato: string;
  readonly registreringsdato: string;
  readonly samtykker: readonly Samtykketype[];
  readonly adresseendringsidentifikator: string;
  readonly erAnnullering: boolean;
}

type Melding = TolketMelding<ForespoerselOmFlyttingFraPosten>;

/**
 * A change of address reported to the postal service and passed on with the person's consent. Each consent type
 * allows one use (decided, spec §8.1 lists the types without rules): `vegadresse` → the street address becomes the
 * `bostedsadresse` from the move date (a move, law § 6-1); `postadresse` → a post-box address, or a street address
 * without residence consent, becomes the `postadresse`; `utenlandskAdresse` → a foreign address becomes
 * `postadresseIUtlandet`. A Posten street address carries no municipality: the register takes the postcode's
 * (Posten's register) or the person's current one, and the address must exist there in the matrikkel
 * (`fakta.adresseFinnes`), or a case worker decides. An annulment (`erAnnullering`) removes the residential address
 * the register holds from this report; if the register holds another, a case worker decides.
 */
export const flyttemeldingFraPosten: Meldingsregler<ForespoerselOmFlyttingFraPosten> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'flyttemelding_fra_posten_v1',
        rot: 'meldingOmFlyttingFraPosten',
        lister: ['forespoersel.personSomFlytter', 'forespoersel.samtykke'],
        forespoersel: (f) => {
          const ny = f.barn('nyAdresse');
          const veg = ny.valgfri('vegadresse');
          const postboks = ny.valgfri('postboksadresse');
          return {
            personerSomFlytter: f.liste('personSomFlytter').map((p) => p.tekst('foedselsnummer')),
            nyAdresse: veg
              ? { type: 'vegadresse', adresse: vegadresse(veg, undefined) }
              : postboks
                ? { type: 'postboksadresse', adresse: postboksadresse(postboks) }
                : { type: 'utenlandskPostadresse', adresse: internasjonalAdresse(ny.barn('utenlandskPostadresse')) },
            flyttedato: ny.dato('flyttedato'),
            registreringsdato: f.dato('registreringsdato'),
            samtykker: f
              .liste('samtykke')
              .filter((s) => s.tekst('samtykkeverdi') === 'samtykkeErGitt')
              .map((s) => s.tekst('samtykketype') as Samtykketype),
            adresseendringsidentifikator: f.tekst('adresseendringsidentifikator'),
            erAnnullering: f.bool('erAnnullering'),
          };
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: [...new Set(m.forespoersel.personerSomFlytter)], foedselsdatoer: [] }),
  vurder,
};

const kilde = 'posten';

/** The Posten street address with the municipality of the matrikkel, which `adresseFinnes` confirms by postcode. */
function medKommune(adresse: Elementverdi, fakta: Registerfakta, kommuner: readonly string[]): Elementverdi | undefined {
  const postnummer = (adresse.poststed as { postnummer?: string } | undefined)?.postnummer;
  const kommunenummer = kommuner.find((k) => fakta.adresseFinnes(k, String(adresse.adressenavn), postnummer));
  return kommunenummer ? { kommunenummer, ...adresse } : undefined;
}

function vurder(m: Melding, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  const personer = f.personerSomFlytter.map((n) => [n, kjentPerson(v, fakta, n)] as const);
  if (v.erAvvist) return v.avvist();
  if (f.erAnnullering) return annuller(v, f, personer);
  ikkeFremITid(v, fakta.idag, f.flyttedato);
  const ny = f.nyAdresse;
  const kommandoer: Kommando[] = [];
  for (const [person, dokument] of personer) {
    if (ny.type === 'vegadresse' && f.samtykker.includes('vegadresse')) {
      if (gjeldendeVerdi(dokument!, 'adressebeskyttelse')?.graderingsnivaa === 'strengtFortrolig') v.manuell('adressebeskyttet');
      // A postcode may cross a municipal border, so the person's current municipality is tried too.
      const naa = gjeldendeVerdi(dokument!, 'bostedsadresse')?.vegadresse as { kommunenummer?: string } | undefined;
      const postnummer = (ny.adresse.poststed as { postnummer?: string } | undefined)?.postnummer;
      const kommuner = [postnummer && kommuneForPostnummer(postnummer), naa?.kommunenummer].filter((k): k is string => !!k);
      const bosted = medKommune(ny.adresse, fakta, kommuner);
      if (!bosted) kontrollerVegadresse(v, fakta, ny.adresse);
      kommandoer.push({ type: 'flytte', person, bostedsadresse: { vegadresse: bosted ?? ny.adresse }, flyttedato: f.flyttedato, kilde });
    } else if (ny.type !== 'utenlandskPostadresse' && f.samtykker.includes('postadresse')) {
      const verdi = { adressegradering: 'ugradert', [ny.type]: ny.adresse };
      kommandoer.push({ type: 'registrere', person, element: 'postadresse', verdi, gyldigFra: f.flyttedato, kilde });
    } else if (ny.type === 'utenlandskPostadresse' && f.samtykker.includes('utenlandskAdresse')) {
      if (!ny.adresse) return v.avvis('ukjentLandkode').avvist();
      const verdi = { adressegradering: 'ugradert', utenlandskAdresse: ny.adresse };
      kommandoer.push({ type: 'registrere', person, element: 'postadresseIUtlandet', verdi, gyldigFra: f.flyttedato, kilde });
    } else {
      return v.avvis('samtykkeMangler').avvist();
    }
  }
  return v.resultat(kommandoer);
}

/** The current residential address came from this report when it is the same street address from the same date. */
function annuller(v: Vurderer, f: ForespoerselOmFlyttingFraPosten, personer: readonly (readonly [string, ReturnType<typeof kjentPerson>])[]): Vurdering {
  const kommandoer: Kommando[] = [];
  for (const [person, dokument] of personer) {
    const naa = gjeldendeVerdi(dokument!, 'bostedsadresse');
    const veg = naa?.vegadresse as Elementverdi | undefined;
    const ny = f.nyAdresse.adresse;
    const samme =
      f.nyAdresse.type === 'vegadresse' && veg && ny && naa!.flyttedato === f.flyttedato && veg.adressenavn === ny.adressenavn &&
      JSON.stringify(veg.adressenummer) === JSON.stringify(ny.adressenummer) && JSON.stringify(veg.poststed) === JSON.stringify(ny.poststed);
    if (!samme) v.manuell('flyttingFinnesIkke');
    else kommandoer.push({ type: 'annullere', person, element: 'bostedsadresse', elementId: naa!.id, kilde });
  }
  return v.resultat(kommandoer);
}
