import type { Elementnavn } from '../persondokument/elementer.ts';
import { finnVersjon, foedselsdato, gjeldendeVerdi, type Elementverdi } from '../person/persondokument.ts';
import { Avvisningskode, avvis, godta, type Beslutning, type Kontekst } from './beslutning.ts';
import { Hendelsesbygger } from './bygg.ts';
import { hendelsestypeForElement } from './hendelsestype-for-element.ts';
import type { Annullere, Korrigere, Registrere } from './kommando.ts';
import { finnPerson, foersteAvvisning, manglerPerson, sjekkAktivPerson, sjekkDato, type Personer } from './vakter.ts';

/**
 * Elements whose changes carry rules of their own go through their own commands (identity number, status, death,
 * marital status, address protection); a generic `registrere` of them would bypass those rules.
 */
export const egneKommandoer: ReadonlySet<Elementnavn> = new Set([
  'identifikasjonsnummer',
  'status',
  'doedsfall',
  'sivilstand',
  'adressebeskyttelse',
]);

/** Elements registered after a death: the estate's contact details (law § 5-3, MeldingOmKontaktopplysningerForDoedsbo). */
const etterDoedsfall: ReadonlySet<Elementnavn> = new Set(['kontaktinformasjonForDoedsbo']);

export function decideRegistrere(k: Registrere, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const feil = foersteAvvisning(
    etterDoedsfall.has(k.element) ? undefined : sjekkAktivPerson(person, 'person'),
    sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag),
    egneKommandoer.has(k.element) || !(k.element in hendelsestypeForElement)
      ? avvis(Avvisningskode.ugyldigVerdi, `Elementet ${k.element} endres ikke med en generell registrering`, 'element')
      : undefined,
  );
  if (feil) return feil;
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.ny(k.element, medKontaktpersonensNavn(k, personer), { ...(k.gyldigFra ? { gyldigFra: k.gyldigFra } : {}), ...(k.aarsak ? { aarsak: k.aarsak } : {}) });
  return godta(b.hendelse(hendelsestypeForElement[k.element]));
}

/** The registered estate contact's number, when the contact is a person in the register. */
export function kontaktpersonsNummer(k: Registrere): string | undefined {
  const person = k.element === 'kontaktinformasjonForDoedsbo' ? (k.verdi.person as { foedselsEllerDNummer?: unknown } | undefined) : undefined;
  return typeof person?.foedselsEllerDNummer === 'string' ? person.foedselsEllerDNummer : undefined;
}

/**
 * An estate contact registered by number also gets its name and birth date from the register: packages that may not
 * see identity numbers are given those instead (spec §5.2 note 4).
 */
function medKontaktpersonensNavn(k: Registrere, personer: Personer): Elementverdi {
  const nummer = kontaktpersonsNummer(k);
  const kontakt = nummer ? finnPerson(personer, nummer) : undefined;
  if (!kontakt) return k.verdi;
  const navn = gjeldendeVerdi(kontakt.dokument, 'navn');
  const fd = foedselsdato(kontakt.dokument);
  return {
    ...k.verdi,
    person: {
      ...(k.verdi.person as object),
      ...(navn ? { personnavn: { fornavn: navn.fornavn, ...(navn.mellomnavn ? { mellomnavn: navn.mellomnavn } : {}), etternavn: navn.etternavn } } : {}),
      ...(fd ? { foedselsdato: fd } : {}),
    },
  };
}

/** A correction (law § 9-2) is allowed on any person, dead ones included: the register must become right. */
export function decideKorrigere(k: Korrigere, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const versjon = finnVersjon(person.dokument, k.element, k.elementId);
  if (!versjon) return avvis(Avvisningskode.elementversjonFinnesIkke, 'Elementversjonen finnes ikke', 'elementId');
  const feil = foersteAvvisning(
    sjekkDato(k.gyldigFra, 'gyldigFra', kontekst.idag),
    sjekkDato(k.opphoerFra, 'opphoerFra', kontekst.idag),
  );
  if (feil) return feil;
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.korriger(k.element, versjon, k.verdi, {
    ...(k.gyldigFra ? { gyldigFra: k.gyldigFra } : {}),
    ...(k.opphoerFra ? { opphoerFra: k.opphoerFra } : {}),
  });
  return godta(b.hendelse(hendelsestypeForElement[k.element]));
}

export function decideAnnullere(k: Annullere, personer: Personer, kontekst: Kontekst): Beslutning {
  const person = finnPerson(personer, k.person);
  if (!person) return manglerPerson('person');
  const versjon = finnVersjon(person.dokument, k.element, k.elementId);
  if (!versjon) return avvis(Avvisningskode.elementversjonFinnesIkke, 'Elementversjonen finnes ikke', 'elementId');
  if (k.element === 'identifikasjonsnummer') {
    return avvis(Avvisningskode.ugyldigVerdi, 'Et identifikasjonsnummer annulleres ikke; det opphøres', 'element');
  }
  const b = new Hendelsesbygger(kontekst, person, k.kilde ?? kontekst.kilde);
  b.annuller(k.element, versjon);
  return godta(b.hendelse(hendelsestypeForElement[k.element]));
}
