/**
 * Measures a generated population: `npx tsx test/synth/maal-befolkning.ts [N] [--bare-plan]`. Prints the plan time,
 * and (unless `--bare-plan`) the figures of `befolkningsmaal` after running every command through decide and evolve.
 */
import { referansedata } from '../../src/synth/data/referansedata.ts';
import { genererKommandoer } from '../../src/synth/kommandoer/generer.ts';
import { lagPlan } from '../../src/synth/plan/plan.ts';
import { befolkningsmaal } from './befolkningsmaal.ts';
import { Minneregister } from './minneregister.ts';

const antall = Number(process.argv[2] ?? 100_000);
const barePlan = process.argv.includes('--bare-plan');
referansedata();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const plan = lagPlan({ antall, seed: process.env.SEED ?? 'maal' });
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
const klynger = plan.klynger.map((k) => k.length).sort((a, b) => b - a);
console.log(JSON.stringify({ antall, identiteter: plan.personer.length, planMs: Math.round(t1 - t0), planCpuMs: Math.round((cpu.user + cpu.system) / 1000), storsteKlynger: klynger.slice(0, 5), heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) }));
if (!barePlan) {
  const register = new Minneregister();
  let kommandoer = 0;
  for (const klynge of genererKommandoer(plan, referansedata())) {
    kommandoer += klynge.length;
    register.kjoer(klynge);
  }
  const t2 = performance.now();
  const maal = befolkningsmaal(register.alle().map((p) => p.dokument));
  console.log(JSON.stringify({ kommandoer, avvist: register.avvist.length, foersteAvvist: register.avvist.slice(0, 3), kjoerMs: Math.round(t2 - t1), ...maal }, null, 1));
}
