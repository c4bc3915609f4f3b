import type { Db } from '../../store/db.ts';
import { kontrollerRevisjonsrad, type Revisjonsrad } from './revisjonsrad.ts';
import { skrivRevisjonsraderInTrx, type Tidsstemplet } from './skriv-revisjonsrader.ts';

export interface Gruppeskriving {
  /**
   * How long rows arriving at an idle log wait for company before they are written (default 0: the next turn of the
   * event loop). Rows arriving while a batch is being written wait for it instead, and go next.
   */
  readonly maksVentetidMs?: number;
  /** The most rows in one transaction (default 500), though a request's rows always go together. */
  readonly maksRader?: number;
  /** The clock that stamps rows registered without `tidspunkt`. */
  readonly klokke?: () => Date;
}

/** Registration after `lukk()`: the server is shutting down and can no longer log, so it must not disclose. */
export class RevisjonsloggLukket extends Error {
  override readonly name = 'RevisjonsloggLukket';
}

interface Ventende {
  readonly rader: readonly Tidsstemplet[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The writer of the audit log, with group commit: rows from concurrent requests are written together, one transaction
 * and one insert per batch. One batch is written at a time (the hash chain is linear anyway); the rows that arrive
 * meanwhile form the next batch, so batches grow with the load and an idle log adds no delay. Log before you tell
 * (DESIGN.md principle 5): a caller's promise resolves only when the transaction holding its rows has committed, and
 * rejects when it failed, so the response fails instead of disclosing unlogged.
 *
 * NOTE: never resolve before commit, and never drop a row to keep a batch alive: a failed batch rejects all its callers.
 */
export class Revisjonslogg {
  readonly #db: Db;
  readonly #maksVentetidMs: number;
  readonly #maksRader: number;
  readonly #klokke: () => Date;
  #koe: Ventende[] = [];
  #raderIKoe = 0;
  #planlagt: (() => void) | undefined;
  #skriving: Promise<void> | undefined;
  #lukket = false;

  constructor(db: Db, innstillinger: Gruppeskriving = {}) {
    this.#db = db;
    this.#maksVentetidMs = innstillinger.maksVentetidMs ?? 0;
    this.#maksRader = innstillinger.maksRader ?? 500;
    this.#klokke = innstillinger.klokke ?? (() => new Date());
  }

  /** Resolves when the rows are committed; rejects when they are not (`UgyldigRevisjonsrad` before queueing). */
  registrer(rader: readonly Revisjonsrad[]): Promise<void> {
    if (this.#lukket) return Promise.reject(new RevisjonsloggLukket('Revisjonsloggen er lukket'));
    try {
      rader.forEach(kontrollerRevisjonsrad);
    } catch (error) {
      return Promise.reject(error);
    }
    if (rader.length === 0) return Promise.resolve();
    const naa = this.#klokke();
    return new Promise((resolve, reject) => {
      this.#koe.push({ rader: rader.map((r) => ({ ...r, tidspunkt: r.tidspunkt ?? naa })), resolve, reject });
      this.#raderIKoe += rader.length;
      if (this.#skriving) return; // the running writer takes these next
      if (this.#raderIKoe >= this.#maksRader) this.#skriv();
      else this.#planlagt ??= this.#planlegg();
    });
  }

  /** Writes what is queued, waits for it, and refuses later registrations: for the server's `onClose`. */
  async lukk(): Promise<void> {
    this.#lukket = true;
    if (this.#koe.length > 0) this.#skriv();
    await this.#skriving;
  }

  #planlegg(): () => void {
    if (this.#maksVentetidMs <= 0) {
      const i = setImmediate(() => this.#skriv());
      return () => clearImmediate(i);
    }
    const t = setTimeout(() => this.#skriv(), this.#maksVentetidMs);
    return () => clearTimeout(t);
  }

  #skriv(): void {
    this.#planlagt?.();
    this.#planlagt = undefined;
    this.#skriving ??= this.#skrivKoeen();
  }

  async #skrivKoeen(): Promise<void> {
    while (this.#koe.length > 0) {
      const parti = this.#nesteParti();
      try {
        await this.#db.transaction((tx) => skrivRevisjonsraderInTrx(tx, parti.flatMap((p) => p.rader)));
        for (const p of parti) p.resolve();
      } catch (error) {
        for (const p of parti) p.reject(error);
      }
    }
    this.#skriving = undefined;
  }

  /** Whole requests from the front of the queue, up to `maksRader` rows (at least one request). */
  #nesteParti(): Ventende[] {
    let rader = 0;
    let antall = 0;
    while (antall < this.#koe.length && (antall === 0 || rader + this.#koe[antall]!.rader.length <= this.#maksRader)) {
      rader += this.#koe[antall]!.rader.length;
      antall++;
    }
    this.#raderIKoe -= rader;
    return this.#koe.splice(0, antall);
  }
}
