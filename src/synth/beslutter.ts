import type { Beslutning } from '../register/registrer.ts';
import { tilSkriverader, type Skriverader } from '../register/skriv-endringer.ts';
import { overfoerbare, somBytes } from '../register/skrivetraad.ts';
import type { Db, Queryable } from '../store/db.ts';
import { Traadkanal } from '../traadkanal.ts';
import { besluttBatch, type Batchresultat, type Seedoppsett, type TildeltBatch } from './kjoering.ts';

/**
 * Decides the seeder's batches (`besluttBatch`) and hands each over as the database receives it once its place in the
 * log is known. A batch is decided before the batches ahead of it are written, which is sound because a batch is
 * made of whole clusters: its commands name persons of its own or persons only by number (a guardian), never one
 * whose document another batch is still deciding.
 */
export interface Beslutter {
  /** Decides a batch; resolves with its outcome. */
  beslutt(batch: TildeltBatch): Promise<Batchresultat>;
  /** Batch `nr`, decided, as the database receives it, its events numbered after `fra`; then forgotten. */
  rader(nr: number, fra: number): Promise<Skriverader>;
  lukk(): Promise<void>;
}

/** Decides in the calling thread, reading what it must from `db` (PGlite, or PostgreSQL without threads). */
export function beslutterITraaden(db: Queryable, oppsett: Seedoppsett): Beslutter {
  const besluttet = new Map<number, Beslutning>();
  return {
    async beslutt(batch) {
      const { beslutning, resultat } = await besluttBatch(db, batch, oppsett);
      besluttet.set(batch.nr, beslutning);
      return resultat;
    },
    async rader(nr, fra) {
      const beslutning = besluttet.get(nr);
      if (!beslutning) throw new Error(`Batch ${nr} is not decided`);
      besluttet.delete(nr);
      return tilSkriverader(beslutning.sett, fra);
    },
    async lukk() {},
  };
}

/**
 * Decides in `antall` threads of their own, each with its own connection, batch `nr` in thread `nr % antall`. Deciding
 * and serialising a batch is most of the seeder's JavaScript (`docs/ytelse.md`), and batches do not depend on each
 * other, so on PostgreSQL they run side by side; what comes back is the same as `beslutterITraaden` would give.
 */
export function beslutterTraader(tilkobling: NonNullable<Db['tilkobling']>, oppsett: Seedoppsett, antall: number): Beslutter {
  const traader = Array.from(
    { length: antall },
    () =>
      new Traadkanal<Beslutningssvar>(
        new URL('./beslutter-arbeider.ts', import.meta.url),
        { tilkobling, oppsett },
        'A decider thread',
        (svar) => `${svar.art}:${svar.nr}`,
        (svar) => (svar.feil ? new Error(svar.feil) : undefined),
      ),
  );
  const spoer = (nr: number, oppdrag: Beslutningsoppdrag) => traader[nr % antall]!.spoer(`${oppdrag.art}:${nr}`, oppdrag);
  return {
    beslutt: async (batch) => (await spoer(batch.nr, { art: 'beslutt', batch })).resultat!,
    rader: async (nr, fra) => (await spoer(nr, { art: 'rader', nr, fra })).rader!,
    async lukk() {
      await Promise.all(traader.map((t) => t.lukk({ art: 'slutt' } satisfies Beslutningsoppdrag)));
    },
  };
}

export type Beslutningsoppdrag =
  | { readonly art: 'beslutt'; readonly batch: TildeltBatch }
  | { readonly art: 'rader'; readonly nr: number; readonly fra: number }
  | { readonly art: 'slutt' };

export interface Beslutningssvar {
  readonly art: 'beslutt' | 'rader';
  readonly nr: number;
  readonly resultat?: Batchresultat;
  readonly rader?: Skriverader;
  readonly feil?: string;
}

/** The decider thread's side: one connection, its batches in the order they come. */
export async function besvar(db: Queryable, oppsett: Seedoppsett, send: (svar: Beslutningssvar, flytt: ArrayBuffer[]) => void): Promise<(oppdrag: Beslutningsoppdrag) => Promise<boolean>> {
  const beslutter = beslutterITraaden(db, oppsett);
  return async (oppdrag) => {
    if (oppdrag.art === 'slutt') return false;
    const nr = oppdrag.art === 'beslutt' ? oppdrag.batch.nr : oppdrag.nr;
    try {
      if (oppdrag.art === 'beslutt') {
        send({ art: 'beslutt', nr, resultat: await beslutter.beslutt(oppdrag.batch) }, []);
      } else {
        const rader = somBytes(await beslutter.rader(nr, oppdrag.fra));
        send({ art: 'rader', nr, rader }, overfoerbare(rader));
      }
    } catch (e) {
      send({ art: oppdrag.art, nr, feil: (e as Error).message }, []);
    }
    return true;
  };
}
