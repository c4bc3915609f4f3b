import { Worker } from 'node:worker_threads';

/**
 * A worker thread on a TypeScript module (started by `traad.js`), asked questions by key and answering by key. A
 * thread that stops, by an error or otherwise, fails every question still open and every one asked after, instead of
 * leaving them unanswered: a caller waiting on a dead thread would wait for ever.
 */
export class Traadkanal<Svar> {
  private readonly traad: Worker;
  private readonly venter = new Map<string, { ok: (svar: Svar) => void; feil: (e: Error) => void }>();
  private stoppet: Error | undefined;
  private readonly avsluttet: Promise<void>;

  constructor(
    modul: URL,
    data: object,
    navn: string,
    private readonly nokkel: (svar: Svar) => string,
    feil: (svar: Svar) => Error | undefined,
  ) {
    this.traad = new Worker(new URL('./traad.js', import.meta.url), { workerData: { ...data, modul: modul.href } });
    this.traad.on('message', (svar: Svar) => {
      const k = this.nokkel(svar);
      const v = this.venter.get(k);
      this.venter.delete(k);
      const e = feil(svar);
      if (e) v?.feil(e);
      else v?.ok(svar);
    });
    this.traad.on('error', (e) => this.stopp(e));
    this.avsluttet = new Promise((ferdig) =>
      this.traad.once('exit', (kode) => {
        this.stopp(new Error(`${navn} stopped (exit code ${kode})`));
        ferdig();
      }),
    );
  }

  /** Sends `melding`, moving the `flytt` buffers to the thread, and resolves with the answer that has `nokkel`. */
  spoer(nokkel: string, melding: unknown, flytt: ArrayBuffer[] = []): Promise<Svar> {
    if (this.stoppet) return Promise.reject(this.stoppet);
    return new Promise((ok, feil) => {
      this.venter.set(nokkel, { ok, feil });
      try {
        this.traad.postMessage(melding, flytt);
      } catch (e) {
        this.venter.delete(nokkel);
        feil(e as Error);
      }
    });
  }

  /** Asks the thread to finish with `slutt` (unless it has stopped already) and waits until it has. */
  async lukk(slutt: unknown): Promise<void> {
    if (!this.stoppet) this.traad.postMessage(slutt);
    await this.avsluttet;
  }

  private stopp(e: Error): void {
    this.stoppet ??= e;
    for (const v of this.venter.values()) v.feil(e);
    this.venter.clear();
  }
}
