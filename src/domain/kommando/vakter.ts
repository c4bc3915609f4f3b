import type { Person } from '../person/persondokument.ts';
import { gjeldendeStatus } from '../person/persondokument.ts';
import { erGyldigDato } from '../tid.ts';
import { Avvisningskode, avvis, type Beslutning } from './beslutning.ts';

/** Guard clauses shared by the decide functions. Each returns a refusal, or undefined when the guard passes. */

export type Personer = ReadonlyMap<string, Person>;

export function finnPerson(personer: Personer, nummer: string): Person | undefined {
  return personer.get(nummer);
}

export function manglerPerson(felt: string): Beslutning {
  return avvis(Avvisningskode.personFinnesIkke, 'Personen finnes ikke i Folkeregisteret', felt);
}

export function sjekkDato(dato: string | undefined, felt: string, idag: string): Beslutning | undefined {
  if (dato === undefined) return undefined;
  if (!erGyldigDato(dato)) return avvis(Avvisningskode.ugyldigDato, `Ugyldig dato i ${felt}`, felt);
  if (dato > idag) return avvis(Avvisningskode.datoFremITid, `Datoen i ${felt} er fram i tid`, felt);
  return undefined;
}

/** Dead and ceased persons take no new facts except corrections (law § 9-2 corrections go through korrigere). */
export function sjekkAktivPerson(person: Person, felt: string): Beslutning | undefined {
  const status = gjeldendeStatus(person.dokument);
  if (status === 'doed') return avvis(Avvisningskode.personErDoed, 'Personen er registrert død', felt);
  if (status === 'opphoert') return avvis(Avvisningskode.personErOpphoert, 'Personens identitet er opphørt', felt);
  return undefined;
}

/** The first refusal among the guards, if any. */
export function foersteAvvisning(...vakter: (Beslutning | undefined)[]): Beslutning | undefined {
  return vakter.find((v) => v !== undefined);
}
