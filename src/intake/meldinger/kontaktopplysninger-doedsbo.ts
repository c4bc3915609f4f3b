import type { Elementverdi } from '../../domain/person/persondokument.ts';
import type { Meldingsregler, Registerfakta, TolketMelding, Vurdering } from '../kontrakt.ts';
import { ikkeFremITid } from './datoer.ts';
import { tolkMelding } from './konvolutt.ts';
import { erDoed, kjentPerson, unike } from './personer.ts';
import { Vurderer } from './vurdering.ts';
import type { Les } from './xml.ts';

/** `ForespoerselOmRegistreringAvKontaktopplysningerForDoedsbo` (MeldingOmKontaktopplysningerForDoedsbo_v1.0.xsd). */
export interface ForespoerselOmKontaktopplysningerForDoedsbo {
  readonly avdoed: string;
  /** The `KontaktinformasjonForDoedsbo` value as FREG keeps it (spec §2.3). */
  readonly kontaktinformasjon: Elementverdi;
  /** The contact's identity number, when the contact is a person named by number. */
  readonly kontaktpersonsNummer?: string;
  readonly attestutstedelsesdato: string;
  readonly virksomhetsnavn: string;
}

/**
 * The estate's contact (law § 5-3): `kontaktinformasjonForDoedsbo` on the dead person. The person must be registered
 * dead; a contact person named by number must be known (decide then adds their name and birth date).
 */
export const kontaktopplysningerDoedsbo: Meldingsregler<ForespoerselOmKontaktopplysningerForDoedsbo> = {
  tolk: (xml) =>
    tolkMelding(
      {
        ressurs: 'kontaktopplysninger_doedsbo_v1',
        rot: 'meldingOmKontakopplysningerForDoedsbo',
        lister: ['forespoersel.kontaktinformasjon.adresse.adresselinje'],
        saksreferanse: (f) => f.barn('avsender').valgfriTekst('avsendersSaksreferanse'),
        forespoersel: (f) => {
          const k = f.barn('kontaktinformasjon');
          const person = k.valgfri('person');
          const nummer = person?.valgfriTekst('foedselsEllerDNummer');
          return {
            avdoed: f.barn('avdoed').tekst('foedselsEllerDNummer'),
            kontaktinformasjon: {
              ...kontakt(k),
              skifteform: f.tekst('skifteform'),
              attestutstedelsesdato: f.dato('attestutstedelsesdato'),
              adresse: adresse(k.barn('adresse')),
            },
            ...(nummer ? { kontaktpersonsNummer: nummer } : {}),
            attestutstedelsesdato: f.dato('attestutstedelsesdato'),
            virksomhetsnavn: f.barn('avsender').tekst('virksomhetsnavn'),
          };
        },
      },
      xml,
    ),
  behov: (m) => ({ personnumre: unike(m.forespoersel.avdoed, m.forespoersel.kontaktpersonsNummer), foedselsdatoer: [] }),
  vurder,
};

function personnavn(les: Les): Elementverdi {
  const mellomnavn = les.valgfriTekst('mellomnavn');
  return { fornavn: les.tekst('fornavn'), ...(mellomnavn ? { mellomnavn } : {}), etternavn: les.tekst('etternavn') };
}

function kontakt(k: Les): Elementverdi {
  const person = k.valgfri('person');
  if (person) {
    const nummer = person.valgfriTekst('foedselsEllerDNummer');
    const fd = person.valgfriDato('foedselsdato');
    return { person: nummer ? { foedselsEllerDNummer: nummer } : { personnavn: personnavn(person.barn('personnavn')), ...(fd ? { foedselsdato: fd } : {}) } };
  }
  const advokat = k.valgfri('advokat');
  if (advokat) {
    const [navn, nr] = [advokat.valgfriTekst('organisasjonsnavn'), advokat.valgfriTekst('organisasjonsnummer')];
    return { advokat: { personnavn: personnavn(advokat.barn('personnavn')), ...(navn ? { organisasjonsnavn: navn } : {}), ...(nr ? { organisasjonsnummer: nr } : {}) } };
  }
  const org = k.barn('organisasjon');
  const [nr, kontaktperson] = [org.valgfriTekst('organisasjonsnummer'), org.valgfri('kontaktpersonnavn')];
  return {
    organisasjon: {
      organisasjonsnavn: org.tekst('organisasjonsnavn'),
      ...(nr ? { organisasjonsnummer: nr } : {}),
      ...(kontaktperson ? { kontaktpersonnavn: personnavn(kontaktperson) } : {}),
    },
  };
}

function adresse(a: Les): Elementverdi {
  const landkode = a.valgfriTekst('landkode');
  return {
    adresselinje: a.tekstliste('adresselinje'),
    poststedsnavn: a.tekst('poststedsnavn'),
    postnummer: a.tekst('postnummer'),
    ...(landkode ? { landkode } : {}),
  };
}

function vurder(m: TolketMelding<ForespoerselOmKontaktopplysningerForDoedsbo>, fakta: Registerfakta): Vurdering {
  const f = m.forespoersel;
  const v = new Vurderer();
  ikkeFremITid(v, fakta.idag, f.attestutstedelsesdato);
  const avdoed = kjentPerson(v, fakta, f.avdoed, { levende: false });
  if (avdoed && !erDoed(avdoed)) v.avvis('personErIkkeDoed');
  if (f.kontaktpersonsNummer) kjentPerson(v, fakta, f.kontaktpersonsNummer);
  return v.resultat([
    { type: 'registrere', person: f.avdoed, element: 'kontaktinformasjonForDoedsbo', verdi: f.kontaktinformasjon, gyldigFra: f.attestutstedelsesdato, kilde: f.virksomhetsnavn },
  ]);
}
