import { beforeAll, describe, expect, it } from 'vitest';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { alderPaa } from '../../src/domain/tid.ts';
import { referansedata } from '../../src/synth/data/referansedata.ts';
import { genererKommandoer } from '../../src/synth/kommandoer/generer.ts';
import { lagPlan } from '../../src/synth/plan/plan.ts';

/**
 * The generated commands for N = 100 000 against SSB's table of 1 January 2026: who is resident at the end (created,
 * not dead or emigrated), by age group, sex and county, where the county is that of the last residential address the
 * commands give each person. Pure: the commands are read, not registered.
 */
const N = 100_000;
const idag = '2026-11-23';
const aldersgrupper = [0, 6, 16, 20, 30, 40, 50, 60, 67, 80];
const gruppe = (alder: number) => aldersgrupper.filter((g) => alder >= g).at(-1)!;

type Telling = Map<string, number>;
const tell = (t: Telling, k: string) => t.set(k, (t.get(k) ?? 0) + 1);

interface Folketelling {
  bosatte: number;
  kjoenn: Telling;
  alder: Telling;
  fylke: Telling;
}

function folketellingFraKommandoer(kommandoer: Iterable<Kommando & { ref?: string }>): Folketelling {
  const data = referansedata();
  const personer = new Map<string, { kjoenn: string; foedselsdato: string; kommune?: string; borte: boolean }>();
  const kommuneAv = (adresse: unknown) => (adresse as { vegadresse?: { kommunenummer?: string } } | undefined)?.vegadresse?.kommunenummer;
  for (const k of kommandoer) {
    if (k.type === 'opprettPerson') {
      personer.set(String(k.ref), { kjoenn: k.kjoenn ?? 'ukjent', foedselsdato: k.foedselsdato, kommune: kommuneAv(k.bostedsadresse), borte: k.status !== undefined && k.status !== 'bosatt' });
      if (k.grunnlag === 'dNummer') personer.get(String(k.ref))!.borte = true;
      continue;
    }
    const p = 'person' in k ? personer.get(k.person) : undefined;
    if (!p) continue;
    if (k.type === 'flytte') p.kommune = kommuneAv(k.bostedsadresse);
    if (k.type === 'innflytting') Object.assign(p, { kommune: kommuneAv(k.bostedsadresse), borte: false });
    if (k.type === 'doedsfall' || k.type === 'utflytting') p.borte = true;
    if (k.type === 'endreStatus') p.borte = k.status !== 'bosatt';
  }
  const t: Folketelling = { bosatte: 0, kjoenn: new Map(), alder: new Map(), fylke: new Map() };
  for (const p of personer.values()) {
    if (p.borte || !p.kommune) continue;
    t.bosatte++;
    tell(t.kjoenn, p.kjoenn === 'kvinne' ? 'K' : 'M');
    tell(t.alder, String(gruppe(alderPaa(p.foedselsdato, idag))));
    tell(t.fylke, data.kommuner.get(p.kommune)!.fylkesnummer);
  }
  return t;
}

function ssb(): Folketelling {
  const data = referansedata();
  const t: Folketelling = { bosatte: 0, kjoenn: new Map(), alder: new Map(), fylke: new Map() };
  const legg = (m: Telling, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const c of data.befolkning) {
    t.bosatte += c.antall;
    legg(t.kjoenn, c.kjonn, c.antall);
    legg(t.alder, String(gruppe(c.alder)), c.antall);
    legg(t.fylke, data.kommuner.get(c.kommunenummer)!.fylkesnummer, c.antall);
  }
  return t;
}

/** Every group's share within 3 % of SSB's share (relative), e.g. 20.0 % ± 0.6 points. */
function innenfor(vaar: Telling, fasit: Telling, n: number, total: number): string[] {
  const avvik: string[] = [];
  for (const [k, antall] of fasit) {
    const forventet = antall / total;
    const faktisk = (vaar.get(k) ?? 0) / n;
    if (Math.abs(faktisk - forventet) > 0.03 * forventet) avvik.push(`${k}: ${(100 * faktisk).toFixed(2)} % vs SSB ${(100 * forventet).toFixed(2)} %`);
  }
  return avvik;
}

describe(`the generated population of ${N} residents against SSB 2026`, () => {
  let telling: Folketelling;
  const fasit = ssb();
  beforeAll(() => {
    const plan = lagPlan({ antall: N, seed: 'fordeling' });
    function* kommandoer() {
      for (const klynge of genererKommandoer(plan, referansedata())) {
        for (const p of klynge) yield { ...p.kommando, ...(p.ny && p.kommando.type === 'opprettPerson' ? { ref: `@${p.ny.ref}` } : {}) } as Kommando & { ref?: string };
      }
    }
    telling = folketellingFraKommandoer(kommandoer());
  }, 120_000);

  it('has exactly N residents at the end of the commands', () => {
    expect(telling.bosatte).toBe(N);
  });

  it('matches SSB by sex, age group and county within 3 %', () => {
    expect(innenfor(telling.kjoenn, fasit.kjoenn, telling.bosatte, fasit.bosatte)).toEqual([]);
    expect(innenfor(telling.alder, fasit.alder, telling.bosatte, fasit.bosatte)).toEqual([]);
    expect(innenfor(telling.fylke, fasit.fylke, telling.bosatte, fasit.bosatte)).toEqual([]);
  });
});
