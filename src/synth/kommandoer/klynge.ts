import type { Referansedata } from '../data/referansedata.ts';
import { Prng } from '../prng.ts';
import type { Plan } from '../plan/modell.ts';
import { registrerSamliv } from './familie.ts';
import { Klyngekontekst } from './kontekst.ts';
import { barnetsNavn, etternavn, fornavn } from './navn.ts';
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
  const personer = klynge.map((r) => k.person(r));
  const voksne = personer.filter((p) => p.mor === undefined);
  const barn = personer.filter((p) => p.mor !== undefined).sort((a, b) => (a.foedselsdato < b.foedselsdato ? -1 : 1));
  const perioder = new Map<number, Periode[]>();

  // Adults enter the register first, so the couples' events can be dated after both partners are there.
  for (const p of voksne) {
    k.settNavn(p.ref, p.foedselsdato, { fornavn: fornavn(data, p, p.opprinnelse, k.prng), etternavn: etternavn(data, p, k.prng) });
    trekkNaturalisering(k, p);
    registrerLivslop(k, p, perioder);
    registrerNaturalisering(k, p);
  }
  registrerSamliv(k, klynge, perioder);
  for (const b of barn) {
    const mor = k.person(b.mor!);
    const kultur = mor.opprinnelse !== 'NOR' && (b.far === undefined || k.person(b.far).opprinnelse !== 'NOR') ? mor.opprinnelse : b.opprinnelse;
    const foreldrenes = (r: number | undefined) => (r === undefined ? undefined : k.navnVed(r, b.foedselsdato));
    k.settNavn(b.ref, b.foedselsdato, barnetsNavn(data, b, kultur, foreldrenes(b.mor), foreldrenes(b.far), k.prng));
    registrerLivslop(k, b, perioder);
  }
  for (const b of barn) registrerDeltBosted(k, b, perioder);
  for (const p of personer) {
    registrerVergemaal(k, p, vergepool);
    registrerFalskIdentitet(k, p);
  }
  const husstander = new Set(personer.map((p) => p.husstand).filter((h) => h !== undefined));
  for (const h of husstander) registrerAdressebeskyttelse(k, plan.husstander[h]!.medlemmer.map((r) => k.person(r)));
  return k.tidslinje.sortert();
}
