import { describe, expect, it } from 'vitest';
import { foedselsdato, folkeregisteridentifikator, gjeldendeStatus, gjeldendeVerdi } from '../../src/domain/person/persondokument.ts';
import { alderPaa } from '../../src/domain/tid.ts';
import { referansedata } from '../../src/synth/data/referansedata.ts';
import { genererKommandoer } from '../../src/synth/kommandoer/generer.ts';
import { Prng } from '../../src/synth/prng.ts';
import { lagPlan } from '../../src/synth/plan/plan.ts';
import { hendelserPerAar, hendelsesvelger } from '../../src/synth/simulering/hendelsesvalg.ts';
import { livshendelse } from '../../src/synth/simulering/livshendelser.ts';
import { somKommando } from '../../src/synth/simulering/som-kommando.ts';
import { Minneregister } from './minneregister.ts';

describe('the life-event simulation', () => {
  const data = referansedata();

  it('draws events in the proportions of SSB’s yearly figures', () => {
    const aarlig = hendelserPerAar(data);
    const sum = Object.values(aarlig).reduce((a, b) => a + b, 0);
    const velger = hendelsesvelger(data);
    const prng = Prng.fra('velger');
    const n = 200_000;
    const telling = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const t = velger.trekk(prng);
      telling.set(t, (telling.get(t) ?? 0) + 1);
    }
    for (const [type, antall] of Object.entries(aarlig)) {
      // Binomial spread: within five standard deviations of the expected count.
      const p = antall / sum;
      expect(Math.abs((telling.get(type) ?? 0) - n * p)).toBeLessThan(5 * Math.sqrt(n * p * (1 - p)));
    }
    expect(aarlig.foedsel).toBe(55_401);
    expect(aarlig.doedsfall).toBe(43_803);
  });

  it('makes commands the register accepts, for persons of a generated population', () => {
    const register = new Minneregister();
    register.kjoer([...genererKommandoer(lagPlan({ antall: 1500, seed: 'simulering' }), data)].flat());
    const prng = Prng.fra('simulering');
    const velger = hendelsesvelger(data);
    const unike = () => [...new Map([...register.personer.values()].map((p) => [p.personId, p])).values()];
    let registrert = 0;
    for (let runde = 0; runde < 20; runde++) {
      const kandidater = prng.stokk(unike()).slice(0, 80).map((p) => ({ nummer: folkeregisteridentifikator(p.dokument), dokument: p.dokument }));
      const kontekst = { data, prng, idag: '2026-11-23', kandidater, brukt: new Set<string>() };
      for (let i = 0; i < 10; i++) {
        const hendelse = livshendelse(velger.trekk(prng), kontekst);
        if (!hendelse) continue;
        register.kjoer([{ kommando: somKommando(hendelse) }]);
        registrert++;
      }
    }
    expect(registrert).toBeGreaterThan(150);
    expect(register.avvist).toEqual([]);
  });

  it('gives a married mother’s child her husband as father, and no father when she is married to a woman', () => {
    const register = new Minneregister();
    register.kjoer([...genererKommandoer(lagPlan({ antall: 1500, seed: 'simulering' }), data)].flat());
    const idag = '2026-11-23';
    const mor = [...register.personer.values()].find((p) => {
      const alder = alderPaa(foedselsdato(p.dokument)!, idag);
      return gjeldendeVerdi(p.dokument, 'kjoenn')?.kjoenn === 'kvinne' && gjeldendeStatus(p.dokument) === 'bosatt' && alder >= 25 && alder <= 40 &&
        gjeldendeVerdi(p.dokument, 'sivilstand')?.sivilstand === 'gift';
    })!;
    const ektefelle = String(gjeldendeVerdi(mor.dokument, 'sivilstand')!.relatertVedSivilstand);
    const foedsel = (ektefellesKjoenn: 'kvinne' | 'mann') => {
      const kandidater = [{ nummer: folkeregisteridentifikator(mor.dokument), dokument: mor.dokument, ektefellesKjoenn }];
      return livshendelse('foedsel', { data, prng: Prng.fra('foedsel'), idag, kandidater, brukt: new Set<string>() });
    };
    expect(foedsel('mann')).toMatchObject({ type: 'foedsel', far: ektefelle });
    expect(foedsel('kvinne')).toMatchObject({ type: 'foedsel', far: undefined });
  });
});
