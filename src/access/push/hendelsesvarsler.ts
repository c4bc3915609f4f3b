import type { Db } from '../../store/db.ts';

/** The channel the write path's trigger notifies at every commit (migration 0011). */
export const hendelseskanal = 'folkeregister_hendelse';

/**
 * Wakes what waits for new events in this process: the push deliverer and the event streams. One LISTEN per process
 * (PostgreSQL: one connection; PGlite: its own notifications), so a commit by any server process on the same database
 * wakes them all. Notifications can be lost (a dropped connection), so every wait is also bounded by its caller.
 */
export interface Hendelsesvarsler {
  /**
   * Counts wake-ups. Read it before looking for work and pass it to `vent`, which then returns at once if a commit
   * came in between, instead of missing it.
   */
  readonly generasjon: number;
  /** Resolves at the next wake-up after `generasjon`, after `ms`, or when `signal` aborts. */
  vent(ms: number, generasjon: number, signal?: AbortSignal): Promise<void>;
  /** A wake-up from this process: a subscription was made or moved. */
  vekk(): void;
  stopp(): Promise<void>;
}

export async function startHendelsesvarsler(db: Db): Promise<Hendelsesvarsler> {
  let generasjon = 0;
  const ventende = new Set<() => void>();
  const vekk = () => {
    generasjon++;
    for (const v of [...ventende]) v();
  };
  const stoppLytting = db.lytt ? await db.lytt(hendelseskanal, vekk) : async () => {};
  return {
    get generasjon() {
      return generasjon;
    },
    vent(ms, sett, signal) {
      if (generasjon !== sett || signal?.aborted) return Promise.resolve();
      return new Promise((resolve) => {
        const ferdig = () => {
          clearTimeout(tidsur);
          ventende.delete(ferdig);
          signal?.removeEventListener('abort', ferdig);
          resolve();
        };
        const tidsur = setTimeout(ferdig, ms);
        ventende.add(ferdig);
        signal?.addEventListener('abort', ferdig, { once: true });
      });
    },
    vekk,
    async stopp() {
      await stoppLytting();
      vekk();
    },
  };
}
