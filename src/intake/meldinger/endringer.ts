import type { Kommando } from '../../domain/kommando/kommando.ts';
import type { Elementnavn } from '../../domain/persondokument/elementer.ts';
import { gjeldende, gjeldendeVerdi, type Elementversjon, type Elementverdi, type Persondokument } from '../../domain/person/persondokument.ts';
import type { Registerfakta } from '../kontrakt.ts';
import { ikkeFremITid } from './datoer.ts';
import { registrerteDufNumre } from './identifikasjon.ts';
import { identifikatortypeIBruk, kjentPerson } from './personer.ts';
import type { Vurderer } from './vurdering.ts';

/**
 * The four kinds of change a producer may ask for on one element (spec §2.2): `endre` registers a new value (the
 * old one becomes history), `korrigere` replaces the current version without history, `opphoere` ends it from the
 * message's date, `annullere` removes it as if never registered. Used by the change messages for D-number and
 * fødselsnummer persons.
 */
export type Endringstype = 'endre' | 'opphoere' | 'annullere' | 'korrigere';

export interface Endring {
  readonly v: Vurderer;
  readonly person: string;
  readonly dokument: Persondokument;
  readonly endringstype: Endringstype;
  /** The date a new value is valid from, or an old one ceases. */
  readonly dato: string;
  readonly kilde: string;
}

/** A change of one version: the current one of a single-valued element, or the one `velg` picks. */
export function endreVersjon(e: Endring, element: Elementnavn, verdi: Elementverdi | undefined, velg?: (v: Elementversjon) => boolean): Kommando[] {
  const { person, kilde } = e;
  if (e.endringstype === 'endre') {
    if (!verdi) return ugyldig(e);
    if (element === 'navn') return [{ type: 'endreNavn', person, navn: verdi as { fornavn: string; etternavn: string }, gyldigFra: e.dato, kilde }];
    return [{ type: 'registrere', person, element, verdi, gyldigFra: e.dato, kilde }];
  }
  const versjon = velg ? gjeldende(e.dokument, element).find(velg) : gjeldendeVerdi(e.dokument, element);
  if (!versjon) {
    e.v.avvis('elementversjonFinnesIkke');
    return [];
  }
  switch (e.endringstype) {
    case 'korrigere':
      return verdi ? [{ type: 'korrigere', person, element, elementId: versjon.id, verdi, kilde }] : ugyldig(e);
    case 'opphoere':
      return [{ type: 'korrigere', person, element, elementId: versjon.id, verdi: {}, opphoerFra: e.dato, kilde }];
    case 'annullere':
      return [{ type: 'annullere', person, element, elementId: versjon.id, kilde }];
    default: {
      const never: never = e.endringstype;
      throw new Error(`Unknown endringstype ${String(never)}`);
    }
  }
}

/** Birth facts are corrected, never changed over time: `endre` and `korrigere` both correct the current version. */
export function korrigerFoedsel(e: Endring, verdi: Elementverdi): Kommando[] {
  if (e.endringstype !== 'endre' && e.endringstype !== 'korrigere') return ugyldig(e);
  return endreVersjon({ ...e, endringstype: 'korrigere' }, 'foedsel', verdi);
}

export interface Borgerskap {
  readonly statsborgerskap: string;
  readonly ervervsdato?: string;
}

/**
 * Citizenships are parallel (spec §2.1). `endre` adds the listed ones the person lacks, `opphoere` ends the listed
 * ones, `annullere` removes them, and `korrigere` makes the listed set the registered one.
 */
export function endreStatsborgerskap(e: Endring, liste: readonly Borgerskap[]): Kommando[] {
  const { person, kilde } = e;
  const naa = gjeldende(e.dokument, 'statsborgerskap');
  const har = (land: string) => naa.find((s) => s.statsborgerskap === land);
  const listet = new Set(liste.map((s) => s.statsborgerskap));
  const gi = (s: Borgerskap): Kommando => ({ type: 'statsborgerskap', person, statsborgerskap: s.statsborgerskap, ...(s.ervervsdato ? { ervervsdato: s.ervervsdato } : { dato: e.dato }), kilde });
  const fjern = (versjoner: readonly Elementversjon[]): Kommando[] =>
    versjoner.map((s) => ({ type: 'annullere', person, element: 'statsborgerskap', elementId: s.id, kilde }));
  let kommandoer: Kommando[];
  switch (e.endringstype) {
    case 'endre':
      kommandoer = liste.filter((s) => !har(s.statsborgerskap)).map(gi);
      break;
    case 'korrigere':
      kommandoer = [...fjern(naa.filter((s) => !listet.has(String(s.statsborgerskap)))), ...liste.filter((s) => !har(s.statsborgerskap)).map(gi)];
      break;
    case 'opphoere':
    case 'annullere': {
      const versjoner = liste.map((s) => har(s.statsborgerskap));
      if (versjoner.some((s) => !s)) {
        e.v.avvis('elementversjonFinnesIkke');
        return [];
      }
      kommandoer = e.endringstype === 'annullere'
        ? fjern(versjoner as Elementversjon[])
        : liste.map((s) => ({ type: 'statsborgerskap', person, statsborgerskap: s.statsborgerskap, opphoerer: true, dato: e.dato, kilde }));
      break;
    }
    default: {
      const never: never = e.endringstype;
      throw new Error(`Unknown endringstype ${String(never)}`);
    }
  }
  if (kommandoer.length === 0) e.v.avvis('ingenEndring');
  return kommandoer;
}

export function ugyldig(e: Endring): Kommando[] {
  e.v.avvis('ugyldigEndringstype');
  return [];
}

/** What a change message says about whom and how. */
export interface Endringsmelding {
  readonly nummer: string;
  readonly dufNummer?: string;
  readonly endringstype: Endringstype;
  readonly forespoerselsdato: string;
  readonly kilde: string;
}

/**
 * The person a change message names: known, neither dead nor ceased, using a number of the kind the message is for
 * (a D-number person who got a fødselsnummer is changed by the other message), and with the DUF number the register
 * holds, if it holds one. Undefined when the message is refused.
 */
export function endringsperson(v: Vurderer, fakta: Registerfakta, m: Endringsmelding, type: 'dNummer' | 'foedselsnummer'): Endring | undefined {
  ikkeFremITid(v, fakta.idag, m.forespoerselsdato);
  const dokument = kjentPerson(v, fakta, m.nummer);
  if (!dokument) return undefined;
  if (identifikatortypeIBruk(dokument) !== type) {
    v.avvis(type === 'dNummer' ? 'ikkeDNummerperson' : 'ikkeFoedselsnummerperson');
    return undefined;
  }
  const duf = registrerteDufNumre(dokument);
  if (m.dufNummer && duf.length > 0 && !duf.includes(m.dufNummer)) v.manuell('dufNummerStemmerIkke');
  return { v, person: m.nummer, dokument, endringstype: m.endringstype, dato: m.forespoerselsdato, kilde: m.kilde };
}
