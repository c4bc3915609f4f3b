import { foedselsdato, gjeldende, gjeldendeVerdi, versjoner, type Persondokument } from '../../domain/person/persondokument.ts';

/**
 * Is a person asking for an identity number perhaps already in the register (FREG's `muligDublett`)? Same birth
 * date, a similar name (spelling, transliteration, order of the parts) and, when both are known, a shared
 * citizenship and the same sex. Pure, so it can be tested on its own; the thresholds are documented in
 * docs/meldingsregler.md.
 */
export interface Navn {
  readonly fornavn: string;
  readonly mellomnavn?: string;
  readonly etternavn: string;
}

export interface Identitetsopplysninger {
  readonly navn: Navn;
  readonly foedselsdato: string;
  readonly statsborgerskap?: readonly string[];
  readonly kjoenn?: string;
}

/** How alike two names must be to call it a possible duplicate. */
export const navnegrense = 0.85;

const translitterasjon: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ŋ: 'n', ŧ: 't' };

/** Lower case, Latin letters only: diacritics, hyphens and punctuation go, so `Bjørn-Åge` meets `BJORN AGE`. */
export function normaliser(navn: string): string[] {
  return navn
    .toLowerCase()
    .replace(/[æøåßđðþŋŧ]/g, (c) => translitterasjon[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter((d) => d.length > 0);
}

/** Jaro–Winkler similarity of two words, 0..1: forgiving of typos and transpositions, stricter at the start. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const vindu = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aTreff = new Array<boolean>(a.length).fill(false);
  const bTreff = new Array<boolean>(b.length).fill(false);
  let treff = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - vindu); j < Math.min(b.length, i + vindu + 1); j++) {
      if (!bTreff[j] && a[i] === b[j]) {
        aTreff[i] = bTreff[j] = true;
        treff++;
        break;
      }
    }
  }
  if (treff === 0) return 0;
  let k = 0;
  let omstillinger = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aTreff[i]) continue;
    while (!bTreff[k]) k++;
    if (a[i] !== b[k]) omstillinger++;
    k++;
  }
  const jaro = (treff / a.length + treff / b.length + (treff - omstillinger / 2) / treff) / 3;
  let prefiks = 0;
  while (prefiks < Math.min(4, a.length, b.length) && a[prefiks] === b[prefiks]) prefiks++;
  return jaro + prefiks * 0.1 * (1 - jaro);
}

/** Each word's best match in the other list, averaged both ways: order-blind, and a missing middle name costs less. */
function ordlikhet(a: readonly string[], b: readonly string[]): number {
  const retning = (x: readonly string[], y: readonly string[]) =>
    x.reduce((sum, ord) => sum + Math.max(0, ...y.map((o) => jaroWinkler(ord, o))), 0) / x.length;
  return (retning(a, b) + retning(b, a)) / 2;
}

/** Similarity of two whole names, 0..1. Given names and surnames may have been swapped or split differently. */
export function navnelikhet(a: Navn, b: Navn): number {
  const ord = (n: Navn) => normaliser([n.fornavn, n.mellomnavn ?? '', n.etternavn].join(' '));
  const [x, y] = [ord(a), ord(b)];
  if (!x.length || !y.length) return 0;
  // The surnames must resemble each other on their own (or both parts be swapped), or "Jan Kowalski" would match
  // "Jan Nowak" on the strength of the given name; the small margin lets a long whole-name score decide.
  const n = (tekst: string) => normaliser(tekst);
  const etternavn = ordlikhet(n(a.etternavn), n(b.etternavn));
  const byttet = Math.min(ordlikhet(n(a.etternavn), n(b.fornavn)), ordlikhet(n(a.fornavn), n(b.etternavn)));
  return Math.min(ordlikhet(x, y), Math.max(etternavn, byttet) + 0.05);
}

/** Every name the person has been registered with, including the original (untransliterated) one. */
function registrerteNavn(dokument: Persondokument): Navn[] {
  return versjoner(dokument, 'navn').flatMap((v) => {
    const navn = [v as unknown as Navn];
    if (v.originaltNavn) navn.push(v.originaltNavn as Navn);
    return navn;
  });
}

export function erMuligDublett(kandidat: Identitetsopplysninger, dokument: Persondokument): boolean {
  if (foedselsdato(dokument) !== kandidat.foedselsdato) return false;
  const kjoenn = gjeldendeVerdi(dokument, 'kjoenn')?.kjoenn;
  if (kandidat.kjoenn && kjoenn && kandidat.kjoenn !== 'ukjent' && kandidat.kjoenn !== kjoenn) return false;
  const borgerskap = gjeldende(dokument, 'statsborgerskap').map((s) => String(s.statsborgerskap));
  const ukjent = (liste: readonly string[] | undefined) => !liste?.length || liste.includes('XXX');
  if (!ukjent(kandidat.statsborgerskap) && !ukjent(borgerskap) && !kandidat.statsborgerskap!.some((s) => borgerskap.includes(s))) return false;
  return registrerteNavn(dokument).some((n) => navnelikhet(kandidat.navn, n) >= navnegrense);
}

/** The registered persons the candidate may be (from `fakta.kandidater`, the persons born on that date). */
export function mulige(kandidat: Identitetsopplysninger, kandidater: readonly Persondokument[]): Persondokument[] {
  return kandidater.filter((d) => erMuligDublett(kandidat, d));
}
