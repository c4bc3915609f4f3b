import type { Vurderer } from './vurdering.ts';

/**
 * Dates of facts (births, deaths, marriages, moves) cannot lie after today (law § 8-2 formal control); the XSD has
 * already checked that each is a real date. A fact reported ahead of time is refused, not held: the producer
 * reports it again when it has happened.
 */
export function ikkeFremITid(v: Vurderer, idag: string, ...datoer: (string | undefined)[]): void {
  if (datoer.some((d) => d !== undefined && d > idag)) v.avvis('datoFremITid');
}
