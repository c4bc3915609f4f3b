import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds, testDatabaseUrl } from '../support/stores.ts';
import type { Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { byggApp } from '../../src/api/app.ts';
import { lesTilgangsinnstillinger } from '../../src/access/tokens/innstillinger.ts';
import { registrer } from '../../src/register/registrer.ts';
import { openPostgres } from '../../src/store/postgres-db.ts';
import type { Db } from '../../src/store/db.ts';
import { seed } from '../../src/synth/seed.ts';
import { ISSUER } from '../access/tilgang/hjelpere.ts';
import { Mottaker } from './mottaker.ts';
import { byggOppslagsmiljoe, skriveoppsett, type Oppslagsmiljoe } from './oppslag-oppsett.ts';
import { abonner, hentAbonnement, testPush, ventTilAjour, type LestAbonnement } from './push-oppsett.ts';
import { forventKopiLikBulkoppslag, gjenles, identifikasjonsnummer, lesFeed, skrivEndringer, type Dokument, type Innslag } from './synkronisering.ts';

/**
 * Push keeps the feed's promise (spec §3.6) without polling: a receiver that re-reads each person its deliveries name
 * ends with what bulk lookups give, even when it is down for a while in the middle of the register's changes.
 */
describe.each(storeKinds)('a push subscriber while the register changes, on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  const mottakere: Mottaker[] = [];
  beforeAll(async () => {
    db = await freshDb(kind);
    await seed(db, { antall: 150, seed: 'push', identifikatorer: identifikasjonsnummer });
    m = await byggOppslagsmiljoe(db, { push: testPush });
  }, 180_000);
  afterAll(async () => {
    await Promise.all(mottakere.map((x) => x.stopp()));
    await m?.app.close();
    await db?.close();
  });

  it('whose receiver stops and restarts mid-changes ends with a copy equal, person by person, to bulk lookups', async () => {
    const pakker: Rettighetspakke[] = ['offentligMedHjemmel', 'finans'];
    const kopier = pakker.map(() => new Map<string, Dokument>());
    const abonnementer: LestAbonnement[] = [];
    for (const [i, pakke] of pakker.entries()) {
      const x = await new Mottaker(m.klokke.naa).start();
      mottakere.push(x);
      // The consumer's handling: re-read the persons named, then acknowledge; a failed re-read is a failed delivery.
      x.behandle = (innslag) => gjenles(m, pakke, innslag, kopier[i]!);
      abonnementer.push(await abonner(m, pakke, x, { seq: 0, antall: 50 }));
    }
    let nede: string[] = [];
    const skriver = skrivEndringer(db, m, kind);
    await new Promise((r) => setTimeout(r, 1000));
    await Promise.all(mottakere.map((x) => x.stopp()));
    await new Promise((r) => setTimeout(r, 1500));
    nede = await Promise.all(pakker.map(async (p, i) => (await hentAbonnement(m, p, abonnementer[i]!.id)).sisteFeil ?? ''));
    await Promise.all(mottakere.map((x) => x.start()));
    await skriver;

    for (const [i, pakke] of pakker.entries()) {
      const x = mottakere[i]!;
      await ventTilAjour(m, db, pakke, abonnementer[i]!.id, x);
      expect(nede[i], pakke).toMatch(/^Ingen forbindelse med mottakeren/);
      // At least once, in order: a page is repeated only when its acknowledgement was lost, and nothing is skipped.
      const mottatt = entydige(x.innslag);
      expect(mottatt, pakke).toEqual(await lesFeed(m, pakke, abonnementer[i]!.seq));
      x.leveringer.slice(1).forEach((l, j) => expect(l.innslag[0]!.sekvensnummer).toBeLessThanOrEqual(x.leveringer[j]!.innslag.at(-1)!.sekvensnummer + 1));
      await forventKopiLikBulkoppslag(m, db, pakke, kopier[i]!);
    }
  }, 240_000);
});

function entydige(innslag: readonly Innslag[]): Innslag[] {
  const sett = new Map(innslag.map((i) => [i.sekvensnummer, i]));
  return [...sett.values()].sort((a, b) => a.sekvensnummer - b.sekvensnummer);
}

/**
 * Several server processes on one PostgreSQL: each subscription is claimed by one at a time (a lease row), so without
 * failures each entry reaches the webhook once; the guarantee in general is at least once (docs/push.md).
 */
describe.each(storeKinds.filter((k) => k === 'postgres'))('two server instances on one %s', () => {
  let db: Db;
  let db2: Db;
  let m: Oppslagsmiljoe;
  let andre: Awaited<ReturnType<typeof byggApp>>;
  const mottakere: Mottaker[] = [];
  beforeAll(async () => {
    db = await freshDb('postgres');
    m = await byggOppslagsmiljoe(db, { push: testPush });
    const [{ skjema }] = (await db.query<{ skjema: string }>('select current_schema() as skjema')) as [{ skjema: string }];
    db2 = await openPostgres(await testDatabaseUrl(), { schema: skjema });
    const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER });
    andre = await byggApp({ db: db2, tilgang, klokke: m.klokke.naa, push: testPush });
    await andre.ready();
  }, 180_000);
  afterAll(async () => {
    await Promise.all(mottakere.map((x) => x.stopp()));
    await andre?.close();
    await db2?.close();
    await m?.app.close();
    await db?.close();
  });

  it('deliver every entry of every subscription exactly once, in order', async () => {
    const pakker: Rettighetspakke[] = ['offentligMedHjemmel', 'offentligUtenHjemmel', 'finans', 'privat'];
    const abonnementer: LestAbonnement[] = [];
    for (const pakke of pakker) {
      const x = await new Mottaker(m.klokke.naa).start();
      mottakere.push(x);
      abonnementer.push(await abonner(m, pakke, x, { seq: 0, antall: 2 }));
    }
    for (let runde = 0; runde < 10; runde++) {
      const [u] = await registrer(db2, [{ type: 'endreNavn', person: m.personer.ugradert, navn: { fornavn: `Runde${runde}`, etternavn: 'To' } }], skriveoppsett);
      expect(u).toMatchObject({ ok: true });
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const [i, pakke] of pakker.entries()) {
      const x = mottakere[i]!;
      await ventTilAjour(m, db, pakke, abonnementer[i]!.id, x);
      expect(x.innslag, pakke).toEqual(await lesFeed(m, pakke, 0));
    }
  }, 120_000);
});
