import type { Elementverdi } from '../../domain/person/persondokument.ts';
import type { Registerfakta } from '../kontrakt.ts';
import { alfa2 } from './kodelister.ts';
import type { Vurderer } from './vurdering.ts';
import type { Les } from './xml.ts';

/**
 * The address shapes of the producer schemas mapped to FREG's address value types (spec §2.4), in FREG's key order.
 * Producer schemas order fields differently and add some the register does not keep (`kommunenavn`,
 * `adressebrukskategori`, `administrativEnhet`).
 */
function kompakt(verdi: Record<string, unknown>): Elementverdi {
  return Object.fromEntries(Object.entries(verdi).filter(([, v]) => v !== undefined));
}

function heltall(tekst: string | undefined): number | undefined {
  return tekst === undefined ? undefined : Number.parseInt(tekst, 10);
}

export function poststed(les: Les | undefined): Elementverdi | undefined {
  return les && kompakt({ poststedsnavn: les.tekst('poststedsnavn'), postnummer: les.tekst('postnummer') });
}

function adressenummer(les: Les | undefined): Elementverdi | undefined {
  return les && kompakt({ husnummer: les.tekst('husnummer'), husbokstav: les.valgfriTekst('husbokstav') });
}

/** `Vegadresse`; without a kommunenummer it is a `VegadresseForPost`. */
export function vegadresse(les: Les, kommunenummer = les.valgfriTekst('kommunenummer')): Elementverdi {
  return kompakt({
    kommunenummer,
    bruksenhetsnummer: les.valgfriTekst('bruksenhetsnummer'),
    adressenavn: les.tekst('adressenavn'),
    adressenummer: adressenummer(les.valgfri('adressenummer')),
    adressekode: les.valgfriTekst('adressekode'),
    adressetilleggsnavn: les.valgfriTekst('adressetilleggsnavn'),
    poststed: poststed(les.valgfri('poststed')),
    coAdressenavn: les.valgfriTekst('coAdressenavn'),
  });
}

export function matrikkeladresse(les: Les): Elementverdi {
  const m = les.barn('matrikkelnummer');
  return kompakt({
    bruksenhetsnummer: les.valgfriTekst('bruksenhetsnummer'),
    matrikkelnummer: kompakt({
      kommunenummer: m.tekst('kommunenummer'),
      gaardsnummer: heltall(m.tekst('gaardsnummer')),
      bruksnummer: heltall(m.tekst('bruksnummer')),
      festenummer: heltall(m.valgfriTekst('festenummer')),
    }),
    undernummer: heltall(les.valgfriTekst('undernummer')),
    // The producer's `matrikkeladressenavn` is the name FREG keeps as `adressetilleggsnavn`.
    adressetilleggsnavn: les.valgfriTekst('adressetilleggsnavn') ?? les.valgfriTekst('matrikkeladressenavn'),
    coAdressenavn: les.valgfriTekst('coAdressenavn'),
  });
}

export function ukjentBosted(les: Les): Elementverdi {
  return kompakt({ bostedskommune: les.valgfriTekst('bostedskommune') });
}

export function postboksadresse(les: Les): Elementverdi {
  return kompakt({
    postbokseier: les.valgfriTekst('postbokseier'),
    postboks: les.tekst('postboks'),
    poststed: poststed(les.valgfri('poststed')),
  });
}

/** `InternasjonalAdresse`, or undefined when the country code has no alpha-2 form. */
export function internasjonalAdresse(les: Les): Elementverdi | undefined {
  const landkode = alfa2(les.tekst('landkode'));
  if (!landkode) return undefined;
  const felt = ['coAdressenavn', 'adressenavn', 'bygning', 'etasjenummer', 'boenhet', 'postboks', 'postkode', 'byEllerStedsnavn', 'distriktsnavn', 'region'];
  return kompakt({ ...Object.fromEntries(felt.map((f) => [f, les.valgfriTekst(f)])), landkode });
}

export const adressegradering = (erKlientadresse: boolean | undefined): 'klientadresse' | 'ugradert' =>
  erKlientadresse ? 'klientadresse' : 'ugradert';

/**
 * A Norwegian street address must exist in its municipality (the matrikkel, through `fakta.adresseFinnes`); one that
 * does not is not plain and goes to a case worker, who may know a new street the reference data lacks.
 */
export function kontrollerVegadresse(v: Vurderer, fakta: Registerfakta, adresse: Elementverdi): void {
  const kommunenummer = adresse.kommunenummer as string | undefined;
  const postnummer = (adresse.poststed as { postnummer?: string } | undefined)?.postnummer;
  if (!kommunenummer || !fakta.adresseFinnes(kommunenummer, String(adresse.adressenavn), postnummer)) v.manuell('adresseFinnesIkke');
}

/** A Kontaktadresse of the producer schemas (`postboksadresse` or `vegadresse` + `erKlientadresse`) as `postadresse`. */
export function kontaktadresse(les: Les): Elementverdi {
  const postboks = les.valgfri('postboksadresse');
  return {
    adressegradering: adressegradering(les.valgfriBool('erKlientadresse')),
    ...(postboks ? { postboksadresse: postboksadresse(postboks) } : { vegadresse: vegadresse(les.barn('vegadresse'), undefined) }),
  };
}

/** A KontaktadresseIUtlandet of the producer schemas as `postadresseIUtlandet`; undefined if it holds no address. */
export function kontaktadresseIUtlandet(v: Vurderer, les: Les): Elementverdi | undefined {
  const adresse = les.valgfri('postadresse');
  if (!adresse) return undefined;
  const utenlandsk = internasjonalAdresse(adresse);
  if (!utenlandsk) {
    v.avvis('ukjentLandkode');
    return undefined;
  }
  return { adressegradering: adressegradering(les.valgfriBool('erKlientadresse')), utenlandskAdresse: utenlandsk };
}

/**
 * An official Norwegian address of the producer schemas (`OffisiellBostedsadresse`, `OffisiellOppholdsAdresse`):
 * one of `vegadresse`, `matrikkeladresse`, `ukjentBosted`, graded `klientadresse` when the message says so.
 */
export function offisiellAdresse(les: Les): Elementverdi {
  const veg = les.valgfri('vegadresse');
  const matrikkel = les.valgfri('matrikkeladresse');
  const ukjent = les.valgfri('ukjentBosted');
  return {
    ...(veg ? { vegadresse: vegadresse(veg) } : matrikkel ? { matrikkeladresse: matrikkeladresse(matrikkel) } : { ukjentBosted: ukjentBosted(ukjent!) }),
    adressegradering: adressegradering(les.valgfriBool('erKlientadresse')),
  };
}

/** A street address in an official address must exist; matrikkel and unknown addresses are taken as given. */
export function kontrollerOffisiellAdresse(v: Vurderer, fakta: Registerfakta, adresse: Elementverdi): void {
  if (adresse.vegadresse) kontrollerVegadresse(v, fakta, adresse.vegadresse as Elementverdi);
}
