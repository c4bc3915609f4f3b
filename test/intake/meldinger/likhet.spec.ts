import { describe, expect, it } from 'vitest';
import type { Kommando } from '../../../src/domain/kommando/kommando.ts';
import { erMuligDublett, jaroWinkler, navnegrense, navnelikhet, normaliser } from '../../../src/intake/meldinger/likhet.ts';
import { Verden } from '../../support/decider.ts';

const person = (fornavn: string, etternavn: string, statsborgerskap = ['POL'], kjoenn: 'kvinne' | 'mann' = 'mann') => {
  const verden = new Verden(['44848099993']);
  const k: Kommando = { type: 'opprettPerson', grunnlag: 'dNummer', foedselsdato: '1980-04-04', kjoenn, navn: { fornavn, etternavn }, statsborgerskap };
  verden.gitt(k);
  return verden.person('44848099993').dokument;
};

describe('name similarity', () => {
  it('normalises Norwegian and other diacritics, case and punctuation', () => {
    expect(normaliser('Bjørn-Åge  ÆRØ')).toEqual(['bjorn', 'age', 'aero']);
    expect(normaliser('José Müller')).toEqual(['jose', 'muller']);
  });

  it('scores Jaro–Winkler as the literature does', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('finds the same name spelt differently, in another order or without a middle name', () => {
    const jan = { fornavn: 'Jan', etternavn: 'Kowalski' };
    expect(navnelikhet(jan, { fornavn: 'JAN', etternavn: 'KOWALSKI' })).toBe(1);
    expect(navnelikhet(jan, { fornavn: 'Jan', etternavn: 'Kowalsky' })).toBeGreaterThan(0.9);
    expect(navnelikhet(jan, { fornavn: 'Kowalski', etternavn: 'Jan' })).toBeGreaterThan(0.9);
    expect(navnelikhet(jan, { fornavn: 'Jan', mellomnavn: 'Piotr', etternavn: 'Kowalski' })).toBeGreaterThan(0.85);
  });

  it('keeps different people apart, even when their names share the parts', () => {
    expect(navnelikhet({ fornavn: 'Jan', etternavn: 'Kowalski' }, { fornavn: 'Anna', etternavn: 'Nowak' })).toBeLessThan(0.8);
    expect(navnelikhet({ fornavn: 'Jan', etternavn: 'Kowalski' }, { fornavn: 'Jan', etternavn: 'Nowak' })).toBeLessThan(navnegrense);
    expect(navnelikhet({ fornavn: 'Ola', etternavn: 'Hansen' }, { fornavn: 'Hans', etternavn: 'Olsen' })).toBeLessThan(navnegrense);
    expect(navnelikhet({ fornavn: 'Mohammed', etternavn: 'Ali' }, { fornavn: 'Muhammad', etternavn: 'Ali' })).toBeGreaterThan(navnegrense);
  });
});

describe('possible duplicate (muligDublett)', () => {
  const kandidat = { navn: { fornavn: 'Jan', etternavn: 'Kowalsky' }, foedselsdato: '1980-04-04', statsborgerskap: ['POL'], kjoenn: 'mann' };

  it('is a registered person with the same birth date, a similar name and a shared citizenship', () => {
    expect(erMuligDublett(kandidat, person('Jan', 'Kowalski'))).toBe(true);
  });

  it('is not someone born another day, of another citizenship or sex, or with another name', () => {
    expect(erMuligDublett({ ...kandidat, foedselsdato: '1980-04-05' }, person('Jan', 'Kowalski'))).toBe(false);
    expect(erMuligDublett(kandidat, person('Jan', 'Kowalski', ['DEU']))).toBe(false);
    expect(erMuligDublett(kandidat, person('Jan', 'Kowalski', ['POL'], 'kvinne'))).toBe(false);
    expect(erMuligDublett(kandidat, person('Piotr', 'Nowak'))).toBe(false);
  });

  it('treats an unknown citizenship or sex as no evidence either way', () => {
    expect(erMuligDublett({ ...kandidat, statsborgerskap: [], kjoenn: 'ukjent' }, person('Jan', 'Kowalski', ['DEU']))).toBe(true);
  });
});
