import { gjeldende, gjeldendeStatus, type Persondokument } from '../../domain/person/persondokument.ts';
import type { Registerfakta } from '../kontrakt.ts';
import type { Vurderer } from './vurdering.ts';

/**
 * Formal control of the persons a message names (law § 8-2): the number must be known, and unless the message is
 * about the dead, the person must be neither dead nor ceased.
 */
export function kjentPerson(v: Vurderer, fakta: Registerfakta, nummer: string, krav: { levende?: boolean } = {}): Persondokument | undefined {
  const dokument = fakta.personer.get(nummer);
  if (!dokument) {
    v.avvis('personFinnesIkke');
    return undefined;
  }
  const status = gjeldendeStatus(dokument);
  if (status === 'opphoert') v.avvis('personErOpphoert');
  else if ((krav.levende ?? true) && erDoed(dokument)) v.avvis('personErDoed');
  return dokument;
}

export function erDoed(dokument: Persondokument): boolean {
  return gjeldendeStatus(dokument) === 'doed' || dokument.doedsfall !== undefined;
}

/** The kind of the number the person uses now (`iBruk`). */
export function identifikatortypeIBruk(dokument: Persondokument): string | undefined {
  return gjeldende(dokument, 'identifikasjonsnummer').find((i) => i.status === 'iBruk')?.identifikatortype as string | undefined;
}

/** The numbers a message names, each once, for `behov.personnumre`. */
export function unike(...numre: (string | undefined)[]): string[] {
  return [...new Set(numre.filter((n): n is string => n !== undefined))];
}
