import type { Livshendelse } from './hendelsesvalg.ts';

/**
 * What became of the life events of one kind: `sendt` as producer messages, of which `mottatt` by the intake (the
 * rest failed its formal check at the edge: a fault of the simulation), or delivered `direkte` as register commands.
 * Of them all, `registrert` (automatically, or by decide), sent to `manuell` handling, or `avvist` by the rules or
 * decide; the messages left are still in the intake queue.
 */
export interface Telling {
  readonly sendt: number;
  readonly direkte: number;
  readonly mottatt: number;
  readonly registrert: number;
  readonly manuell: number;
  readonly avvist: number;
}

/** `mottak`: producer messages through the intake (the default); `direkte`: register commands (docs/syntetisk-populasjon.md). */
export type Simuleringsvei = 'mottak' | 'direkte';

export interface Simuleringsstatus {
  readonly vei: Simuleringsvei;
  readonly perType: Readonly<Partial<Record<Livshendelse, Telling>>>;
  readonly totalt: Telling;
  /** Accepted messages the intake has not processed yet. */
  readonly ventende: number;
  /** The first reasons for refusal or manual handling, as `kind: code`: a person picked in a state the rules forbid. */
  readonly avvisninger: readonly string[];
  readonly millisekunder: number;
}

const tom: Telling = { sendt: 0, direkte: 0, mottatt: 0, registrert: 0, manuell: 0, avvist: 0 };
const MERKNADER = 10;

/** Counts outcomes by kind as they become known, and keeps the first few reasons. */
export class Utfallsregnskap {
  readonly #perType = new Map<Livshendelse, Telling>();
  readonly #avvisninger: string[] = [];

  tell(type: Livshendelse, utfall: keyof Telling): void {
    const t = this.#perType.get(type) ?? tom;
    this.#perType.set(type, { ...t, [utfall]: t[utfall] + 1 });
  }

  /** Notes why an event was refused or sent to manual handling. */
  merk(type: Livshendelse, kode: string): void {
    if (this.#avvisninger.length < MERKNADER) this.#avvisninger.push(`${type}: ${kode}`);
  }

  status(vei: Simuleringsvei, ventende: number, millisekunder: number): Simuleringsstatus {
    const perType = Object.fromEntries(this.#perType);
    const totalt = [...this.#perType.values()].reduce<Telling>(
      (sum, t) => ({ sendt: sum.sendt + t.sendt, direkte: sum.direkte + t.direkte, mottatt: sum.mottatt + t.mottatt, registrert: sum.registrert + t.registrert, manuell: sum.manuell + t.manuell, avvist: sum.avvist + t.avvist }),
      tom,
    );
    return { vei, perType, totalt, ventende, avvisninger: [...this.#avvisninger], millisekunder };
  }
}
