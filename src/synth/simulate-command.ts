import { readSettings } from '../config.ts';
import type { Io } from '../cli.ts';
import { migrate } from '../store/migrate.ts';
import { openDb } from '../store/open-db.ts';
import { seedIfEmpty } from './seed.ts';
import { simuler, type Simuleringsstatus, type Telling } from './simulate.ts';

const bruk =
  'Bruk: folkeregister simulate [--rate R (hendelser/s, standard 10)] [--duration D (sekunder; uten: til Ctrl-C)] [--seed S] ' +
  '[--direkte (registerkommandoer uten mottaket)] [--lik-blanding (alle hendelsestyper like ofte)] ' +
  '[--vent W (sekunder å vente på mottaket til slutt, standard 30)]';

/**
 * `folkeregister simulate [--rate R] [--duration D]`: life events in SSB's proportions at R a second, as producer
 * messages through the intake (or `--direkte` as register commands), until D seconds have passed or the process is
 * interrupted. Seeds the start population first when the register is empty.
 */
export async function simulateCommand(args: string[], io: Io): Promise<number> {
  const verdi = (navn: string) => (args.includes(navn) ? args[args.indexOf(navn) + 1] : undefined);
  const rate = Number(verdi('--rate') ?? 10);
  const varighet = verdi('--duration') === undefined ? undefined : Number(verdi('--duration'));
  const vent = Number(verdi('--vent') ?? 30);
  if (!(rate > 0) || (varighet !== undefined && !(varighet > 0)) || !(vent >= 0)) {
    io.err(bruk);
    return 2;
  }
  const settings = readSettings();
  const db = await openDb(settings.store);
  const stopp = new AbortController();
  const avbryt = () => {
    stopp.abort();
    if (!args.includes('--direkte') && vent > 0) {
      io.err(`Stopper: venter inntil ${vent} s på at mottaket behandler det som er sendt (Ctrl-C igjen lar resten ligge i køen).`);
    }
  };
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
      vei: args.includes('--direkte') ? 'direkte' : 'mottak',
      blanding: args.includes('--lik-blanding') ? 'lik' : 'ssb',
      meldingsregelmodul: settings.meldingsregler,
      etterbehandlingMs: vent * 1000,
      identifikatorer: { regelbytteIdentifikator: settings.regelbytteIdentifikator, syntetiskeIdentifikatorer: settings.syntetiskeIdentifikatorer },
      stopp: stopp.signal,
      loggFeil: (feil, melding) => io.err(`${melding}: ${feil instanceof Error ? feil.message : String(feil)}`),
      fremdrift: (s) => {
        if (s.millisekunder - sist < 10_000) return;
        sist = s.millisekunder;
        io.err(linje(s));
      },
    });
    io.out(linje(status));
    for (const [type, t] of Object.entries(status.perType)) io.out(`  ${type.padEnd(24)} ${telling(t)}`);
    if (status.avvisninger.length) io.out(`First refusals and manual cases: ${status.avvisninger.join('; ')}`);
    if (status.ventende) io.out(`${status.ventende} messages are still in the intake queue; the next intake worker (serve, or simulate) processes them.`);
    return 0;
  } finally {
    process.off('SIGINT', avbryt);
    process.off('SIGTERM', avbryt);
    await db.close();
  }
}

function telling(t: Telling): string {
  const utfall = `registered ${t.registrert}, manual ${t.manuell}, refused ${t.avvist}`;
  const kant = t.sendt - t.mottatt;
  const deler = [
    t.sendt ? `${t.sendt} messages sent, ${t.mottatt} accepted${kant ? ` (${kant} failed the XSD check)` : ''}` : '',
    t.direkte ? `${t.direkte} register commands` : '',
  ];
  return `${deler.filter(Boolean).join(', ')}: ${utfall}`;
}

function linje(s: Simuleringsstatus): string {
  const sek = s.millisekunder / 1000;
  const vei = s.vei === 'mottak' ? 'through producer intake' : 'directly to the register';
  const ventende = s.ventende ? `, ${s.ventende} pending` : '';
  const antall = s.totalt.sendt + s.totalt.direkte;
  return `${antall} life events ${vei} in ${sek.toFixed(1)} s (${(antall / sek).toFixed(1)}/s): ${telling(s.totalt)}${ventende}.`;
}
