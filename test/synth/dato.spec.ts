import { describe, expect, it } from 'vitest';
import { dagnummer, somDato } from '../../src/synth/dato.ts';

const msPerDag = 86_400_000;
const viaDate = (dag: number) => new Date(dag * msPerDag).toISOString().slice(0, 10);

describe('calendar arithmetic', () => {
  it('agrees with Date on every day from year 0000 to 9999', () => {
    const foerst = Date.parse('0000-01-01T00:00:00Z') / msPerDag;
    const sist = Date.parse('9999-12-31T00:00:00Z') / msPerDag;
    const avvik: string[] = [];
    for (let dag = foerst; dag <= sist; dag++) {
      const dato = viaDate(dag);
      if (somDato(dag) !== dato || dagnummer(dato) !== dag) avvik.push(`${dag} ${dato} ${somDato(dag)} ${dagnummer(dato)}`);
    }
    expect(avvik.slice(0, 5)).toEqual([]);
    expect(sist - foerst + 1).toBe(3_652_425);
  });

  it('takes the whole part of a fractional day and counts leap days', () => {
    expect(somDato(0.99)).toBe('1970-01-01');
    expect(somDato(-0.5)).toBe('1969-12-31');
    expect(dagnummer('2000-03-01') - dagnummer('2000-02-28')).toBe(2);
    expect(dagnummer('1900-03-01') - dagnummer('1900-02-28')).toBe(1);
  });

  it('refuses a day that is no number rather than write a date of NaN', () => {
    expect(() => somDato(Number.NaN)).toThrow(RangeError);
    expect(() => somDato(dagnummer('') + 1)).toThrow(RangeError);
  });
});
