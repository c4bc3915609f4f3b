import type { Identifikatorbehov } from '../domain/kommando/decide.ts';
import type { Kommando } from '../domain/kommando/kommando.ts';
import { reglerForTildeling } from '../domain/identitetsnummer/index.ts';
import { osloMidnatt } from '../domain/tid.ts';
import type { Tildelingsinnstillinger } from '../register/identifikatorer.ts';
import { tidsordnetId } from '../register/ider.ts';
import { besluttUnummerert, reserverPersonIder, type Beslutning, type Identifikatortildeler, type Skriveoppsett } from '../register/registrer.ts';
import { tildelIdentifikatorerBulk } from '../register/tildel-identifikator.ts';
import type { Db, Queryable } from '../store/db.ts';
import { Prng } from './prng.ts';
import type { Planlagt } from './kommandoer/tidslinje.ts';

/** What every batch of one seeding shares; plain data, so that a decider thread gets it as it is (`beslutter.ts`). */
export interface Seedoppsett {
  readonly seed: string;
  /** The register's today; the clock stands at noon that day. */
  readonly idag: string;
  /** Where the log ended when seeding began: ids drawn for a second seeding into a used register are new ones. */
  readonly start: number;
  readonly identifikatorer: Tildelingsinnstillinger;
}

/** A batch ready to decide: every `@ref` replaced by a number, and the numbers and person ids it creates reserved. */
export interface TildeltBatch {
  /** The batch's place in the seeding, from 0; its ids are drawn from it. */
  readonly nr: number;
  readonly kommandoer: readonly Kommando[];
  /** For a command that gives a person a number: the number allocated for it, and what it was allocated for. */
  readonly nye: readonly ({ readonly nummer: string; readonly behov: Identifikatorbehov } | null)[];
  readonly personIder: readonly number[];
}

export interface Batchresultat {
  readonly kommandoer: number;
  readonly hendelser: number;
  /** Refused commands: a generator bug, since the plan only asks for what the rules allow. */
  readonly avvist: readonly { readonly type: string; readonly kode: string; readonly melding: string }[];
}

export const seedklokke = (idag: string): Date => new Date(Date.parse(osloMidnatt(idag)) + 12 * 3_600_000);

/**
 * Allocates a batch's new identity numbers and person ids, in one transaction and in batch order, so that they are a
 * function of the seed whichever thread decides the batch later. Numbers come from the register's allocator in one
 * bulk call (`tildelIdentifikatorerBulk`: the same series and rules as one at a time; a number allocated for a batch
 * that is never written is burnt, never reissued). `numre` holds every registered person's current number, by ref,
 * and grows as batches are allocated.
 */
export async function tildelBatch(db: Db, nr: number, batch: readonly Planlagt[], numre: string[], oppsett: Seedoppsett): Promise<TildeltBatch> {
  const regler = reglerForTildeling(oppsett.idag, oppsett.identifikatorer.regelbytteIdentifikator);
  // In the order the write path asks for them, so each series is drawn in registration order.
  const nye = iTildelingsrekkefoelge(batch.map((p) => (p.ny ? p : null)), batch.map((p) => p.kommando));
  const antallPersoner = batch.filter((p) => p.kommando.type === 'opprettPerson').length;
  const { tildelt, personIder } = await db.transaction(async (tx) => ({
    tildelt: await tildelIdentifikatorerBulk(
      tx,
      nye.map((p) => ({ spec: { ...p.ny!.behov, regler, syntetisk: oppsett.identifikatorer.syntetiskeIdentifikatorer }, antall: 1 })),
    ),
    personIder: antallPersoner ? await reserverPersonIder(tx, antallPersoner) : [],
  }));
  const nummerFor = new Map(nye.map((p, i) => [p, tildelt[i]![0]!]));
  const kommandoer = batch.map((p) => {
    const kommando = erstatt(p.kommando, numre) as Kommando;
    if (p.ny) numre[p.ny.ref] = nummerFor.get(p)!;
    return kommando;
  });
  return { nr, kommandoer, nye: batch.map((p) => (p.ny ? { nummer: nummerFor.get(p)!, behov: p.ny.behov } : null)), personIder };
}

/**
 * Decides one allocated batch through the register's own rules, numbered from 1 (`besluttUnummerert`): where it goes
 * in the log is settled when it is written. The write path asks for identity numbers as it always does (those of
 * all new persons at once, then the rest command by command) and gets the ones allocated, by need; each outcome is
 * checked against the number planned for it, so a change in that order fails loudly instead of mixing up persons.
 */
export async function besluttBatch(db: Queryable, batch: TildeltBatch, oppsett: Seedoppsett): Promise<{ beslutning: Beslutning; resultat: Batchresultat }> {
  const koeer = new Map<string, string[]>();
  for (const n of iTildelingsrekkefoelge(batch.nye, batch.kommandoer)) {
    const k = behovsnokkel(n.behov);
    (koeer.get(k) ?? koeer.set(k, []).get(k)!).push(n.nummer);
  }
  const tildeler: Identifikatortildeler = async (_tx, behov) =>
    behov.map((b) => {
      const nummer = koeer.get(behovsnokkel(b))?.shift();
      if (!nummer) throw new Error('The write path asked for an identity number the seeder did not plan');
      return nummer;
    });
  const personIder = [...batch.personIder];
  const skriveoppsett: Skriveoppsett = {
    klokke: () => seedklokke(oppsett.idag),
    nyId: batchIder(oppsett, batch.nr),
    kilde: 'syntetisk',
    tildelIdentifikatorer: tildeler,
    reserverPersonIder: async (_tx, antall) => personIder.splice(0, antall),
  };
  const beslutning = await besluttUnummerert(db, batch.kommandoer, skriveoppsett);
  const { utfall } = beslutning;
  batch.nye.forEach((n, i) => {
    const u = utfall[i]!;
    if (n && u.ok && !u.hendelser.some((h) => h.folkeregisteridentifikator === n.nummer)) {
      throw new Error('The write path gave a new person another identity number than the seeder planned');
    }
  });
  const avvist = utfall.flatMap((u, i) => (u.ok ? [] : [{ type: batch.kommandoer[i]!.type, kode: u.avvisning.kode, melding: u.avvisning.melding }]));
  return {
    beslutning,
    resultat: { kommandoer: batch.kommandoer.length, hendelser: beslutning.sett.hendelser.length, avvist },
  };
}

/**
 * A batch's document and event ids, time-ordered like the register's own (`ider.ts`): as if the fixed clock issued
 * one a millisecond from a slot of 65 536 milliseconds per batch, with the random part from the batch's own stream,
 * so they do not depend on how many ids earlier batches used (which a parallel decider does not know yet). A batch of
 * more than 65 536 ids (some 30 000 events, far above the default) runs into the next one's slot, and a second seeding
 * reuses the first one's: the ids stay unique (80 random bits) and only lose some of their order, which is there for
 * the indexes' sake.
 */
function batchIder(oppsett: Seedoppsett, nr: number): () => string {
  const tilfeldig = Prng.fra(oppsett.seed, 'ider', oppsett.start, nr);
  const fra = seedklokke(oppsett.idag).getTime() + nr * 65_536;
  let n = 0;
  return () => tidsordnetId(fra + n++, tilfeldig.hex(3));
}

/**
 * What each command that gives a person a number holds (`null` for the others), in the order the write path asks for
 * numbers: the persons a batch creates first, all at once (`forhaandstildel`), then the rest command by command.
 */
function iTildelingsrekkefoelge<T>(perKommando: readonly (T | null)[], kommandoer: readonly Kommando[]): T[] {
  const nye = (opprett: boolean) => perKommando.filter((t, i): t is T => t !== null && (kommandoer[i]!.type === 'opprettPerson') === opprett);
  return [...nye(true), ...nye(false)];
}

const behovsnokkel = (b: Identifikatorbehov) => `${b.foedselsdato}|${b.kjoenn ?? ''}|${b.dNummer}`;

/** The command with every `@ref` string replaced by that person's number, wherever it sits. */
function erstatt(verdi: unknown, numre: readonly string[]): unknown {
  if (typeof verdi === 'string') {
    if (verdi.charCodeAt(0) !== 64 /* @ */) return verdi;
    const nummer = numre[Number(verdi.slice(1))];
    if (nummer === undefined) throw new Error(`The seeder refers to ${verdi} before it is registered`);
    return nummer;
  }
  if (Array.isArray(verdi)) return verdi.map((v) => erstatt(v, numre));
  if (verdi && typeof verdi === 'object') {
    const ut: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(verdi)) ut[k] = erstatt(v, numre);
    return ut;
  }
  return verdi;
}
