import { idnr } from '@navikt/fnrvalidator';
import fc from 'fast-check';
import { NorwegianId } from 'norwegian-national-id-validator';
import { describe, expect, it } from 'vitest';
import { kandidat, klassifiser, serielengde, type Klassifisering, type Tildelingsspesifikasjon } from '../../../src/domain/identitetsnummer/index.ts';
import { kontrollrester } from '../../../src/domain/identitetsnummer/kontrollsiffer.ts';
import { lagNummer } from './lag-nummer.ts';

/**
 * Our reading against two published validators:
 * - `@navikt/fnrvalidator` 2.2: control digits with k1 remainder 0–3 (both rule sets), the date checked strictly
 *   with year `1900 + yy` ('00' as 2000). Its types map to ours: `fnr` = real fødselsnummer, `tnr` = month + 80
 *   (syntetiskKilde skatteetaten), `hnr` = month + 40 (navEllerHnummer), `dnr` = real D-number, `dnr-and-tnr` and
 *   `dnr-and-hnr` = synthetic D-numbers. It knows no centuries, so it accepts 29.02.1900, which we refuse.
 * - `norwegian-national-id-validator` 3.1: the 1964 rules only, century from the individnummer as §7.1, refusing birth
 *   dates after today; we compare real 1964-rule fødselsnumre born by `FORBI`.
 */
const IDAG = '2026-11-23';
const FORBI = '2025-12-31';
const RUNS = 30_000;

const dagnummer = (dato: string) => Date.parse(`${dato}T00:00:00Z`) / 86_400_000;
const foedselsdato = fc
  .integer({ min: dagnummer('1854-01-01'), max: dagnummer('2039-12-31') })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const spec: fc.Arbitrary<Tildelingsspesifikasjon> = fc.record({
  foedselsdato,
  kjoenn: fc.constantFrom('kvinne' as const, 'mann' as const),
  dNummer: fc.boolean(),
  regler: fc.constantFrom('1964' as const, '2032' as const),
  syntetisk: fc.boolean(),
});
const trukket = fc
  .tuple(spec, fc.nat())
  .filter(([s]) => serielengde(s) > 0) // D-number series begin in 1858 (§7.2)
  .map(([s, p]) => ({ spec: s, nummer: kandidat(s, p % serielengde(s))! }));

const naviktType = (k: Klassifisering) => {
  const tillegg = k.syntetiskKilde === 'skatteetaten' ? 'tnr' : k.syntetiskKilde === 'navEllerHnummer' ? 'hnr' : undefined;
  if (k.type === 'dNummer') return tillegg ? `dnr-and-${tillegg}` : 'dnr';
  return tillegg ?? 'fnr';
};

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('candidates from the series, over birth dates 1854–2039, both sexes, fnr and dnr, both rules, real and synthetic', () => {
  it('are valid numbers of the kind asked for, and both validators agree', () => {
    const hundreAarFoer = `${Number(IDAG.slice(0, 4)) - 100}${IDAG.slice(4)}`;
    fc.assert(
      fc.property(trukket, ({ spec: s, nummer }) => {
        const k = klassifiser(nummer, IDAG);
        const rest = kontrollrester(Array.from(nummer, Number)).k1;
        // The day, month and two-digit year always; the century wherever it is encoded or our rule gets it right.
        const lesbar = rest === 0 ? !s.dNummer || s.foedselsdato <= IDAG : s.foedselsdato <= IDAG && s.foedselsdato > hundreAarFoer;
        const lib = s.regler === '1964' && !s.syntetisk && !s.dNummer && s.foedselsdato <= FORBI ? NorwegianId(nummer) : undefined;
        expect({
          gyldig: k.gyldig,
          type: k.type,
          syntetisk: k.syntetisk,
          regler: k.regler,
          kjoenn: s.regler === '1964' || k.regler === '2032' ? k.kjoenn : 'ikke sjekket',
          foedselsdato: lesbar ? k.foedselsdato : k.foedselsdato?.slice(2),
          navikt: idnr(nummer),
          norwegianNationalIdValidator: lib && { gyldig: lib.isValid(), mann: lib.isMale(), foedselsdato: iso(lib.birthDate()!) },
        }).toEqual({
          gyldig: true,
          type: s.dNummer ? 'dNummer' : 'foedselsnummer',
          syntetisk: s.syntetisk,
          regler: s.regler === '1964' || rest === 0 ? '1964' : '2032',
          kjoenn: s.regler === '1964' ? s.kjoenn : k.regler === '2032' ? undefined : 'ikke sjekket',
          foedselsdato: lesbar ? s.foedselsdato : s.foedselsdato.slice(2),
          navikt: { status: 'valid', type: naviktType(k) },
          norwegianNationalIdValidator: lib && { gyldig: true, mann: s.kjoenn === 'mann', foedselsdato: s.foedselsdato },
        });
      }),
      { numRuns: RUNS },
    );
  });
});

// Any first nine digits, day and month drawn where numbers live (real, D, +40, +80) and around them, completed with
// control digits for a k1 remainder 0–3 and, one time in four, with one digit changed afterwards.
const nummer = fc
  .record({
    dag: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 41, max: 71 }), fc.integer({ min: 0, max: 99 })),
    mnd: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 81, max: 92 }), fc.integer({ min: 41, max: 52 }), fc.integer({ min: 0, max: 99 })),
    aar: fc.integer({ min: 0, max: 99 }),
    individ: fc.integer({ min: 0, max: 999 }),
    rest: fc.integer({ min: 0, max: 3 }),
    endring: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 3 },
      { arbitrary: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 9 })), weight: 1 },
    ),
  })
  .map(({ dag, mnd, aar, individ, rest, endring }) => {
    const n = lagNummer(to(dag) + to(mnd) + to(aar) + String(individ).padStart(3, '0'), rest);
    if (!n || !endring) return n;
    return n.slice(0, endring[0]) + endring[1] + n.slice(endring[0] + 1);
  })
  .filter((n): n is string => n !== undefined);

describe('any 11 digits', () => {
  it('are valid for us exactly when @navikt/fnrvalidator says so, but for 29 February 1900', () => {
    fc.assert(
      fc.property(nummer, (n) => {
        const k = klassifiser(n, IDAG);
        const nav = idnr(n);
        if (k.gyldig) expect(nav).toEqual({ status: 'valid', type: naviktType(k) });
        else if (nav.status === 'valid') {
          expect(k.feil).toBe('Umulig dato: 29. februar i et år som ikke er skuddår');
          expect(n.slice(4, 6)).toBe('00');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('agree with norwegian-national-id-validator on real fødselsnumre under the 1964 rules', () => {
    const fnrFormet = nummer.filter((n) => n[0]! <= '3' && n[2]! <= '1');
    fc.assert(
      fc.property(fnrFormet, (n) => {
        const k = klassifiser(n, IDAG);
        const id = NorwegianId(n);
        if (!k.gyldig) expect(id.isValid()).toBe(false);
        else if (k.regler === '1964' && k.foedselsdato! <= FORBI) {
          expect(id.isValid()).toBe(true);
          expect(id.isFemale()).toBe(k.kjoenn === 'kvinne');
          expect(iso(id.birthDate()!)).toBe(k.foedselsdato);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

function to(n: number): string {
  return String(n).padStart(2, '0');
}
