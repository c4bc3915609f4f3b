import type { Prng } from './prng.ts';

/**
 * Calendar arithmetic for the plan: dates as `YYYY-MM-DD` (they compare as strings) and as whole days since
 * 1970-01-01 (UTC, so no time zone or daylight saving shifts a date).
 */
const msPerDag = 86_400_000;
export const dagerPerAar = 365.2425;

export function dagnummer(dato: string): number {
  return Date.parse(`${dato}T00:00:00Z`) / msPerDag;
}

export function somDato(dag: number): string {
  return new Date(Math.floor(dag) * msPerDag).toISOString().slice(0, 10);
}

/** The date `aar` years (fractions allowed) after `dato`. */
export function plussAar(dato: string, aar: number): string {
  return somDato(dagnummer(dato) + Math.round(aar * dagerPerAar));
}

/** The day `alder` whole years after a birth date (29 February falls back to 28 February). */
export function aarsdag(foedselsdato: string, alder: number): string {
  const aar = Number(foedselsdato.slice(0, 4)) + alder;
  const dato = `${String(aar).padStart(4, '0')}${foedselsdato.slice(4)}`;
  return dato.endsWith('02-29') && !(aar % 4 === 0 && (aar % 100 !== 0 || aar % 400 === 0)) ? `${aar}-02-28` : dato;
}

/** Years between two dates, with fractions. */
export function aarMellom(fra: string, til: string): number {
  return (dagnummer(til) - dagnummer(fra)) / dagerPerAar;
}

/** A date uniformly in [fra, til]; `fra` when the range is empty. */
export function datoMellom(prng: Prng, fra: string, til: string): string {
  const a = dagnummer(fra);
  const b = dagnummer(til);
  return b <= a ? fra : somDato(a + prng.heltall(b - a + 1));
}

export const tidligst = (...datoer: string[]): string => datoer.reduce((a, b) => (b < a ? b : a));
export const senest = (...datoer: string[]): string => datoer.reduce((a, b) => (b > a ? b : a));
