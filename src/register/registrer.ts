import { nyTidsordnetId } from './ider.ts';
import type { Db, Queryable } from '../store/db.ts';
import type { LagretHendelse } from '../domain/hendelse.ts';
import type { Avvisning, Kontekst } from '../domain/kommando/beslutning.ts';
import { decide, identifikatorbehov, personreferanser, type Identifikatorbehov } from '../domain/kommando/decide.ts';
import type { Kommando } from '../domain/kommando/kommando.ts';
import { evolve } from '../domain/person/evolve.ts';
import { alleIdentifikatorer, folkeregisteridentifikator, type Person } from '../domain/person/persondokument.ts';
import { osloDato, osloTidspunkt } from '../domain/tid.ts';
import { dublettreferanse, erDublettreferanse } from '../domain/kommando/decide-dublett.ts';
import { finnDublettkilderInTrx } from './dubletter.ts';
import { finnPersonerInTrx } from './les-person.ts';
import { skrivEndringerInTrx, skrivRaderInTrx, tilSkriverader, tomtEndringssett, type Endringssett, type Skriverader } from './skriv-endringer.ts';

export type Utfall =
  | { readonly ok: true; readonly hendelser: readonly LagretHendelse[] }
  | { readonly ok: false; readonly avvisning: Avvisning };

/** Allocates identity numbers inside the writing transaction (see `identifikatorer.ts`). */
export type Identifikatortildeler = (tx: Queryable, behov: readonly Identifikatorbehov[], idag: string) => Promise<string[]>;

export interface Skriveoppsett {
  readonly tildelIdentifikatorer: Identifikatortildeler;
  readonly klokke?: () => Date;
  /** New `dokumentidentifikator`s and `hendelsesidentifikator`s: 32 hex digits like FREG's (default `ider.ts`). */
  readonly nyId?: () => string;
  readonly kilde?: string;
  /** Person ids for the persons a batch creates (default: drawn from the `person` table's sequence). */
  readonly reserverPersonIder?: (tx: Queryable, antall: number) => Promise<number[]>;
}


/**
 * The write path (DESIGN.md principle 1). All commands are decided and stored in ONE transaction that first takes the
 * register's write lock (the `sekvens` row), so sekvensnummer is gap-free in commit order: a writer that commits
 * later always holds higher numbers, and one that rolls back leaves none behind. Each command is decided against the
 * persons as the earlier commands of the batch left them; a refused command changes nothing and the others go on.
 */
export async function registrer(db: Db, kommandoer: readonly Kommando[], oppsett: Skriveoppsett): Promise<Utfall[]> {
  return db.transaction((tx) => registrerInTrx(tx, kommandoer, oppsett));
}

export async function registrerInTrx(tx: Queryable, kommandoer: readonly Kommando[], oppsett: Skriveoppsett): Promise<Utfall[]> {
  const [laas] = await tx.query<{ siste: number }>('select siste from sekvens for update');
  const { sett, utfall } = await beslutt(tx, kommandoer, oppsett, Number(laas!.siste), new Map());
  await skrivEndringerInTrx(tx, sett);
  return utfall;
}

/** A batch decided outside the lock, on top of the log ending at `fra`; written only if the log still ends there. */
export interface Utkast {
  readonly fra: number;
  readonly sett: Endringssett;
  /** The endringssett serialised already, so the write transaction only sends it. */
  readonly rader: Skriverader;
  readonly utfall: readonly Utfall[];
  /** Every person the batch changed, by each of their numbers, as the batch leaves them. */
  readonly endret: ReadonlyMap<string, Person>;
}

/** The log moved on between deciding an `Utkast` and writing it: another writer ran, so the decisions are stale. */
export class RegisteretErEndret extends Error {
  override readonly name = 'RegisteretErEndret';
}

/**
 * A bulk writer's half of the write path: decides a batch WITHOUT the lock, on top of the log ending at `fra`, so that
 * batch k+1 can be decided while batch k is stored. `uskrevne` are the persons of batches decided but not yet
 * committed, which win over what the database holds. Safe by construction: `skrivUtkast` writes only if the log still
 * ends at `fra`, so nothing decided against a state that changed in between is ever stored. (The seeder's batches
 * never share persons, so it decides them without knowing `fra` yet: `besluttUnummerert`.)
 */
export async function forberedUtkast(
  db: Queryable,
  kommandoer: readonly Kommando[],
  oppsett: Skriveoppsett,
  fra: number,
  uskrevne: ReadonlyMap<string, Person>,
): Promise<Utkast> {
  const { sett, utfall } = await beslutt(db, kommandoer, oppsett, fra, uskrevne);
  const endret = new Map<string, Person>();
  for (const d of sett.dokumenter) for (const n of alleIdentifikatorer(d.person.dokument)) endret.set(n, d.person);
  return { fra, sett, rader: tilSkriverader(sett), utfall, endret };
}

/**
 * A batch decided before anyone knows where the log will end when it is written: its events are numbered from 1,
 * and `tilSkriverader(sett, fra)` places them after `fra`. This is how the seeder decides batches in parallel
 * (`synth/beslutter.ts`); it holds only for batches that name no person of another batch not yet written, which is
 * what the seeder's clusters are. The write is still refused if the log did not end at `fra` (`skrivUtkast`).
 */
export interface Beslutning {
  readonly sett: Endringssett;
  readonly utfall: readonly Utfall[];
}

export function besluttUnummerert(db: Queryable, kommandoer: readonly Kommando[], oppsett: Skriveoppsett): Promise<Beslutning> {
  return beslutt(db, kommandoer, oppsett, 0, new Map());
}

export async function skrivUtkast(db: Db, utkast: Pick<Utkast, 'fra' | 'rader'>): Promise<void> {
  await db.transaction(async (tx) => {
    const [laas] = await tx.query<{ siste: number }>('select siste from sekvens for update');
    if (Number(laas!.siste) !== utkast.fra) {
      throw new RegisteretErEndret(`Registeret ble endret under skrivingen (sekvensnummer ${laas!.siste}, ventet ${utkast.fra})`);
    }
    await skrivRaderInTrx(tx, utkast.rader);
  });
}

/** Decides and evolves every command in order into one endringssett, numbering events from `siste` + 1. */
async function beslutt(
  les: Queryable,
  kommandoer: readonly Kommando[],
  oppsett: Skriveoppsett,
  siste: number,
  uskrevne: ReadonlyMap<string, Person>,
): Promise<{ sett: Endringssett; utfall: Utfall[] }> {
  let sekvensnummer = siste;
  const nyId = oppsett.nyId ?? nyTidsordnetId;
  const instant = (oppsett.klokke ?? (() => new Date()))();
  const grunnkontekst = { naa: osloTidspunkt(instant), idag: osloDato(instant), kilde: oppsett.kilde ?? 'folkeregistermyndigheten' };

  const antallNye = kommandoer.filter((k) => k.type === 'opprettPerson').length;
  const nyePersonIder = antallNye ? await (oppsett.reserverPersonIder ?? reserverPersonIder)(les, antallNye) : [];
  const kjente = await forhaandslast(les, kommandoer, uskrevne);
  const forhaandstildelt = await forhaandstildel(les, kommandoer, oppsett, grunnkontekst.idag);
  const sett: Endringssett = tomtEndringssett();
  const utfall: Utfall[] = [];

  for (const [i, kommando] of kommandoer.entries()) {
    const personer = await lastPersoner(les, kommando, kjente);
    const behov = identifikatorbehov(kommando, personer);
    const nyeIdentifikatorer =
      forhaandstildelt.get(i) ?? (behov.length ? await oppsett.tildelIdentifikatorer(les, behov, grunnkontekst.idag) : []);
    const kontekst: Kontekst = { ...grunnkontekst, nyeIdentifikatorer };
    const beslutning = decide(kommando, personer, kontekst);
    if (!beslutning.ok) {
      utfall.push(beslutning);
      continue;
    }
    const lagret: LagretHendelse[] = [];
    const nye = new Map<string, Person>();
    for (const hendelse of beslutning.hendelser) {
      const foer = hendelse.person.startsWith('ny:')
        ? (nye.get(hendelse.person) ?? { personId: nyePersonIder.shift()!, versjon: 0, dokumentidentifikator: '', dokument: {} })
        : kjente.get(hendelse.person);
      if (!foer) throw new Error(`decide produced an event for a person it was not given (${hendelse.hendelsestype})`);
      const etter: Person = {
        personId: foer.personId,
        versjon: foer.versjon + 1,
        dokumentidentifikator: nyId(),
        dokument: evolve(foer.dokument, hendelse),
      };
      const stored: LagretHendelse = { ...hendelse, sekvensnummer: ++sekvensnummer, hendelsesidentifikator: nyId(), persondokument: etter.dokumentidentifikator };
      lagret.push(stored);
      sett.hendelser.push(stored);
      sett.dokumenter.push({ person: etter, foer: foer.dokument, sekvensnummer, folkeregisteridentifikator: folkeregisteridentifikator(etter.dokument) });
      // A number that finds no one or someone else is this person's from now on: a new number, or one a merge takes
      // over or a split gives back (decide-dublett.ts).
      for (const nummer of alleIdentifikatorer(etter.dokument)) {
        const forrige = kjente.get(nummer);
        if (forrige?.personId !== etter.personId) {
          sett.identifikatorer.push({ nummer, personId: etter.personId, ny: forrige === undefined });
          // Later commands of the batch find the person the number was taken from, as the store would after commit.
          if (forrige) kjente.set(dublettreferanse(nummer), forrige);
        }
        kjente.set(nummer, etter);
      }
      if (erDublettreferanse(hendelse.person)) kjente.set(hendelse.person, etter);
      if (hendelse.person.startsWith('ny:')) nye.set(hendelse.person, etter);
    }
    utfall.push({ ok: true, hendelser: lagret });
  }
  return { sett, utfall };
}

/**
 * One query for every person the batch names directly, instead of one per command: a batch of 100 moves is one
 * round trip, not a hundred. Persons found only through loaded documents are fetched later, per command.
 */
async function forhaandslast(tx: Queryable, kommandoer: readonly Kommando[], uskrevne: ReadonlyMap<string, Person>): Promise<Map<string, Person>> {
  const tom = new Map<string, Person>();
  const numre = [...new Set(kommandoer.flatMap((k) => personreferanser(k, tom)))].filter((n) => !uskrevne.has(n));
  const lastet = await finnPersonerInTrx(tx, numre);
  const kjente = new Map<string, Person>(uskrevne);
  for (const person of lastet.values()) for (const n of alleIdentifikatorer(person.dokument)) kjente.set(n, person);
  return kjente;
}

/** Numbers for the persons the batch creates, in one allocation (their needs do not depend on any stored person). */
async function forhaandstildel(
  tx: Queryable,
  kommandoer: readonly Kommando[],
  oppsett: Skriveoppsett,
  idag: string,
): Promise<Map<number, string[]>> {
  const tom = new Map<string, Person>();
  const indekser = kommandoer.flatMap((k, i) => (k.type === 'opprettPerson' ? [i] : []));
  const behov = indekser.map((i) => identifikatorbehov(kommandoer[i]!, tom));
  const numre = behov.length ? await oppsett.tildelIdentifikatorer(tx, behov.flat(), idag) : [];
  const tildelt = new Map<number, string[]>();
  let neste = 0;
  for (const [j, i] of indekser.entries()) {
    tildelt.set(i, numre.slice(neste, neste + behov[j]!.length));
    neste += behov[j]!.length;
  }
  return tildelt;
}

/** Loads what decide needs, following references found in loaded documents until nothing new is asked for. */
async function lastPersoner(tx: Queryable, kommando: Kommando, kjente: Map<string, Person>): Promise<Map<string, Person>> {
  const personer = new Map<string, Person>();
  const provd = new Set<string>();
  for (;;) {
    const mangler = personreferanser(kommando, personer).filter((n) => !personer.has(n) && !provd.has(n));
    if (mangler.length === 0) return personer;
    const fraDb = mangler.filter((n) => !kjente.has(n));
    const lastet = await finnPersonerInTrx(tx, fraDb);
    for (const [referanse, person] of await finnDublettkilderInTrx(tx, fraDb)) lastet.set(referanse, person);
    for (const nummer of mangler) {
      provd.add(nummer);
      const person = kjente.get(nummer) ?? lastet.get(nummer);
      if (!person) continue;
      if (erDublettreferanse(nummer)) kjente.set(nummer, person);
      // Index the person under all its numbers, so decide and the batch find it by whichever one is used later.
      for (const n of alleIdentifikatorer(person.dokument)) {
        if (!kjente.has(n)) kjente.set(n, person);
      }
      personer.set(nummer, kjente.get(nummer) ?? person);
      for (const n of alleIdentifikatorer(person.dokument)) personer.set(n, kjente.get(n) ?? person);
    }
  }
}

export async function reserverPersonIder(tx: Queryable, antall: number): Promise<number[]> {
  const rader = await tx.query<{ id: number }>(
    `select nextval(pg_get_serial_sequence('person', 'person_id'))::int as id from generate_series(1, $1)`,
    [antall],
  );
  return rader.map((r) => Number(r.id));
}
