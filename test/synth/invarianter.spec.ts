import { beforeAll, describe, expect, it } from 'vitest';
import { alleIdentifikatorer, gjeldende, gjeldendeStatus, gjeldendeVerdi, versjoner } from '../../src/domain/person/persondokument.ts';
import { referansedata } from '../../src/synth/data/referansedata.ts';
import { genererKommandoer } from '../../src/synth/kommandoer/generer.ts';
import { lagPlan } from '../../src/synth/plan/plan.ts';
import { befolkningsmaal, type Befolkningsmaal } from './befolkningsmaal.ts';
import { bruddPaaInvarianter } from './invarianter.ts';
import { Minneregister } from './minneregister.ts';

/**
 * A population of 10 000 residents decided and evolved by the pure core, without a database: every command is
 * accepted, the invariants hold, and the population looks like Norway in the ways the plan promises.
 */
describe('a generated population of 10 000, run through decide and evolve', () => {
  const register = new Minneregister();
  let bosatte: ReturnType<Minneregister['alle']>;
  let maal: Befolkningsmaal;
  beforeAll(() => {
    register.kjoer([...genererKommandoer(lagPlan({ antall: 10_000, seed: 'invarianter' }), referansedata())].flat());
    bosatte = register.alle().filter((p) => gjeldendeStatus(p.dokument) === 'bosatt');
    maal = befolkningsmaal(register.alle().map((p) => p.dokument));
  }, 120_000);

  it('is accepted command by command', () => {
    expect(register.avvist).toEqual([]);
  });

  it('keeps every invariant', () => {
    expect(bruddPaaInvarianter(register.alle(), { numre: false })).toEqual([]);
  });

  it('has every status the issue asks for, the rare ones in small numbers', () => {
    const { status } = maal;
    for (const s of ['bosatt', 'doed', 'utflyttet', 'midlertidig', 'inaktiv', 'forsvunnet', 'ikkeBosatt', 'opphoert', 'foedselsregistrert']) {
      expect(status[s]).toBeGreaterThan(0);
    }
    for (const s of ['forsvunnet', 'ikkeBosatt', 'opphoert', 'foedselsregistrert']) expect(status[s]).toBeLessThan(100);
    expect(status.doed! / status.bosatt!).toBeGreaterThan(0.05);
    expect(status.doed! / status.bosatt!).toBeLessThan(0.2);
  });

  it('marries, widows and divorces about as SSB counts adults (married ~38 %, divorced ~11 %, widowed ~5 %)', () => {
    const { sivilstand } = maal;
    expect(sivilstand.gift).toBeGreaterThan(0.3);
    expect(sivilstand.gift).toBeLessThan(0.45);
    expect(sivilstand.skilt).toBeGreaterThan(0.09);
    expect(sivilstand.skilt).toBeLessThan(0.13);
    expect(sivilstand.enkeEllerEnkemann).toBeGreaterThan(0.03);
    expect(sivilstand.enkeEllerEnkemann).toBeLessThan(0.08);
    // Most immigrants document their marital status on arrival.
    expect(sivilstand.uoppgitt ?? 0).toBeLessThan(0.02);
  });

  it('has couples of two women and of two men, registered partners among them, and co-mothers', () => {
    const kjoenn = new Map(register.alle().flatMap((p) => alleIdentifikatorer(p.dokument).map((n) => [n, gjeldendeVerdi(p.dokument, 'kjoenn')?.kjoenn])));
    const likekjoennet = { kvinne: 0, mann: 0 };
    for (const { dokument } of bosatte) {
      const s = gjeldendeVerdi(dokument, 'sivilstand');
      const egen = gjeldendeVerdi(dokument, 'kjoenn')?.kjoenn as 'kvinne' | 'mann';
      if ((s?.sivilstand === 'gift' || s?.sivilstand === 'registrertPartner') && kjoenn.get(String(s.relatertVedSivilstand)) === egen) likekjoennet[egen]++;
    }
    const gifte = (maal.sivilstand.gift! + (maal.sivilstand.registrertPartner ?? 0)) * maal.voksne;
    // SSB: about 1.5 % of marriages since 2009, more often two women than two men; older couples are partners.
    expect(likekjoennet.kvinne + likekjoennet.mann).toBeGreaterThan(0.003 * gifte);
    expect(likekjoennet.kvinne + likekjoennet.mann).toBeLessThan(0.03 * gifte);
    expect(likekjoennet.mann).toBeGreaterThan(0);
    expect(likekjoennet.kvinne).toBeGreaterThan(likekjoennet.mann / 2);
    expect(maal.sivilstand.registrertPartner).toBeGreaterThan(0);
    const medmor = bosatte.filter((p) => gjeldende(p.dokument, 'familierelasjon').some((r) => r.relatertPersonsRolle === 'medmor'));
    expect(medmor.length).toBeGreaterThan(0);
  });

  it('links adults born here to their parents, and the parents to them', () => {
    expect(maal.voksneMedForeldre).toBeGreaterThan(0.3);
    expect(maal.ungeVoksneMedForeldre).toBeGreaterThan(0.5);
  });

  it('gives a strengtFortrolig person no residential address at all, only the secretariat’s postal address', () => {
    const strengt = register.alle().filter((p) => gjeldendeVerdi(p.dokument, 'adressebeskyttelse')?.graderingsnivaa === 'strengtFortrolig');
    expect(strengt.length).toBeGreaterThan(0);
    for (const { dokument } of strengt) {
      expect(versjoner(dokument, 'bostedsadresse')).toEqual([]);
      expect(versjoner(dokument, 'deltBosted')).toEqual([]);
      expect(gjeldendeVerdi(dokument, 'postadresse')?.postboksadresse).toMatchObject({ postbokseier: 'Sekretariatet for strengt fortrolig adresse' });
    }
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
