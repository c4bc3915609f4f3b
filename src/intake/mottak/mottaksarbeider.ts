import type { Db } from '../../store/db.ts';
import { behandleNeste, type Mottaksoppsett } from './arbeider.ts';

export interface Arbeiderinnstillinger {
  /** How often an idle worker looks for messages accepted by another server process (ms). */
  readonly pollMs?: number;
  /** Called when a round fails (a database fault): the message stays pending and is retried after `pollMs`. */
  readonly loggFeil?: (feil: unknown) => void;
}

/**
 * Runs `behandleNeste` until the queue is empty, then sleeps until woken (an accept in this process) or until the
 * next poll (an accept in another process, or a retry after a fault). One loop per process; the database's advisory
 * lock keeps processes from working at once.
 */
export class Mottaksarbeider {
  readonly #db: Db;
  readonly #oppsett: Mottaksoppsett;
  readonly #pollMs: number;
  readonly #loggFeil: (feil: unknown) => void;
  #vekk: (() => void) | undefined;
  #loekke: Promise<void> | undefined;
  #stoppet = false;
  #ventende = 0;
  #tomme: (() => void)[] = [];

  constructor(db: Db, oppsett: Mottaksoppsett, innstillinger: Arbeiderinnstillinger = {}) {
    this.#db = db;
    this.#oppsett = oppsett;
    this.#pollMs = innstillinger.pollMs ?? 1000;
    this.#loggFeil = innstillinger.loggFeil ?? (() => {});
  }

  start(): void {
    this.#loekke ??= this.#kjoer();
  }

  /** A message was accepted: look now rather than at the next poll. */
  vekk(): void {
    this.#ventende++;
    this.#vekk?.();
  }

  /** Resolves when the worker has found the queue empty after this call (tests, benchmarks, shutdown). */
  tom(): Promise<void> {
    return new Promise((resolve) => {
      this.#tomme.push(resolve);
      this.vekk();
    });
  }

  async stopp(): Promise<void> {
    this.#stoppet = true;
    this.#vekk?.();
    await this.#loekke;
  }

  async #kjoer(): Promise<void> {
    while (!this.#stoppet) {
      this.#ventende = 0;
      const venter = this.#tomme.splice(0);
      let runde: Awaited<ReturnType<typeof behandleNeste>> | 'feil';
      do {
        runde = await behandleNeste(this.#db, this.#oppsett).catch((feil: unknown) => {
          this.#loggFeil(feil);
          return 'feil' as const;
        });
      } while (runde === 'behandlet' && !this.#stoppet);
      if (runde === 'tom') venter.forEach((r) => r());
      else this.#tomme.unshift(...venter);
      if (this.#stoppet) break;
      // Woken meanwhile: another round at once; otherwise sleep until woken or the poll.
      if (this.#ventende > 0 && runde === 'tom') continue;
      await new Promise<void>((resolve) => {
        const tidtaker = setTimeout(ferdig, this.#pollMs);
        tidtaker.unref?.();
        const self = this;
        function ferdig() {
          clearTimeout(tidtaker);
          self.#vekk = undefined;
          resolve();
        }
        this.#vekk = ferdig;
      });
    }
    this.#tomme.splice(0).forEach((r) => r());
  }
}
