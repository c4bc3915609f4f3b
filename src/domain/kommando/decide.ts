import type { Person } from '../person/persondokument.ts';
import { gjeldendeVerdi } from '../person/persondokument.ts';
import type { Beslutning, Kontekst } from './beslutning.ts';
import { decideAdressebeskyttelse } from './decide-adressebeskyttelse.ts';
import { decideSammenslaaDubletter, decideSplitteDublett, dublettreferanse } from './decide-dublett.ts';
import { decideAnnullereDoedsfall, decideDoedsfall } from './decide-doedsfall.ts';
import { decideAnnullere, decideKorrigere, decideRegistrere, kontaktpersonsNummer } from './decide-element.ts';
import { ansvarligeFor, decideFamilierelasjon, decideForeldreansvar, foreldreAv } from './decide-familie.ts';
import { decideEndreIdentifikasjonsnummer } from './decide-identifikasjonsnummer.ts';
import { decideInnflytting, decideUtflytting, harDNummer } from './decide-migrasjon.ts';
import { decideEndreNavn } from './decide-navn.ts';
import { decideFlytte } from './decide-flytte.ts';
import { decideOpprettPerson } from './decide-opprett.ts';
import { decideSamlivsbrudd, decideVigsel } from './decide-sivilstand.ts';
import { decideStatsborgerskap } from './decide-statsborgerskap.ts';
import { decideEndreStatus } from './decide-status.ts';
import { ektefellesNummer } from './ektefelle.ts';
import type { Kommando } from './kommando.ts';
import type { Personer } from './vakter.ts';

/**
 * What a command means for the register: events for each person it changes, or why it is refused.
 * NOTE: pure. It never reads the clock, the database or random numbers; the shell passes them in `kontekst`.
 */
export function decide(kommando: Kommando, personer: Personer, kontekst: Kontekst): Beslutning {
  switch (kommando.type) {
    case 'opprettPerson':
      return decideOpprettPerson(kommando, personer, kontekst);
    case 'endreNavn':
      return decideEndreNavn(kommando, personer, kontekst);
    case 'flytte':
      return decideFlytte(kommando, personer, kontekst);
    case 'vigsel':
      return decideVigsel(kommando, personer, kontekst);
    case 'separasjon':
    case 'skilsmisse':
      return decideSamlivsbrudd(kommando, personer, kontekst);
    case 'doedsfall':
      return decideDoedsfall(kommando, personer, kontekst);
    case 'annullereDoedsfall':
      return decideAnnullereDoedsfall(kommando, personer, kontekst);
    case 'utflytting':
      return decideUtflytting(kommando, personer, kontekst);
    case 'innflytting':
      return decideInnflytting(kommando, personer, kontekst);
    case 'adressebeskyttelse':
      return decideAdressebeskyttelse(kommando, personer, kontekst);
    case 'familierelasjon':
      return decideFamilierelasjon(kommando, personer, kontekst);
    case 'foreldreansvar':
      return decideForeldreansvar(kommando, personer, kontekst);
    case 'statsborgerskap':
      return decideStatsborgerskap(kommando, personer, kontekst);
    case 'endreIdentifikasjonsnummer':
      return decideEndreIdentifikasjonsnummer(kommando, personer, kontekst);
    case 'endreStatus':
      return decideEndreStatus(kommando, personer, kontekst);
    case 'registrere':
      return decideRegistrere(kommando, personer, kontekst);
    case 'korrigere':
      return decideKorrigere(kommando, personer, kontekst);
    case 'annullere':
      return decideAnnullere(kommando, personer, kontekst);
    case 'sammenslaaDubletter':
      return decideSammenslaaDubletter(kommando, personer, kontekst);
    case 'splitteDublett':
      return decideSplitteDublett(kommando, personer, kontekst);
    default: {
      const never: never = kommando;
      throw new Error(`No rule for command ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The persons decide needs to see, by identity number. Called again with what has been loaded until it asks for
 * nothing new, because some are found only in loaded documents (a dead person's spouse, a child's parents).
 */
export function personreferanser(kommando: Kommando, lastet: Personer): string[] {
  switch (kommando.type) {
    case 'opprettPerson':
      return (kommando.foreldre ?? []).map((f) => f.nummer);
    case 'vigsel':
    case 'separasjon':
    case 'skilsmisse':
      return [...kommando.personer];
    case 'familierelasjon':
      return [kommando.person, kommando.relatertPerson];
    case 'foreldreansvar': {
      const barn = lastet.get(kommando.barn);
      return barn ? [kommando.barn, ...foreldreAv(barn).map((f) => f.nummer), ...ansvarligeFor(barn)] : [kommando.barn];
    }
    case 'doedsfall':
    case 'annullereDoedsfall': {
      const person = lastet.get(kommando.person);
      const ektefelle = person && (ektefellesNummer(person) ?? sisteEktefelle(person));
      return ektefelle ? [kommando.person, ektefelle] : [kommando.person];
    }
    case 'registrere': {
      const kontakt = kontaktpersonsNummer(kommando);
      return kontakt ? [kommando.person, kontakt] : [kommando.person];
    }
    case 'sammenslaaDubletter':
      return [kommando.gjeldende, kommando.dublett];
    case 'splitteDublett':
      return [kommando.nummer, dublettreferanse(kommando.nummer)];
    default:
      return [kommando.person];
  }
}

/** The spouse a widowhood may have been registered for: whoever the last marital status pointed to. */
function sisteEktefelle(person: Person): string | undefined {
  const s = gjeldendeVerdi(person.dokument, 'sivilstand');
  return s?.relatertVedSivilstand ? String(s.relatertVedSivilstand) : undefined;
}

/** What new identity numbers a command needs; the shell allocates them before calling decide. */
export interface Identifikatorbehov {
  readonly foedselsdato: string;
  readonly kjoenn?: 'kvinne' | 'mann';
  readonly dNummer: boolean;
}

export function identifikatorbehov(kommando: Kommando, personer: Personer): Identifikatorbehov[] {
  switch (kommando.type) {
    case 'opprettPerson':
      return [{ foedselsdato: kommando.foedselsdato, ...(kommando.kjoenn ? { kjoenn: kommando.kjoenn } : {}), dNummer: kommando.grunnlag === 'dNummer' }];
    case 'innflytting': {
      const person = personer.get(kommando.person);
      return person && harDNummer(person) ? [behovFra(person, {})] : [];
    }
    case 'endreIdentifikasjonsnummer': {
      const person = personer.get(kommando.person);
      return person ? [behovFra(person, kommando)] : [];
    }
    default:
      return [];
  }
}

function behovFra(person: Person, endring: { foedselsdato?: string; kjoenn?: 'kvinne' | 'mann' }): Identifikatorbehov {
  const foedselsdato = endring.foedselsdato ?? String(gjeldendeVerdi(person.dokument, 'foedsel')?.foedselsdato);
  const kjoenn = endring.kjoenn ?? (gjeldendeVerdi(person.dokument, 'kjoenn')?.kjoenn as 'kvinne' | 'mann' | undefined);
  return { foedselsdato, ...(kjoenn ? { kjoenn } : {}), dNummer: false };
}
