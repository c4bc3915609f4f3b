import { beforeAll, describe, expect, it } from 'vitest';
import { alderPaa } from '../../src/domain/tid.ts';
import { foedselsdato, gjeldende, gjeldendeStatus, gjeldendeVerdi } from '../../src/domain/person/persondokument.ts';
import { referansedata } from '../../src/synth/data/referansedata.ts';
import { genererKommandoer } from '../../src/synth/kommandoer/generer.ts';
import { lagPlan } from '../../src/synth/plan/plan.ts';
import { bruddPaaInvarianter } from './invarianter.ts';
import { Minneregister } from './minneregister.ts';

/**
 * A population of 10 000 residents decided and evolved by the pure core, without a database: every command is
 * accepted, the invariants hold, and the population looks like Norway in the ways the plan promises.
 */
describe('a generated population of 10 000, run through decide and evolve', () => {
  const register = new Minneregister();
  let bosatte: ReturnType<Minneregister['alle']>;
  beforeAll(() => {
    register.kjoer([...genererKommandoer(lagPlan({ antall: 10_000, seed: 'invarianter' }), referansedata())].flat());
    bosatte = register.alle().filter((p) => gjeldendeStatus(p.dokument) === 'bosatt');
  }, 60_000);

  it('is accepted command by command', () => {
    expect(register.avvist).toEqual([]);
  });

  it('keeps every invariant', () => {
    expect(bruddPaaInvarianter(register.alle(), { numre: false })).toEqual([]);
  });

  it('has every status the issue asks for', () => {
    const statuser = new Set(register.alle().map((p) => gjeldendeStatus(p.dokument)));
    for (const s of ['bosatt', 'doed', 'utflyttet', 'midlertidig', 'inaktiv', 'forsvunnet', 'ikkeBosatt', 'opphoert', 'foedselsregistrert']) {
      expect(statuser).toContain(s);
    }
  });

  it('marries, widows and divorces about as SSB counts adults (married ~38 %, divorced ~11 %, widowed ~5 %)', () => {
    const voksne = bosatte.filter((p) => alderPaa(foedselsdato(p.dokument)!, '2026-11-23') >= 18);
    const andel = (s: string) => voksne.filter((p) => gjeldendeVerdi(p.dokument, 'sivilstand')?.sivilstand === s).length / voksne.length;
    expect(andel('gift')).toBeGreaterThan(0.3);
    expect(andel('gift')).toBeLessThan(0.45);
    expect(andel('skilt')).toBeGreaterThan(0.05);
    expect(andel('enkeEllerEnkemann')).toBeGreaterThan(0.03);
    expect(andel('enkeEllerEnkemann')).toBeLessThan(0.08);
  });

  it('has about 17 % immigrants, and protected addresses, guardianships and shared residences in small numbers', () => {
    const antall = (f: (d: (typeof bosatte)[number]['dokument']) => boolean) => bosatte.filter((p) => f(p.dokument)).length;
    const innvandrere = antall((d) => gjeldende(d, 'innflytting').length > 0);
    expect(innvandrere / bosatte.length).toBeGreaterThan(0.13);
    expect(innvandrere / bosatte.length).toBeLessThan(0.21);
    expect(antall((d) => gjeldendeVerdi(d, 'adressebeskyttelse')?.graderingsnivaa === 'fortrolig')).toBeGreaterThan(0);
    expect(antall((d) => gjeldendeVerdi(d, 'adressebeskyttelse')?.graderingsnivaa === 'strengtFortrolig')).toBeGreaterThan(0);
    expect(antall((d) => gjeldende(d, 'vergemaalEllerFremtidsfullmakt').length > 0)).toBeGreaterThan(20);
    expect(antall((d) => gjeldende(d, 'deltBosted').length > 0)).toBeGreaterThan(20);
    expect(antall((d) => (d.navn?.length ?? 0) > 1)).toBeGreaterThan(500);
  });
});
