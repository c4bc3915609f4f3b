import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { bolkFor, type UttrekkInnstillinger } from './innstillinger.ts';
import { kjoerBolk, slettUtloepte, slippJobber, taJobb, type Jobb } from './jobber.ts';

/** How often expired jobs are swept, at most. */
const oppryddingMs = 60_000;

/**
 * The extract worker inside a server process: claims one job at a time (`taJobb`), computes it a range of person ids
 * per transaction (`kjoerBolk`), and looks for new work every `pollMs` or at once when this process takes an order
 * (`vekk`). Jobs are in the database, not here: a job outlives the process that ordered or ran it. `stopp` finishes
 * the range under way and gives the lease back, so the next start (here or elsewhere) resumes the job at once; a
 * process that dies leaves a lease that runs out after `leieMs`, and then any worker resumes it.
 * NOTE: `steg` is the whole unit of work and is public so tests (and a future admin command) can drive it.
 */
export class Uttrekksarbeider {
  readonly eier = `arbeider-${randomUUID()}`;
  private aktiv: Jobb | undefined;
  private kjoerer = false;
  private loekke: Promise<void> | undefined;
  private vekking: (() => void) | undefined;
  private sisteOpprydding = -Infinity;

  constructor(
    private readonly db: Db,
    private readonly innstillinger: UttrekkInnstillinger,
    private readonly klokke: () => Date = () => new Date(),
    private readonly loggFeil: (feil: unknown) => void = () => {},
  ) {}

  /** One unit of work: sweep expired jobs when due, claim a job if none is held, compute its next range. */
  async steg(): Promise<boolean> {
    const naa = this.klokke();
    if (naa.getTime() - this.sisteOpprydding >= oppryddingMs) {
      this.sisteOpprydding = naa.getTime();
      await slettUtloepte(this.db, naa);
    }
    this.aktiv ??= await taJobb(this.db, this.eier, naa, this.innstillinger.leieMs);
    if (!this.aktiv) return false;
    const utfall = await kjoerBolk(this.db, this.aktiv.jobbId, this.eier, bolkFor(this.innstillinger, this.db.kind), naa, this.innstillinger.leieMs);
    if (utfall !== 'fortsett') this.aktiv = undefined;
    return true;
  }

  /** Steps until there is nothing left to do. */
  async kjoerTilTomt(): Promise<void> {
    while (await this.steg());
  }

  start(): void {
    if (this.kjoerer) return;
    this.kjoerer = true;
    this.loekke = this.kjoer();
  }

  /** New work may be waiting: skip the rest of the idle wait. */
  vekk(): void {
    this.vekking?.();
  }

  async stopp(): Promise<void> {
    this.kjoerer = false;
    this.vekk();
    await this.loekke;
    this.loekke = undefined;
    this.aktiv = undefined;
    try {
      await slippJobber(this.db, this.eier);
    } catch (feil) {
      // The database is already gone: the lease then runs out by itself, and the job resumes after `leieMs`.
      this.loggFeil(feil);
    }
  }

  private async kjoer(): Promise<void> {
    while (this.kjoerer) {
      let arbeidet = false;
      try {
        arbeidet = await this.steg();
      } catch (feil) {
        // A failed range is rolled back and retried; the job stays claimed until the lease runs out or it succeeds.
        this.aktiv = undefined;
        this.loggFeil(feil);
      }
      if (!arbeidet && this.kjoerer) await this.vent(this.innstillinger.pollMs);
    }
  }

  private vent(ms: number): Promise<void> {
    return new Promise((ferdig) => {
      const tidtaker = setTimeout(slutt, ms);
      function slutt() {
        clearTimeout(tidtaker);
        ferdig();
      }
      this.vekking = slutt;
    });
  }
}
