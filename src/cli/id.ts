import { parseArgs } from 'node:util';
import { readSettings } from '../config.ts';
import { klassifiser, reglerForTildeling, Regler, serielengde, type Tildelingsspesifikasjon } from '../domain/identitetsnummer/index.ts';
import { Kjoenn } from '../domain/persondokument/kodeverk.ts';
import { erGyldigDato, osloDato } from '../domain/tid.ts';
import { IdentifikatorserieBruktOpp, tildelIdentifikatorerBulk, tildelInntil, type Tildelingsbehov } from '../register/tildel-identifikator.ts';
import type { Db } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { openDb } from '../store/open-db.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** What the shell would otherwise read itself; tests pass their own. */
export interface IdOptions {
  env?: NodeJS.ProcessEnv;
  idag?: string;
}

const bruk = `Bruk:
  folkeregister id validate <nummer…>
  folkeregister id generate [--foedselsdato ÅÅÅÅ-MM-DD] [--kjoenn kvinne|mann] [--dnummer] [--regler 1964|2032]
                            [--antall N] [--reell]`;

/** `folkeregister id …`: exit code 0 when all went well, 1 for invalid numbers or used-up series, 2 for usage. */
export async function idCommand(args: string[], io: Io, options: IdOptions = {}): Promise<number> {
  const [kommando, ...resten] = args;
  const idag = options.idag ?? osloDato(new Date());
  if (kommando === 'validate' && resten.length > 0) return validate(resten, io, idag);
  if (kommando === 'generate') return generate(resten, io, idag, options.env ?? process.env);
  io.err(bruk);
  return 2;
}

/** One JSON line per number: the classification of `klassifiser` (spec §7). */
function validate(numre: string[], io: Io, idag: string): number {
  const klassifiseringer = numre.map((n) => klassifiser(n, idag));
  for (const k of klassifiseringer) io.out(JSON.stringify(k));
  return klassifiseringer.every((k) => k.gyldig) ? 0 : 1;
}

async function generate(args: string[], io: Io, idag: string, env: NodeJS.ProcessEnv): Promise<number> {
  const flagg = lesFlagg(args);
  if (typeof flagg === 'string') {
    io.err(`${flagg}\n${bruk}`);
    return 2;
  }
  const settings = readSettings(env);
  const regler = flagg.regler ?? reglerForTildeling(idag, settings.regelbytteIdentifikator);
  if (regler === Regler.fra2032 && flagg.kjoenn) io.err('Merk: numre etter 2032-reglene er kjønnsnøytrale; --kjoenn brukes ikke.');
  // Without --kjoenn the 1964 rules still need a sex digit: numbers alternate kvinne, mann, using the same series
  // as persons of that sex, so generated and seeded numbers draw from one sequence each.
  const kjoennsliste = regler === Regler.fra2032 ? [undefined] : flagg.kjoenn ? [flagg.kjoenn] : [Kjoenn.kvinne, Kjoenn.mann];
  const spec = (foedselsdato: string, kjoenn: Kjoenn | undefined): Tildelingsspesifikasjon => ({
    foedselsdato,
    dNummer: flagg.dnummer,
    regler,
    syntetisk: !flagg.reell,
    ...(kjoenn ? { kjoenn } : {}),
  });
  if (flagg.foedselsdato && kjoennsliste.every((k) => serielengde(spec(flagg.foedselsdato!, k)) === 0)) {
    io.err('Ingen individnummerserie for fødselsåret (fødselsnummer 1854–2039, D-nummer 1858–2039).');
    return 1;
  }
  const db = await openDb(settings.store);
  try {
    await migrate(db);
    const behov = (dato: string) => kjoennsliste.map((k) => spec(dato, k));
    if (flagg.foedselsdato) await forDato(db, behov(flagg.foedselsdato), flagg.antall, io);
    else if (!(await spredt(db, behov, flagg.antall, io))) {
      io.err('Alle serier for fødselsdatoer fra 1854 til 2000-01-01 er brukt opp.');
      return 1;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof IdentifikatorserieBruktOpp)) throw error;
    io.err(error.message);
    return 1;
  } finally {
    await db.close();
  }
}

/** All on one birth date, shared out over the sexes (the first gets the odd one), in one transaction. */
async function forDato(db: Db, specs: Tildelingsspesifikasjon[], antall: number, io: Io): Promise<void> {
  const behov = specs.map((spec, i) => ({ spec, antall: Math.floor(antall / specs.length) + (i < antall % specs.length ? 1 : 0) }));
  flett(await db.transaction((tx) => tildelIdentifikatorerBulk(tx, behov))).forEach((n) => io.out(n));
}

/**
 * Without a birth date: fill each date's series, going back one day at a time from 2000-01-01, in transactions of
 * about 10 000 numbers. A date whose series is used up, by an earlier run or anyone else, is passed over; false when
 * the walk passes 1854, before the first series (§7.1).
 */
async function spredt(db: Db, specs: (dato: string) => Tildelingsspesifikasjon[], antall: number, io: Io): Promise<boolean> {
  let dato = '2000-01-01';
  for (let igjen = antall; igjen > 0; ) {
    const maal = Math.min(igjen, 10_000);
    const behov: Tildelingsbehov[] = [];
    for (let plass = 0, d = dato; plass < maal; d = forrigeDag(d)) {
      if (d < '1854-01-01') return false;
      for (const spec of specs(d)) {
        const n = Math.min(serielengde(spec), maal - plass);
        if (n > 0) behov.push({ spec, antall: n });
        plass += n;
      }
    }
    const tildelinger = await db.transaction((tx) => tildelInntil(tx, behov));
    const perDato = new Map<string, string[][]>();
    for (const [i, b] of behov.entries()) perDato.set(b.spec.foedselsdato, [...(perDato.get(b.spec.foedselsdato) ?? []), tildelinger[i]!.numre]);
    for (const lister of perDato.values()) flett(lister).forEach((n) => io.out(n));
    igjen -= tildelinger.reduce((sum, t) => sum + t.numre.length, 0);
    // The last date may have numbers left (its behov was cut to fit); earlier ones are used up.
    const siste = behov.at(-1)!.spec.foedselsdato;
    dato = behov.every((b, i) => b.spec.foedselsdato !== siste || tildelinger[i]!.bruktOpp) ? forrigeDag(siste) : siste;
  }
  return true;
}

function forrigeDag(dato: string): string {
  return new Date(Date.parse(`${dato}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Round robin: kvinne, mann, kvinne, … */
function flett(lister: readonly string[][]): string[] {
  const lengst = Math.max(0, ...lister.map((l) => l.length));
  return Array.from({ length: lengst }, (_, i) => lister.flatMap((l) => (i < l.length ? [l[i]!] : []))).flat();
}

interface Flagg {
  foedselsdato?: string;
  kjoenn?: Kjoenn;
  dnummer: boolean;
  regler?: Regler;
  antall: number;
  reell: boolean;
}

/** The flags, checked at the edge; a string says what is wrong. */
function lesFlagg(args: string[]): Flagg | string {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        foedselsdato: { type: 'string' },
        kjoenn: { type: 'string' },
        dnummer: { type: 'boolean', default: false },
        regler: { type: 'string' },
        antall: { type: 'string', default: '1' },
        reell: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return (error as Error).message;
  }
  const { foedselsdato, kjoenn, regler, antall } = values;
  if (foedselsdato !== undefined && !erGyldigDato(foedselsdato)) return '--foedselsdato må være en dato ÅÅÅÅ-MM-DD';
  if (kjoenn !== undefined && kjoenn !== Kjoenn.kvinne && kjoenn !== Kjoenn.mann) return '--kjoenn må være kvinne eller mann';
  if (regler !== undefined && regler !== Regler.fra1964 && regler !== Regler.fra2032) return '--regler må være 1964 eller 2032';
  if (!/^[1-9]\d*$/.test(antall)) return '--antall må være et positivt heltall';
  return {
    ...(foedselsdato ? { foedselsdato } : {}),
    ...(kjoenn ? { kjoenn } : {}),
    ...(regler ? { regler } : {}),
    dnummer: values.dnummer,
    antall: Number(antall),
    reell: values.reell,
  };
}
