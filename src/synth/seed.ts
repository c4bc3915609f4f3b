import type { Settings } from '../config.ts';
import { osloMidnatt } from '../domain/tid.ts';
import type { Tildelingsinnstillinger } from '../register/identifikatorer.ts';
import { sisteSekvensnummer } from '../register/les-hendelser.ts';
import type { Db } from '../store/db.ts';
import { referansedata } from './data/referansedata.ts';
import { forberedBatch } from './kjoering.ts';
import { utkastskriver } from '../register/skrivetraad.ts';
import { tidsordnetId } from '../register/ider.ts';
import type { Person } from '../domain/person/persondokument.ts';
import { genererKommandoer } from './kommandoer/generer.ts';
import type { Planlagt } from './kommandoer/tidslinje.ts';
import { lagPlan, standardIdag } from './plan/plan.ts';
import { Prng } from './prng.ts';

export interface Seedvalg {
  /** Residents (status `bosatt`); the dead, emigrated, D-number and other identities come on top (`plan/ekstra.ts`). */
  readonly antall: number;
  readonly seed?: string;
  /** The register's today for the population (default 2026-11-23); the clock stands at noon that day while seeding. */
  readonly idag?: string;
  /** Commands per transaction (whole clusters, so a batch may run a little over). */
  readonly batchstoerrelse?: number;
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
  /**
   * Where the time went: deciding batches in JavaScript, and waiting for the database to finish the batch before. A
   * seeder that mostly waits is bound by the database; one that never waits, by JavaScript.
   */
  readonly beslutningMs?: number;
  readonly ventetPaaSkrivingMs?: number;
}

export const standardSeed = 'folkeregister';

/**
 * Seeds the register with a synthetic population through its own write path: the plan is drawn from the seed, turned
 * into commands cluster by cluster, and registered in batches of whole clusters, each batch one transaction. With the
 * same seed and an empty register, the events, person documents, document ids and identity numbers come out
 * byte-identical: the clock is fixed and every id is drawn from the seed.
 */
export async function seed(db: Db, valg: Seedvalg): Promise<Seedresultat> {
  const start = performance.now();
  const seedtekst = valg.seed ?? standardSeed;
  const idag = valg.idag ?? standardIdag;
  const plan = lagPlan({ antall: valg.antall, seed: seedtekst, idag });
  // Ids continue from the log's end, so a second seed into a used register draws new ones.
  const ider = Prng.fra(seedtekst, 'ider', await sisteSekvensnummer(db));
  const klokke = () => new Date(Date.parse(osloMidnatt(idag)) + 12 * 3_600_000);
  // Time-ordered like the register's own (`ider.ts`), as if one id were issued each millisecond from the fixed clock.
  let idnummer = await sisteSekvensnummer(db);
  const oppsett = { klokke, nyId: () => tidsordnetId(klokke().getTime() + idnummer++, ider.hex(3)), kilde: 'syntetisk', identifikatorer: valg.identifikatorer };
  // About 1 000 commands a transaction: larger batches gain nothing and make PGlite copy ever larger parameters.
  const stoerrelse = valg.batchstoerrelse ?? 1000;
  const numre: string[] = [];
  let status: Seedresultat = { personer: valg.antall, identiteter: plan.personer.length, kommandoer: 0, hendelser: 0, avvist: 0, avvisninger: [], millisekunder: 0 };
  // A pipeline of two: batch k+1 is decided in JavaScript while PostgreSQL stores batch k. Batch k's persons are
  // not committed yet, so k+1 is decided on top of them (`uskrevne`); `skrivUtkast` refuses a batch if anything else
  // wrote to the register in between, so the seeder never stores a decision made against a stale person.
  let siste = await sisteSekvensnummer(db);
  let uskrevne: ReadonlyMap<string, Person> = new Map();
  let underSkriving: Promise<void> = Promise.resolve();
  const skriver = utkastskriver(db);
  let batch: Planlagt[] = [];
  let beslutningMs = 0;
  let ventetPaaSkrivingMs = 0;
  const kjoer = async () => {
    const t0 = performance.now();
    const { utkast, resultat: r } = await forberedBatch(db, batch, numre, oppsett, siste, uskrevne);
    const t1 = performance.now();
    batch = [];
    await underSkriving;
    beslutningMs += t1 - t0;
    ventetPaaSkrivingMs += performance.now() - t1;
    siste = utkast.sett.hendelser.at(-1)?.sekvensnummer ?? siste;
    uskrevne = utkast.endret;
    underSkriving = skriver.skriv(utkast).then(() => {
      status = {
        ...status,
        kommandoer: status.kommandoer + r.kommandoer,
        hendelser: status.hendelser + r.hendelser,
        avvist: status.avvist + r.avvist.length,
        avvisninger: [...status.avvisninger, ...r.avvist].slice(0, 20),
        millisekunder: performance.now() - start,
        beslutningMs,
        ventetPaaSkrivingMs,
      };
      valg.fremdrift?.(status);
    });
    // A failed write must surface at the next await, not as an unhandled rejection in between.
    underSkriving.catch(() => {});
  };
  try {
    for (const klynge of genererKommandoer(plan, referansedata())) {
      batch.push(...klynge);
      if (batch.length >= stoerrelse) await kjoer();
    }
    if (batch.length) await kjoer();
    const t = performance.now();
    await underSkriving;
    ventetPaaSkrivingMs += performance.now() - t;
  } finally {
    await skriver.lukk();
  }
  return { ...status, millisekunder: performance.now() - start, beslutningMs, ventetPaaSkrivingMs };
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
