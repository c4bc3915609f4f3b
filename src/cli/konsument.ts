import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Io } from '../cli.ts';
import { readSettings } from '../config.ts';
import { registrerKlient } from '../access/konsumenter/klienter.ts';
import { Organisasjonsnummer } from '../access/konsumenter/organisasjonsnummer.ts';
import { listOrganisasjoner, opprettOrganisasjon } from '../access/konsumenter/organisasjoner.ts';
import { finnKonsumentOversikt } from '../access/konsumenter/oversikt.ts';
import { erRettighetspakke, finnRettighetspakkeForScope, type Rettighetspakke } from '../access/konsumenter/rettighetspakker.ts';
import { lesTidspunkt, registrerStans } from '../access/konsumenter/stans.ts';
import { delegerRettighetspakke, tildelRettighetspakke, trekkTilbakeRettighetspakke } from '../access/konsumenter/tildelinger.ts';
import { lagNoekkelpar } from '../access/tokens/noekkelpar.ts';
import type { Db } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { openDb } from '../store/open-db.ts';

/** What the shell would otherwise read itself; tests pass their own database. */
export interface KonsumentOptions {
  env?: NodeJS.ProcessEnv;
  db?: Db;
}

const bruk = `Bruk:
  folkeregister konsument opprett --orgnr N --navn "Navn" [--administrator]
  folkeregister konsument tilgang --orgnr N --pakke P [--trekk-tilbake]
  folkeregister konsument klient  --orgnr N [--jwk fil.json] [--klient-id ID]
  folkeregister konsument deleger --orgnr N --leverandoer N --pakke P
  folkeregister konsument stans   --orgnr N --fra T --til T --grunn "…"
  folkeregister konsument liste | vis --orgnr N
P er en rettighetspakke (offentligMedHjemmel, finans, …) eller dens scope; T er ÅÅÅÅ-MM-DD (midnatt norsk tid) eller
et ISO 8601-tidspunkt med tidssone. Stansen gjelder fra og med --fra til (ikke med) --til.`;

type Flagg = ReturnType<typeof lesFlagg>;
type Underkommando = (db: Db, flagg: Flagg, io: Io) => Promise<number>;

/** `folkeregister konsument …`: exit 0 when done, 1 when the registry refuses, 2 for usage. */
export async function konsumentCommand(args: string[], io: Io, options: KonsumentOptions = {}): Promise<number> {
  const [navn, ...resten] = args;
  const underkommando = navn ? underkommandoer[navn] : undefined;
  let flagg: Flagg;
  try {
    flagg = lesFlagg(resten);
  } catch (error) {
    return brukFeil(io, (error as Error).message);
  }
  if (!underkommando) return brukFeil(io);
  return medKonsumentDb(options, (db) => underkommando(db, flagg, io));
}

/** The given database, or the configured one, migrated, closed afterwards. Shared with `folkeregister token`. */
export async function medKonsumentDb<T>(options: KonsumentOptions, fn: (db: Db) => Promise<T>): Promise<T> {
  if (options.db) return fn(options.db);
  const db = await openDb(readSettings(options.env ?? process.env).store);
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

function lesFlagg(args: string[]) {
  const tekst = { type: 'string' } as const;
  return parseArgs({
    args,
    strict: true,
    options: {
      orgnr: tekst, navn: tekst, pakke: tekst, jwk: tekst, 'klient-id': tekst, leverandoer: tekst,
      fra: tekst, til: tekst, grunn: tekst, administrator: { type: 'boolean' }, 'trekk-tilbake': { type: 'boolean' },
    },
  }).values;
}

function brukFeil(io: Io, melding?: string): number {
  io.err(melding ? `${melding}\n${bruk}` : bruk);
  return 2;
}

const underkommandoer: Record<string, Underkommando> = {
  async opprett(db, f, io) {
    const orgnr = Organisasjonsnummer.parse(f.orgnr);
    if (!orgnr || !f.navn) return brukFeil(io, 'opprett trenger --orgnr (9 siffer) og --navn.');
    const ny = { organisasjonsnummer: orgnr, navn: f.navn, administrator: f.administrator ?? false };
    const utfall = await opprettOrganisasjon(db, ny);
    return svar(io, utfall === 'opprettet', `Registrerte ${orgnr} ${f.navn}.`, `${orgnr} er allerede registrert.`);
  },
  async tilgang(db, f, io) {
    const orgnr = Organisasjonsnummer.parse(f.orgnr);
    const pakke = lesPakke(f.pakke);
    if (!orgnr || !pakke) return brukFeil(io, 'tilgang trenger --orgnr og --pakke.');
    if (f['trekk-tilbake']) {
      const utfall = await trekkTilbakeRettighetspakke(db, orgnr, pakke);
      return svar(io, utfall === 'trukketTilbake', `Trakk tilbake ${pakke} fra ${orgnr}.`, `${orgnr} har ikke ${pakke}.`);
    }
    const utfall = await tildelRettighetspakke(db, orgnr, pakke);
    return svar(io, utfall === 'tildelt', `Tildelte ${pakke} til ${orgnr}.`, `${orgnr} er ikke registrert.`);
  },
  async klient(db, f, io) {
    const orgnr = Organisasjonsnummer.parse(f.orgnr);
    if (!orgnr) return brukFeil(io, 'klient trenger --orgnr.');
    // Without a key from the client, make a pair and show the private half once; only the public half is stored.
    const par = f.jwk ? undefined : await lagNoekkelpar();
    const jwk: unknown = f.jwk ? JSON.parse(await readFile(f.jwk, 'utf8')) : par!.offentligJwk;
    const utfall = await registrerKlient(db, orgnr, { klientId: f['klient-id'], jwk });
    if (!utfall.ok) return svar(io, false, '', utfall.grunn === 'ugyldigNoekkel' ? utfall.melding : `Avvist: ${utfall.grunn}.`);
    io.out(JSON.stringify({ ...utfall.klient, ...(par ? { privatJwk: par.privatJwk } : {}) }));
    if (par) io.err('Den private nøkkelen (privatJwk) vises bare nå: lagre den hos klienten, den finnes ikke her.');
    return 0;
  },
  async deleger(db, f, io) {
    const orgnr = Organisasjonsnummer.parse(f.orgnr);
    const leverandoer = Organisasjonsnummer.parse(f.leverandoer);
    const pakke = lesPakke(f.pakke);
    if (!orgnr || !leverandoer || !pakke) return brukFeil(io, 'deleger trenger --orgnr, --leverandoer og --pakke.');
    const utfall = await delegerRettighetspakke(db, orgnr, leverandoer, pakke);
    return svar(io, utfall === 'delegert', `Delegerte ${pakke} fra ${orgnr} til ${leverandoer}.`, `Avvist: ${utfall}.`);
  },
  async stans(db, f, io) {
    const orgnr = Organisasjonsnummer.parse(f.orgnr);
    const fra = f.fra ? lesTidspunkt(f.fra) : undefined;
    const til = f.til ? lesTidspunkt(f.til) : undefined;
    if (!orgnr || !fra || !til || !f.grunn) return brukFeil(io, 'stans trenger --orgnr, --fra, --til (tidspunkter) og --grunn.');
    const utfall = await registrerStans(db, orgnr, { fra, til, grunn: f.grunn });
    const tekst = `Stanset ${orgnr} fra ${fra.toISOString()} til ${til.toISOString()}.`;
    return svar(io, utfall === 'registrert', tekst, `Avvist: ${utfall}.`);
  },
  async liste(db, _f, io) {
    for (const organisasjon of await listOrganisasjoner(db)) io.out(JSON.stringify(organisasjon));
    return 0;
  },
  async vis(db, f, io) {
    const orgnr = Organisasjonsnummer.parse(f.orgnr);
    if (!orgnr) return brukFeil(io, 'vis trenger --orgnr.');
    const oversikt = await finnKonsumentOversikt(db, orgnr);
    return oversikt ? (io.out(JSON.stringify(oversikt)), 0) : svar(io, false, '', `${orgnr} er ikke registrert.`);
  },
};

/** A package by name (`offentligMedHjemmel`) or by scope (`folkeregister:deling/offentligmedhjemmel`). */
export function lesPakke(tekst: string | undefined): Rettighetspakke | undefined {
  if (!tekst) return undefined;
  return erRettighetspakke(tekst) ? tekst : finnRettighetspakkeForScope(tekst);
}

function svar(io: Io, ok: boolean, tekstOk: string, tekstAvvist: string): number {
  if (ok) io.out(tekstOk);
  else io.err(tekstAvvist);
  return ok ? 0 : 1;
}
