import { mkdir } from 'node:fs/promises';
import { readSettings } from '../config.ts';
import type { Io } from '../cli.ts';
import { migrate } from '../store/migrate.ts';
import { openDb } from '../store/open-db.ts';
import { seed, standardSeed, type Seedresultat } from './seed.ts';

const bruk = 'Bruk: folkeregister seed --antall N [--seed S] [--batch K] [--traader T]';

/**
 * `folkeregister seed --antall N [--seed S]`: N synthetic residents (plus the dead, emigrated and D-number
 * identities around them) into the configured store, through the register's write path. Progress goes to stderr,
 * the summary to stdout.
 */
export async function seedCommand(args: string[], io: Io): Promise<number> {
  const valg = lesValg(args);
  if (typeof valg === 'string') {
    io.err(`${valg}\n${bruk}`);
    return 2;
  }
  const settings = readSettings();
  if (!settings.store.databaseUrl && settings.store.dataDir) await mkdir(settings.store.dataDir, { recursive: true });
  const db = await openDb(settings.store);
  try {
    await migrate(db);
    let sist = 0;
    const resultat = await seed(db, {
      ...valg,
      identifikatorer: { regelbytteIdentifikator: settings.regelbytteIdentifikator, syntetiskeIdentifikatorer: settings.syntetiskeIdentifikatorer },
      fremdrift: (r) => {
        if (r.millisekunder - sist < 5000) return;
        sist = r.millisekunder;
        io.err(`… ${r.hendelser} hendelser, ${(r.millisekunder / 1000).toFixed(0)} s`);
      },
    });
    for (const linje of oppsummering(resultat)) io.out(linje);
    return resultat.avvist === 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

function lesValg(args: string[]): { antall: number; seed: string; batchstoerrelse?: number; traader?: number } | string {
  const verdi = (navn: string) => {
    const i = args.indexOf(navn);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const antall = Number(verdi('--antall'));
  if (!Number.isInteger(antall) || antall < 1) return '--antall must be a whole number of at least 1';
  const batch = verdi('--batch');
  if (batch !== undefined && !(Number(batch) >= 1)) return '--batch must be a positive number';
  const traader = verdi('--traader');
  if (traader !== undefined && !(Number.isInteger(Number(traader)) && Number(traader) >= 0)) return '--traader must be a whole number of at least 0';
  return {
    antall,
    seed: verdi('--seed') ?? standardSeed,
    ...(batch ? { batchstoerrelse: Number(batch) } : {}),
    ...(traader !== undefined ? { traader: Number(traader) } : {}),
  };
}

function oppsummering(r: Seedresultat): string[] {
  const sek = r.millisekunder / 1000;
  return [
    `Seeded ${r.personer} residents (${r.identiteter} identities in all) in ${sek.toFixed(1)} s: ` +
      `${Math.round(r.personer / sek)} residents/s, ${Math.round(r.identiteter / sek)} identities/s` +
      (r.traader ? `, decided in ${r.traader} threads.` : '.'),
    `${r.kommandoer} commands, ${r.hendelser} events.`,
    ...(r.avvist ? [`${r.avvist} commands were refused (a generator bug), e.g.:`, ...r.avvisninger.map((a) => `  ${a.type}: ${a.kode} (${a.melding})`)] : []),
  ];
}
