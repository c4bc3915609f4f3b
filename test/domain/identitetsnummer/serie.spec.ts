import { describe, expect, it } from 'vitest';
import { kandidat, klassifiser, reglerForTildeling, serielengde, serienokkel, type Tildelingsspesifikasjon } from '../../../src/domain/identitetsnummer/index.ts';
import { aarFraIndividnummer, individnumre } from '../../../src/domain/identitetsnummer/individnummerserier.ts';

const spec = (s: Partial<Tildelingsspesifikasjon> & { foedselsdato: string }): Tildelingsspesifikasjon => ({
  dNummer: false, regler: '1964', syntetisk: false, ...s,
});
const alle = (s: Tildelingsspesifikasjon) => Array.from({ length: serielengde(s) }, (_, p) => kandidat(s, p)!);

describe('the candidate series', () => {
  it('follows the worked examples of the 2032 rules (§7.4): 999 first, every k1 variant before the next', () => {
    expect(kandidat(spec({ foedselsdato: '2032-01-02', regler: '2032' }), 0)).toBe('02013299997');
    const s = spec({ foedselsdato: '1982-10-30', regler: '2032' });
    expect([kandidat(s, 0), kandidat(s, 1)]).toEqual(['30108299920', '30108299939']);
  });

  it('counts the individnummer down under the 1964 rules, with the sex digit asked for', () => {
    const kvinner = alle(spec({ foedselsdato: '2000-01-01', kjoenn: 'kvinne', syntetisk: true }));
    const individ = kvinner.map((n) => Number(n.slice(6, 9)));
    expect(individ[0]).toBe(998);
    expect(individ).toEqual([...individ].sort((a, b) => b - a));
    expect(new Set(individ.map((i) => i % 2))).toEqual(new Set([0]));
    expect(individ.at(-1)).toBeGreaterThanOrEqual(500);
    expect(kvinner.every((n) => klassifiser(n).kjoenn === 'kvinne' && n.slice(0, 6) === '018100')).toBe(true);
  });

  it('holds each usable number once and nothing past its end', () => {
    for (const s of [
      spec({ foedselsdato: '1950-06-15', kjoenn: 'mann' }),
      spec({ foedselsdato: '1950-06-15' }),
      spec({ foedselsdato: '1870-03-01', dNummer: true, regler: '2032', syntetisk: true }),
    ]) {
      const numre = alle(s);
      expect(new Set(numre).size).toBe(numre.length);
      expect(numre.every((n) => klassifiser(n, '2026-11-23').gyldig)).toBe(true);
      expect(kandidat(s, numre.length)).toBeUndefined();
      expect(kandidat(s, -1)).toBeUndefined();
    }
    // 1950: 499–000 and 999–900, both sexes: 600 individnummer less those whose k1 or k2 would be 10.
    expect(serielengde(spec({ foedselsdato: '1950-06-15' }))).toBeGreaterThan(450);
    expect(serielengde(spec({ foedselsdato: '1853-12-31' }))).toBe(0);
    expect(serielengde(spec({ foedselsdato: '1856-01-01', dNummer: true }))).toBe(0); // D-series start 1858 (§7.2)
  });

  it('names series apart by kind, rules, synthetic, date and (1964 only) sex', () => {
    expect(serienokkel(spec({ foedselsdato: '2000-01-01', kjoenn: 'kvinne', syntetisk: true }))).toBe('fnr:1964:syntetisk:2000-01-01:kvinne');
    expect(serienokkel(spec({ foedselsdato: '2000-01-01' }))).toBe('fnr:1964:reell:2000-01-01:begge');
    expect(serienokkel(spec({ foedselsdato: '2000-01-01', kjoenn: 'mann', dNummer: true, regler: '2032' }))).toBe('dnr:2032:reell:2000-01-01');
  });

  it('refuses a spec whose birth date does not exist (a bug at the edge)', () => {
    expect(() => kandidat(spec({ foedselsdato: '2001-02-29' }), 0)).toThrow(RangeError);
  });
});

describe('the individnummer series tables (§7.1, §7.2)', () => {
  it('give back the birth year of every individnummer they hand out, so the century is encoded', () => {
    const feil: string[] = [];
    for (const type of ['foedselsnummer', 'dNummer'] as const) {
      for (let aar = 1854; aar <= 2039; aar++) {
        for (const i of individnumre(aar, type)) if (aarFraIndividnummer(i, aar % 100, type) !== aar) feil.push(`${type} ${aar} ${i}`);
      }
    }
    expect(feil).toEqual([]);
  });
});

describe('reglerForTildeling', () => {
  it('issues under the 1964 rules before the switch date and under the 2032 rules from it', () => {
    expect(reglerForTildeling('2031-12-31', '2032-01-01')).toBe('1964');
    expect(reglerForTildeling('2032-01-01', '2032-01-01')).toBe('2032');
    expect(reglerForTildeling('2026-11-23', '2026-01-01')).toBe('2032');
  });
});
