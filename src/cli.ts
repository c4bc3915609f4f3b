import { readSettings } from './config.ts';

/** Standard output and error of a command; tests pass collectors. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const konsoll: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

const bruk = `Bruk: folkeregister <kommando> [valg]

  serve                 start the register (HTTP on PORT, default 8080); migrates and seeds an empty register
  migrate               apply database migrations
  seed --antall N [--seed S]   build a synthetic population of N persons
  simulate [--rate R] [--duration D] [--seed S] [--direkte] [--lik-blanding] [--vent W]
                        let the population live: births, deaths, moves … at R events/s, as producer messages
                        through the intake (--direkte: register commands)
  id validate <nummer…> classify identity numbers (one JSON line each)
  id generate --foedselsdato YYYY-MM-DD [--kjoenn kvinne|mann] [--dnummer] [--regler 1964|2032] [--antall N]
  token --scope S [--scope S…] --org N [--leverandoer N] [--json]   print a development access token (embedded token service)
  konsument opprett|tilgang|klient|deleger|stans|liste|vis …        manage consumer organisations (docs/tilgang.md)
  audit verify          walk the audit log's hash chain (exit 1 names the first broken row)
  bench                 run the benchmarks (figures printed and saved as JSON in bench/results/)

The store is PGlite in FOLKEREGISTER_DATA_DIR (default .data/pglite) unless DATABASE_URL=postgres://… is set.`;

type Kommando = (args: string[], io: Io) => Promise<number>;

const kommandoer: Record<string, () => Promise<Kommando>> = {
  serve: async () => (await import('./cli/serve.ts')).serveCommand,
  migrate: async () => (await import('./cli/migrate.ts')).migrateCommand,
  seed: async () => (await import('./synth/seed-command.ts')).seedCommand,
  simulate: async () => (await import('./synth/simulate-command.ts')).simulateCommand,
  id: async () => (await import('./cli/id.ts')).idCommand,
  konsument: async () => (await import('./cli/konsument.ts')).konsumentCommand,
  token: async () => (await import('./cli/token.ts')).tokenCommand,
  audit: async () => (await import('./cli/audit.ts')).auditCommand,
  bench: async () => (await import('../bench/run.ts')).benchCommand,
};

export async function main(args: string[], io: Io = konsoll): Promise<void> {
  const [navn, ...rest] = args;
  const last = navn ? kommandoer[navn] : undefined;
  if (!last) {
    io.err(bruk);
    process.exitCode = navn && navn !== 'help' && navn !== '--help' ? 2 : 0;
    return;
  }
  const kode = await (await last())(rest, io);
  if (navn !== 'serve') process.exitCode = kode;
}

export { readSettings };
