import type { Befolkning } from './befolkning.ts';
import type { Maaling } from './maaling.ts';

/**
 * The seeder's figures (issue 3: 10 000 into PGlite under 15 s, 1 000 000 into PostgreSQL under 10 minutes), from the
 * seeding of the shared population (`befolkning.ts`): residents, identities and events a second, and how long the
 * seeder's own thread, which makes the commands, waited for the rest of the pipeline.
 */
export async function seedBenk(store: string, befolkning: Befolkning): Promise<Maaling[]> {
  const r = befolkning.seeding;
  if (!r) return [];
  const sekunder = r.millisekunder / 1000;
  const { antall } = befolkning;
  return [
    { store, navn: `seed ${antall} bosatte: tid`, enhet: 's', verdi: sekunder },
    { store, navn: `seed ${antall} bosatte`, enhet: 'bosatte/s', verdi: r.personer / sekunder },
    { store, navn: `seed ${antall} bosatte: alle identiteter`, enhet: 'identiteter/s', verdi: r.identiteter / sekunder },
    { store, navn: `seed ${antall} bosatte: hendelser`, enhet: 'hendelser/s', verdi: r.hendelser / sekunder },
    { store, navn: `seed ${antall} bosatte: tråder som besluttet`, enhet: 'tråder', verdi: r.traader ?? 0 },
    { store, navn: `seed ${antall} bosatte: kommandotråden ventet på tildeling, beslutning og skriving`, enhet: 's', verdi: (r.ventetMs ?? 0) / 1000 },
  ];
}
