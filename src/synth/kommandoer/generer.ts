import { alderVed } from '../plan/alder.ts';
import type { Referansedata } from '../data/referansedata.ts';
import type { Plan } from '../plan/modell.ts';
import { kommandoerForKlynge } from './klynge.ts';
import type { Planlagt } from './tidslinje.ts';

/** Adults who may be appointed guardians in later clusters; a bounded sample of the first ones met. */
const vergepoolStoerrelse = 2000;

/**
 * The plan as commands, one cluster at a time (so a million persons never sit in memory as commands at once). A
 * cluster's commands are yielded together: the runner keeps them in one batch.
 */
export function* genererKommandoer(plan: Plan, data: Referansedata): Generator<Planlagt[]> {
  const vergepool: number[] = [];
  for (const klynge of plan.klynger) {
    yield kommandoerForKlynge(plan, data, klynge, vergepool);
    for (const r of klynge) {
      const p = plan.personer[r]!;
      const alder = alderVed(p.foedselsdato, plan.idag);
      if (vergepool.length < vergepoolStoerrelse && p.status === 'bosatt' && alder >= 25 && alder < 75) vergepool.push(r);
    }
  }
}
