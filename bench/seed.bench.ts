import type { Befolkning } from './befolkning.ts';
import type { Maaling } from './maaling.ts';

/**
 * The seeder's figures (issue 3: 10 000 into PGlite under 15 s, 1 000 000 into PostgreSQL under 10 minutes), from the
 * seeding of the shared population (`befolkning.ts`): residents, identities and events a second, and where the time
 * went (deciding in JavaScript, waiting for the database).
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
    { store, navn: `seed ${antall} bosatte: beslutning i JavaScript`, enhet: 's', verdi: (r.beslutningMs ?? 0) / 1000 },
    { store, navn: `seed ${antall} bosatte: ventet på databasen`, enhet: 's', verdi: (r.ventetPaaSkrivingMs ?? 0) / 1000 },
  ];
}
