import { readSettings } from '../config.ts';
import type { Io } from '../cli.ts';
import { migrate } from '../store/migrate.ts';
import { openDb } from '../store/open-db.ts';
import { seedIfEmpty } from './seed.ts';
import { simuler, type Simuleringsstatus } from './simulate.ts';

const bruk = 'Bruk: folkeregister simulate [--rate R (hendelser/s, standard 10)] [--duration D (sekunder; uten: til Ctrl-C)] [--seed S]';

/**
 * `folkeregister simulate [--rate R] [--duration D]`: life events in SSB's proportions at R a second, through the
 * write path, until D seconds have passed or the process is interrupted. Seeds the start population first when the
 * register is empty.
 */
export async function simulateCommand(args: string[], io: Io): Promise<number> {
  const verdi = (navn: string) => (args.includes(navn) ? args[args.indexOf(navn) + 1] : undefined);
  const rate = Number(verdi('--rate') ?? 10);
  const varighet = verdi('--duration') === undefined ? undefined : Number(verdi('--duration'));
  if (!(rate > 0) || (varighet !== undefined && !(varighet > 0))) {
    io.err(bruk);
    return 2;
  }
  const settings = readSettings();
  const db = await openDb(settings.store);
  const stopp = new AbortController();
  const avbryt = () => stopp.abort();
  process.once('SIGINT', avbryt);
  process.once('SIGTERM', avbryt);
  try {
    await migrate(db);
    const seedet = await seedIfEmpty(db, settings);
    if (seedet) io.out(`Seeded ${seedet.personer} residents first (${(seedet.millisekunder / 1000).toFixed(1)} s).`);
    let sist = 0;
    const status = await simuler(db, {
      rate,
      ...(varighet !== undefined ? { varighet } : {}),
      ...(verdi('--seed') ? { seed: verdi('--seed')! } : {}),
      identifikatorer: { regelbytteIdentifikator: settings.regelbytteIdentifikator, syntetiskeIdentifikatorer: settings.syntetiskeIdentifikatorer },
      stopp: stopp.signal,
      fremdrift: (s) => {
        if (s.millisekunder - sist < 10_000) return;
        sist = s.millisekunder;
        io.err(linje(s));
      },
    });
    io.out(linje(status));
    io.out(`By kind: ${Object.entries(status.perType).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    return 0;
  } finally {
    process.off('SIGINT', avbryt);
    process.off('SIGTERM', avbryt);
    await db.close();
  }
}

function linje(s: Simuleringsstatus): string {
  const sek = s.millisekunder / 1000;
  return `${s.hendelser} life events in ${sek.toFixed(1)} s (${(s.hendelser / sek).toFixed(1)}/s), ${s.avvist} refused.`;
}
