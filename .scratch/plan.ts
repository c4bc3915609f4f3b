import { lagPlan } from '../src/synth/plan/plan.ts';
const n = Number(process.argv[2] ?? 1e6);
const t = performance.now();
const p = lagPlan({ antall: n, seed: 'bench' });
console.log(n, 'plan', Math.round(performance.now() - t), 'ms', p.personer.length, p.samliv.length);
