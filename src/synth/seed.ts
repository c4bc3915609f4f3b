import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import type { Settings } from '../config.ts';
import type { Tildelingsinnstillinger } from '../register/identifikatorer.ts';
import { sisteSekvensnummer } from '../register/les-hendelser.ts';
import { utkastskriver } from '../register/skrivetraad.ts';
import type { Db } from '../store/db.ts';
import { beslutterITraaden, beslutterTraader } from './beslutter.ts';
import { referansedata } from './data/referansedata.ts';
import { tildelBatch, type Batchresultat, type Seedoppsett } from './kjoering.ts';
import { genererKommandoer } from './kommandoer/generer.ts';
import type { Planlagt } from './kommandoer/tidslinje.ts';
import { lagPlan, standardIdag } from './plan/plan.ts';

export interface Seedvalg {
  /** Residents (status `bosatt`); the dead, emigrated, D-number and other identities come on top (`plan/ekstra.ts`). */
  readonly antall: number;
  readonly seed?: string;
  /** The register's today for the population (default 2026-11-23); the clock stands at noon that day while seeding. */
  readonly idag?: string;
  /** Commands per transaction (whole clusters, so a batch may run a little over). */
  readonly batchstoerrelse?: number;
  /**
   * Threads that decide batches side by side (PostgreSQL only; default one per core). 0 decides in this thread, as
   * PGlite always does. The population is the same whatever the number.
   */
  readonly traader?: number;
  readonly identifikatorer: Tildelingsinnstillinger;
  readonly fremdrift?: (registrert: Seedresultat) => void;
}

export interface Seedresultat {
  /** Residents asked for and placed. */
  readonly personer: number;
  /** Every identity created, residents included. */
  readonly identiteter: number;
  readonly kommandoer: number;
  readonly hendelser: number;
  readonly avvist: number;
  /** The first few refusals, to show what went wrong (there should be none). */
  readonly avvisninger: readonly { readonly type: string; readonly kode: string; readonly melding: string }[];
  readonly millisekunder: number;
  /** Threads that decided batches (0: the seeder's own). */
  readonly traader?: number;
  /**
   * How long the seeder's own thread, which makes the commands, waited for the rest of the pipeline (allocating a
   * batch's numbers, deciders and the writer taking more batches). A seeder that mostly waits is bound by them; one
   * that never waits, by making commands.
   */
  readonly ventetMs?: number;
}

export const standardSeed = 'folkeregister';

/**
 * Seeds the register with a synthetic population through its own write path: the plan is drawn from the seed, turned
 * into commands cluster by cluster, and registered in batches of whole clusters, each batch one transaction. With the
 * same seed and an empty register, the events, person documents, document ids and identity numbers come out
 * byte-identical: the clock is fixed and every id is drawn from the seed.
 *
 * A pipeline: this thread makes each batch's commands and allocates its numbers and person ids, in batch order; the
 * deciders (`beslutter.ts`) decide batches side by side, each numbered from 1; once the batches ahead of one are
 * decided, it is known where the log will end before it, so it is serialised with its sekvensnummer and handed to the
 * writer (`skrivetraad.ts`), in order. `skrivUtkast` refuses a batch if the log does not end where it was placed,
 * so the seeder never stores a batch out of order or after another writer moved the log on.
 */
export async function seed(db: Db, valg: Seedvalg): Promise<Seedresultat> {
  const start = performance.now();
  const oppsett: Seedoppsett = {
    seed: valg.seed ?? standardSeed,
    idag: valg.idag ?? standardIdag,
    start: await sisteSekvensnummer(db),
    identifikatorer: valg.identifikatorer,
  };
  const plan = lagPlan({ antall: valg.antall, seed: oppsett.seed, idag: oppsett.idag });
  // About 1 000 commands a transaction: larger batches gain nothing and make PGlite copy ever larger parameters.
  const stoerrelse = valg.batchstoerrelse ?? 1000;
  const traader = db.tilkobling ? (valg.traader ?? availableParallelism()) : 0;
  const beslutter = traader > 0 ? beslutterTraader(db.tilkobling!, oppsett, traader) : beslutterITraaden(db, oppsett);
  const skriver = utkastskriver(db);
  // Batches allocated but not yet stored; more would only hold memory, fewer would leave a decider idle.
  const maksIFlyt = Math.max(2, 2 * traader + 1);
  const numre: string[] = [];
  let status: Seedresultat = { personer: valg.antall, identiteter: plan.personer.length, kommandoer: 0, hendelser: 0, avvist: 0, avvisninger: [], millisekunder: 0, traader };
  let ventetMs = 0;
  let nr = 0;
  let slutt = Promise.resolve(oppsett.start); // where the log ends after the batches sent so far
  let overlevert = Promise.resolve(); // the batch before has been handed to the writer
  const iFlyt: Promise<void>[] = [];
  const vent = async (paa: Promise<unknown>) => {
    const t = performance.now();
    await paa;
    ventetMs += performance.now() - t;
  };
  let analyserVed = analyseFra;
  const send = async (batch: Planlagt[]) => {
    if (status.hendelser >= analyserVed) {
      await analyser(db);
      analyserVed = 2 * status.hendelser;
    }
    const tildelt = await tildelBatch(db, nr++, batch, numre, oppsett);
    const besluttet = beslutter.beslutt(tildelt);
    const fra = slutt;
    slutt = Promise.all([fra, besluttet]).then(([f, r]) => f + r.hendelser);
    const rader = Promise.all([fra, besluttet]).then(([f]) => beslutter.rader(tildelt.nr, f));
    const skrevet = Promise.all([overlevert, fra, rader]).then(([, f, r]) => ({ lagret: skriver.skriv({ fra: f, rader: r }) }));
    overlevert = skrevet.then(() => {});
    const ferdig = Promise.all([besluttet, skrevet.then((s) => s.lagret)]).then(([r]) => {
      status = oppdatert(status, r, performance.now() - start, ventetMs);
      valg.fremdrift?.(status);
    });
    // A failure surfaces when the batch is awaited below, not as an unhandled rejection in between.
    for (const p of [besluttet, slutt, rader, skrevet, overlevert, ferdig]) p.catch(() => {});
    iFlyt.push(ferdig);
    if (iFlyt.length >= maksIFlyt) await iFlyt.shift();
  };
  // A batch's numbers are allocated while the next batch's commands are made, which needs no numbers. Making
  // commands never waits for anything, so it gives way to the event loop now and then, or the allocation's queries
  // would only go out when the next batch is ready.
  let sendt = Promise.resolve();
  try {
    let batch: Planlagt[] = [];
    let klynger = 0;
    for (const klynge of genererKommandoer(plan, referansedata())) {
      batch.push(...klynge);
      if (++klynger % 16 === 0) await setImmediate();
      if (batch.length >= stoerrelse) {
        await vent(sendt);
        sendt = send(batch);
        sendt.catch(() => {}); // surfaces at the next await of it
        batch = [];
      }
    }
    await vent(sendt);
    if (batch.length) await vent(send(batch));
    for (const ferdig of iFlyt) await vent(ferdig);
  } finally {
    await sendt.catch(() => {});
    await Promise.allSettled(iFlyt);
    await beslutter.lukk();
    await skriver.lukk();
  }
  return { ...status, millisekunder: performance.now() - start, ventetMs };
}

/** Events this seeding has stored at the first statistics; they are taken again each time that has doubled. */
const analyseFra = 20_000;

/**
 * Fresh planner statistics for the tables a seeding grows. A statement prepared while a table was small keeps the plan
 * made for it (a hash or merge join over the whole table, say) until the table's statistics change, which only
 * ANALYZE does; PostgreSQL's autovacuum would, but a server may run without it, and it lags a bulk load anyway.
 */
async function analyser(db: Db): Promise<void> {
  await db.query(`analyze ${vekstTabeller.join(', ')}`);
}

const vekstTabeller = [
  'person', 'personidentifikator', 'persondokument', 'hendelse', 'identifikator_serie', 'identifikator_tildelt', 'soek_person', 'soek_navn', 'soek_adresse',
];

function oppdatert(s: Seedresultat, r: Batchresultat, millisekunder: number, ventetMs: number): Seedresultat {
  return {
    ...s,
    kommandoer: s.kommandoer + r.kommandoer,
    hendelser: s.hendelser + r.hendelser,
    avvist: s.avvist + r.avvist.length,
    avvisninger: [...s.avvisninger, ...r.avvist].slice(0, 20),
    millisekunder,
    ventetMs,
  };
}

/** `serve` on an empty register: seed `startpopulasjon` residents (default 10 000) with the default seed. */
export async function seedIfEmpty(db: Db, settings: Pick<Settings, 'startpopulasjon' | 'regelbytteIdentifikator' | 'syntetiskeIdentifikatorer'>): Promise<Seedresultat | undefined> {
  const [rad] = await db.query<{ finnes: boolean }>('select exists (select 1 from person) as finnes');
  if (rad?.finnes || settings.startpopulasjon <= 0) return undefined;
  return seed(db, {
    antall: settings.startpopulasjon,
    identifikatorer: { regelbytteIdentifikator: settings.regelbytteIdentifikator, syntetiskeIdentifikatorer: settings.syntetiskeIdentifikatorer },
  });
}
