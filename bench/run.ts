import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import type { Io } from '../src/cli.ts';
import type { Db } from '../src/store/db.ts';
import { benkstores, type Benkstore } from './stores.ts';
import type { Maaling } from './maaling.ts';
import { registerBenk } from './register.bench.ts';
import { befolkningsbenker, egneBenker } from './benker.ts';
import { seedBefolkning } from './befolkning.ts';
import { seedBenk } from './seed.bench.ts';

/**
 * `npm run bench`: every benchmark on every store, figures printed and saved as JSON in `bench/results/`.
 * `--skala N` multiplies the work (default 10; the shared population is `1000 × N` residents); `--kun <name>[,<name>…]` runs
 * only those (those on the population seed it first), `--store pglite|postgres` one store; `--behold` keeps the
 * PostgreSQL population for the next run with `--behold` (a million takes long to seed). The machine is small and
 * noisy, so read the ratios; each figure carries the load average it was measured under.
 */
export async function benchCommand(args: string[], io: Io): Promise<number> {
  const skalaArg = args.indexOf('--skala');
  const skala = skalaArg >= 0 ? Number(args[skalaArg + 1]) : 10;
  const kun = args.includes('--kun') ? args[args.indexOf('--kun') + 1]?.split(',') : undefined;
  // `--store postgres` skips PGlite, e.g. for a million persons, which only PostgreSQL is meant to hold.
  const kunStore = args.includes('--store') ? args[args.indexOf('--store') + 1] : undefined;
  const behold = args.includes('--behold');
  const valgt = (navn: string) => !kun || kun.includes(navn);
  const maalinger: (Maaling & { last: number })[] = [];
  const noter = (ms: Maaling[]) => {
    for (const m of ms) {
      const last = loadavg()[0]!;
      maalinger.push({ ...m, last });
      io.out(`${m.store.padEnd(8)} ${m.navn.padEnd(58)} ${m.verdi.toFixed(m.enhet === 'forhold' ? 2 : 0).padStart(10)} ${m.enhet.padEnd(14)} last ${last.toFixed(1)}`);
    }
  };
  const iStore = async (store: Benkstore, valg: { befolkning?: boolean }, fn: (db: Db) => Promise<void>) => {
    const db = await store.aapne({ behold: behold && valg.befolkning === true, skala });
    try {
      await fn(db);
    } finally {
      await db.close();
    }
  };
  for (const store of (await benkstores()).filter((s) => !kunStore || s.navn === kunStore)) {
    if (valgt('register')) await iStore(store, {}, async (db) => noter(await registerBenk(db, store.navn, skala)));
    for (const benk of egneBenker.filter((b) => valgt(b.navn))) await iStore(store, {}, async (db) => noter(await benk.kjoer(db, store.navn, skala)));
    const paaBefolkning = befolkningsbenker.filter((b) => valgt(b.navn));
    if (!valgt('seed') && paaBefolkning.length === 0) continue;
    await iStore(store, { befolkning: true }, async (db) => {
      let neste = 0;
      const befolkning = await seedBefolkning(db, skala, (s) => {
        if (s.millisekunder < neste) return;
        neste = s.millisekunder + 60_000;
        io.err(`${store.navn}: seeding ${s.hendelser} events, ${(s.millisekunder / 1000).toFixed(0)} s`);
      });
      noter(await seedBenk(store.navn, befolkning));
      for (const benk of paaBefolkning) noter(await benk.kjoer(db, store.navn, skala, befolkning));
    });
  }
  const resultat = { tidspunkt: new Date().toISOString(), maskin: { cpuer: cpus().length, node: process.version }, skala, maalinger };
  await mkdir('bench/results', { recursive: true });
  const fil = `bench/results/bench-${resultat.tidspunkt.replace(/[:.]/g, '-')}.json`;
  await writeFile(fil, JSON.stringify(resultat, null, 2));
  await writeFile('bench/results/latest.json', JSON.stringify(resultat, null, 2));
  io.out(`Saved ${fil}`);
  return 0;
}
