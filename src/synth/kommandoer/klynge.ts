import type { Referansedata } from '../data/referansedata.ts';
import { Prng } from '../prng.ts';
import type { Plan } from '../plan/modell.ts';
import { registrerSamliv, trekkNavn } from './familie.ts';
import { Klyngekontekst } from './kontekst.ts';
import type { Periode } from './perioder.ts';
import { registrerLivslop, registrerNaturalisering, trekkNaturalisering } from './person.ts';
import type { Planlagt } from './tidslinje.ts';
import { registrerAdressebeskyttelse, registrerDeltBosted, registrerFalskIdentitet, registrerVergemaal } from './tillegg.ts';

/**
 * All commands of one cluster, in registration order. The cluster draws from a random stream of its own (seed and
 * first member), so it comes out the same whichever clusters were made before it. `vergepool` holds adults of
 * earlier clusters, who may be guardians here.
 */
export function kommandoerForKlynge(plan: Plan, data: Referansedata, klynge: readonly number[], vergepool: readonly number[]): Planlagt[] {
  const k = new Klyngekontekst(plan, data, Prng.fra(plan.seed, 'klynge', klynge[0]!));
  // Parents are born before their children, so in birth order everyone's parents are registered before them.
  const personer = klynge.map((r) => k.person(r)).sort((a, b) => (a.foedselsdato < b.foedselsdato ? -1 : a.foedselsdato > b.foedselsdato ? 1 : a.ref - b.ref));
  const perioder = new Map<number, Periode[]>();
  const navnebytter = trekkNavn(k, klynge);
  for (const p of personer) {
    trekkNaturalisering(k, p);
    registrerLivslop(k, p, perioder);
    registrerNaturalisering(k, p);
  }
  registrerSamliv(k, klynge, perioder, navnebytter);
  for (const p of personer) {
    registrerDeltBosted(k, p, perioder);
    registrerVergemaal(k, p, vergepool);
    registrerFalskIdentitet(k, p);
  }
  // Protected households are families (never flatmates), so all their members are in this cluster.
  const husstander = new Set(personer.map((p) => p.husstand).filter((h) => h !== undefined));
  for (const h of husstander) registrerAdressebeskyttelse(k, plan.husstander[h]!);
  return k.tidslinje.sortert();
}
