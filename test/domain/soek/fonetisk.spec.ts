import { describe, expect, it } from 'vitest';
import { fonetiskNoekkel } from '../../../src/domain/soek/fonetisk.ts';
import { navneord, normaliserAdressenavn, normaliserOrd } from '../../../src/domain/soek/normaliser.ts';

/** Spellings of one spoken name: every pair in a group must share a key. */
const sammeUttale: readonly (readonly string[])[] = [
  ['Kristian', 'Christian', 'Cristian'],
  ['Hansen', 'Hanssen'],
  ['Aase', 'Åse'],
  ['Thorsen', 'Torsen'],
  ['Pettersen', 'Petterson', 'Petersen', 'Peterssøn'],
  ['Nilsen', 'Nilssen', 'Nilsson'],
  ['Jakobsen', 'Jacobsen', 'Jacobson'],
  ['Karl', 'Carl'],
  ['Cecilie', 'Sesilie'],
  ['Sofie', 'Sophie'],
  ['Matias', 'Mathias', 'Matthias'],
  ['Vold', 'Wold'],
  ['Ødegård', 'Ødegaard', 'Oedegaard'],
  ['Mikkelsen', 'Michelsen'],
  ['Eriksen', 'Erichsen', 'Ericsen'],
  ['Knutsen', 'Knudsen'],
  ['Jon', 'John'],
  ['Jalmar', 'Hjalmar'],
  ['Vidsten', 'Hvidsten'],
  ['Jertsen', 'Gjertsen'],
  ['Seter', 'Sæther', 'Sether'],
  ['Sjelderup', 'Schjelderup'],
  ['Aksel', 'Axel'],
  ['Myller', 'Müller'],
  ['Kristoffer', 'Christopher'],
  ['Tomas', 'Thomas'],
  ['Lund', 'Lunn'],
];

/** Different names: no pair may share a key. */
const ulikeNavn: readonly (readonly [string, string])[] = [
  ['Hansen', 'Jensen'],
  ['Berg', 'Borg'],
  ['Olsen', 'Olesen'],
  ['Lise', 'Lisa'],
  ['Per', 'Pål'],
  ['Anne', 'Anna'],
  ['Hagen', 'Hagan'],
  ['Johansen', 'Johannessen'],
  ['Kari', 'Karin'],
  ['Ola', 'Ole'],
];

describe('the Norwegian phonetic key', () => {
  it.each(sammeUttale.map((navn) => [navn.join('/'), navn] as const))('gives one key to the spellings %s', (_, navn) => {
    const noekler = new Set(navn.map(fonetiskNoekkel));
    expect([...noekler], navn.join('/')).toHaveLength(1);
  });

  it.each(ulikeNavn)('keeps %s and %s apart', (a, b) => {
    expect(fonetiskNoekkel(a)).not.toBe(fonetiskNoekkel(b));
  });

  it('keys examples exactly as docs/soek.md shows them', () => {
    expect(fonetiskNoekkel('Christian')).toBe('kristian');
    expect(fonetiskNoekkel('Petterson')).toBe('petersen');
    expect(fonetiskNoekkel('Ødegaard')).toBe('ødegår');
    expect(fonetiskNoekkel('Hjalmar')).toBe('jalmar');
    expect(fonetiskNoekkel('Sæther')).toBe('seter');
  });

  it('ignores case and accents, as exact matching does', () => {
    expect(fonetiskNoekkel('RENÉ')).toBe(fonetiskNoekkel('rene'));
  });
});

describe('name and street normalisation', () => {
  it('folds case and foreign accents but keeps æ, ø and å', () => {
    expect(normaliserOrd('Ærlige')).toBe('ærlige');
    expect(normaliserOrd('ÅSE')).toBe('åse');
    expect(normaliserOrd('Bjørn')).toBe('bjørn');
    expect(normaliserOrd('José')).toBe('jose');
    expect(normaliserOrd('Müller')).toBe('myller');
    expect(normaliserOrd("O'Brien")).toBe('obrien');
    expect(normaliserOrd('Čáslav')).toBe('caslav');
  });

  it('splits hyphenated names into the whole and its parts', () => {
    expect(navneord('Anne-Lise  Marie')).toEqual(['anne-lise', 'anne', 'lise', 'marie']);
    expect(navneord(undefined)).toEqual([]);
  });

  it('collapses spaces in street names', () => {
    expect(normaliserAdressenavn('  Adolph   Bergs VEI ')).toBe('adolph bergs vei');
  });
});
