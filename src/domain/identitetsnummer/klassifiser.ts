import { Identifikatortype, Kjoenn } from '../persondokument/kodeverk.ts';
import { erGyldigDato, osloDato } from '../tid.ts';
import { aarFraIndividnummer } from './individnummerserier.ts';
import { Regler, SyntetiskKilde, type Klassifisering } from './klassifisering.ts';
import { kontrollrester } from './kontrollsiffer.ts';

/** The first month digit: 0–1 a real month, 4–5 plus 40 (NAV or H-number), 8–9 plus 80 (Skatteetaten) — §7.5. */
function maanedskoding(m1: number): { tillegg: number; kilde?: SyntetiskKilde } | undefined {
  if (m1 <= 1) return { tillegg: 0 };
  if (m1 === 4 || m1 === 5) return { tillegg: 40, kilde: SyntetiskKilde.navEllerHnummer };
  if (m1 >= 8) return { tillegg: 80, kilde: SyntetiskKilde.skatteetaten };
  return undefined;
}

const to = (n: number) => String(n).padStart(2, '0');

/**
 * Validates and reads an identity number (law § 2-2, spec §7). Stricter than Skatteetaten's reference validator in
 * one way the spec allows (§7.4 caveat): the date must exist in the century the number gives, so 31 February and
 * 29 February 1900 are refused. `idag` only matters where the century is not encoded (see `foedselsaar`); it defaults
 * to today's date in Norway, the one place this module reads the clock.
 */
export function klassifiser(nummer: string, idag: string = osloDato(new Date())): Klassifisering {
  if (!/^\d{11}$/.test(nummer)) {
    return { nummer, gyldig: false, type: Identifikatortype.foedselsnummer, regler: Regler.fra1964, syntetisk: false, feil: 'Må være 11 siffer' };
  }
  const s = (i: number) => nummer.charCodeAt(i) - 48;
  // First digit 4–7: a D-number, day + 40 (§7.2). 8–9 would be an FH-number, which is no fnr/dnr: its day fails below.
  const type = s(0) >= 4 ? Identifikatortype.dNummer : Identifikatortype.foedselsnummer;
  const maaned = maanedskoding(s(2));
  const rester = kontrollrester(Array.from(nummer, Number));
  const grunn = {
    type,
    regler: rester.k1 >= 1 && rester.k1 <= 3 ? Regler.fra2032 : Regler.fra1964,
    syntetisk: maaned?.kilde !== undefined,
    ...(maaned?.kilde ? { syntetiskKilde: maaned.kilde } : {}),
  };
  if (rester.k1 > 3 || rester.k2 !== 0) return { nummer, gyldig: false, ...grunn, feil: 'Ugyldig kontrollsiffer' };

  const dag = s(0) * 10 + s(1) - (type === Identifikatortype.dNummer ? 40 : 0);
  const mnd = maaned ? s(2) * 10 + s(3) - maaned.tillegg : 0;
  if (dag < 1 || dag > 31 || mnd < 1 || mnd > 12) return { nummer, gyldig: false, ...grunn, feil: 'Umulig dato' };
  const individnummer = s(6) * 100 + s(7) * 10 + s(8);
  const aar = foedselsaar(rester.k1, individnummer, s(4) * 10 + s(5), `${to(mnd)}-${to(dag)}`, type, idag);
  const foedselsdato = `${aar.aar}-${to(mnd)}-${to(dag)}`;
  if (!erGyldigDato(foedselsdato)) {
    const feil = dag === 29 && mnd === 2 ? 'Umulig dato: 29. februar i et år som ikke er skuddår' : 'Umulig dato';
    return { nummer, gyldig: false, ...grunn, regler: aar.regler, feil };
  }
  return {
    nummer,
    gyldig: true,
    ...grunn,
    regler: aar.regler,
    foedselsdato,
    aarhundreSikkert: aar.sikker,
    ...(aar.regler === Regler.fra1964 ? { kjoenn: s(8) % 2 === 0 ? Kjoenn.kvinne : Kjoenn.mann } : {}),
  };
}

/**
 * The birth year. Under the 1964 rules (k1 remainder 0) the individnummer series give it (§7.1, §7.2). A remainder-0
 * number that fits no series can only have been issued under the 2032 rules, so it is read as one (no sex, no
 * century). Where the century is not encoded — 2032-rule numbers (§7.4) — or not reliable — D-numbers, whose series
 * were widened in 2021 (§7.2), so older D-numbers may follow other ranges — we take the most recent year ending in
 * those two digits whose birth date is not after `idag`; a D-number's series year is kept when it is not in the future.
 */
function foedselsaar(
  restK1: number,
  individnummer: number,
  aar2: number,
  mmdd: string,
  type: Identifikatortype,
  idag: string,
): { aar: number; regler: Regler; sikker: boolean } {
  const fraSerie = restK1 === 0 ? aarFraIndividnummer(individnummer, aar2, type) : undefined;
  if (fraSerie !== undefined && type === Identifikatortype.foedselsnummer) {
    return { aar: fraSerie, regler: Regler.fra1964, sikker: true };
  }
  if (fraSerie !== undefined && `${fraSerie}-${mmdd}` <= idag) return { aar: fraSerie, regler: Regler.fra1964, sikker: false };
  let aar = Math.floor(Number(idag.slice(0, 4)) / 100) * 100 + aar2;
  if (`${aar}-${mmdd}` > idag) aar -= 100;
  return { aar, regler: fraSerie === undefined ? Regler.fra2032 : Regler.fra1964, sikker: false };
}
