import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import type { Io } from '../src/cli.ts';
import { benkstores } from './stores.ts';
import type { Maaling } from './maaling.ts';
import { registerBenk } from './register.bench.ts';
import { benker } from './benker.ts';

/**
 * `npm run bench`: every benchmark on every store, figures printed and saved as JSON in `bench/results/`.
 * `--skala N` multiplies the work (default 10); the machine is small and noisy, so read the ratios. `--store pglite` or
 * `--store postgres` runs on one store only (a million persons is a PostgreSQL job).
 */
export async function benchCommand(args: string[], io: Io): Promise<number> {
  const skalaArg = args.indexOf('--skala');
  const skala = skalaArg >= 0 ? Number(args[skalaArg + 1]) : 10;
  const kun = args.includes('--kun') ? args[args.indexOf('--kun') + 1] : undefined;
  const bareStore = args.includes('--store') ? args[args.indexOf('--store') + 1] : undefined;
  const maalinger: Maaling[] = [];
  for (const store of (await benkstores()).filter((s) => !bareStore || s.navn === bareStore)) {
    for (const benk of [{ navn: 'register', kjoer: registerBenk }, ...benker]) {
      if (kun && benk.navn !== kun) continue;
      const db = await store.aapne();
      try {
        for (const m of await benk.kjoer(db, store.navn, skala)) {
          maalinger.push(m);
          io.out(`${m.store.padEnd(8)} ${m.navn.padEnd(58)} ${m.verdi.toFixed(m.enhet === 'forhold' ? 2 : 0).padStart(10)} ${m.enhet}`);
        }
      } finally {
        await db.close();
      }
    }
  }
  const resultat = { tidspunkt: new Date().toISOString(), maskin: { cpuer: cpus().length, node: process.version }, skala, maalinger };
  await mkdir('bench/results', { recursive: true });
  const fil = `bench/results/bench-${resultat.tidspunkt.replace(/[:.]/g, '-')}.json`;
  await writeFile(fil, JSON.stringify(resultat, null, 2));
  await writeFile('bench/results/latest.json', JSON.stringify(resultat, null, 2));
  io.out(`Saved ${fil}`);
  return 0;
}
