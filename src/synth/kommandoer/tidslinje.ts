import type { Identifikatorbehov } from '../../domain/kommando/decide.ts';
import type { Kommando } from '../../domain/kommando/kommando.ts';

/**
 * A planned command. Persons appear as `@<ref>` wherever a command names one (`person`, `personer`, `foreldre`,
 * `barn`, a guardian's number …); the runner puts in each person's identity number, known by the time the command
 * is registered. `ny` marks a command that gives a person a number, and what the allocator will be asked for.
 */
export interface Planlagt {
  readonly kommando: Kommando;
  readonly ny?: { readonly ref: number; readonly behov: Identifikatorbehov };
}

export const ref = (r: number): string => `@${r}`;

/**
 * A cluster's commands in the order the register must see them. A command is registered on its date, or later when
 * a person it names entered the register later (a marriage abroad is registered when the couple immigrates);
 * commands on the same day keep the order they were added in, so a person is always created before anything else
 * happens to them, and a person's own events keep their order.
 */
export class Tidslinje {
  private readonly poster: { orden: string; nr: number; planlagt: Planlagt }[] = [];
  private readonly registrert = new Map<number, string>();

  /** A command that creates `ref` on `dato`, or when the persons it names (a child's parents) are there. */
  opprett(r: number, dato: string, involverte: readonly number[], planlagt: Planlagt): void {
    this.registrert.set(r, this.legg(dato, involverte, planlagt));
  }

  /** When `ref` entered the register; persons of earlier clusters count as always there. */
  registrertFra(r: number): string {
    return this.registrert.get(r) ?? '0000-00-00';
  }

  /** Adds a command; returns the day it will be registered. */
  legg(dato: string, involverte: readonly number[], planlagt: Planlagt): string {
    const orden = involverte.reduce((d, r) => (this.registrertFra(r) > d ? this.registrertFra(r) : d), dato);
    this.poster.push({ orden, nr: this.poster.length, planlagt });
    return orden;
  }

  sortert(): Planlagt[] {
    return [...this.poster].sort((a, b) => (a.orden < b.orden ? -1 : a.orden > b.orden ? 1 : a.nr - b.nr)).map((p) => p.planlagt);
  }
}
