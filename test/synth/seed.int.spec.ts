import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persondokument } from '../../src/domain/person/persondokument.ts';
import { gjeldendeStatus } from '../../src/domain/person/persondokument.ts';
import type { Db } from '../../src/store/db.ts';
import { finnPersondokumenter } from '../../src/register/les-person.ts';
import { seed, seedIfEmpty, type Seedresultat } from '../../src/synth/seed.ts';
import { freshDb, storeKinds } from '../support/stores.ts';
import { bruddPaaInvarianter, type Registrert } from './invarianter.ts';

const identifikatorer = { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true };
const N = 1000;

/** Everything the seed wrote, in log order: archive versions as the archive gives them back, and events. */
async function innhold(db: Db) {
  const ider = await db.query<{ dokumentidentifikator: string }>('select dokumentidentifikator from persondokument order by sekvensnummer');
  const arkiv = await finnPersondokumenter(db, ider.map((r) => r.dokumentidentifikator));
  const dokumenter = ider.map(({ dokumentidentifikator }) => {
    const v = arkiv.get(dokumentidentifikator)!;
    return { dokumentidentifikator, versjon: v.versjon, dokument: v.dokument };
  });
  const hendelser = await db.query<{ hendelsesidentifikator: string; folkeregisteridentifikator: string; dokument: unknown }>(
    'select hendelsesidentifikator, folkeregisteridentifikator, dokument from hendelse order by sekvensnummer',
  );
  return { dokumenter, hendelser };
}

async function registrerte(db: Db): Promise<Registrert[]> {
  const personer = await db.query<{ person_id: number; dokument: Persondokument }>(
    'select p.person_id::int as person_id, d.dokument from person p join persondokument d using (dokumentidentifikator)',
  );
  const hendelser = await db.query<{ person_id: number; hendelsestype: string; dokument: Registrert['hendelser'][number] }>(
    'select person_id::int as person_id, hendelsestype, dokument from hendelse order by sekvensnummer',
  );
  const perPerson = new Map<number, Registrert['hendelser'][number][]>();
  for (const h of hendelser) (perPerson.get(h.person_id) ?? perPerson.set(h.person_id, []).get(h.person_id)!).push({ ...h.dokument, hendelsestype: h.hendelsestype });
  return personer.map((p) => ({ dokument: p.dokument, hendelser: perPerson.get(p.person_id) ?? [] }));
}

describe.each(storeKinds)('seeding a synthetic population on %s', (kind) => {
  let a: Db;
  let b: Db;
  let resultat: Seedresultat;
  beforeAll(async () => {
    [a, b] = await Promise.all([freshDb(kind), freshDb(kind)]);
    resultat = await seed(a, { antall: N, seed: 'likt', identifikatorer });
    await seed(b, { antall: N, seed: 'likt', identifikatorer });
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('registers every command through the write path', async () => {
    expect(resultat).toMatchObject({ personer: N, avvist: 0 });
    expect(resultat.identiteter).toBeGreaterThan(N);
    const [rad] = await a.query<{ n: number }>('select count(*)::int as n from hendelse');
    expect(rad!.n).toBe(resultat.hendelser);
  });

  it('stores every event, document version, identity number and search row with its person', async () => {
    // The bulk tables have no foreign key to `person` (migration 0014): the write path keeps this, and this asks.
    const tabeller = ['hendelse', 'persondokument', 'personidentifikator', 'soek_person', 'soek_navn', 'soek_adresse'];
    const telling = await Promise.all(tabeller.map(async (t) => {
      const [r] = await a.query<{ rader: number; uten: number }>(
        `select count(*)::int as rader, count(*) filter (where not exists (select 1 from person p where p.person_id = t.person_id))::int as uten from ${t} t`,
      );
      return [t, r] as const;
    }));
    for (const [t, r] of telling) expect({ t, uten: r!.uten, harRader: r!.rader > 0 }).toEqual({ t, uten: 0, harRader: true });
  });

  it('gives byte-identical person documents, events and identity numbers for the same seed', async () => {
    const [x, y] = await Promise.all([innhold(a), innhold(b)]);
    expect(x.dokumenter.length).toBeGreaterThan(N);
    expect(JSON.stringify(y)).toBe(JSON.stringify(x));
  });

  it('keeps the invariants, identity numbers included, with exactly N residents', async () => {
    const personer = await registrerte(a);
    expect(bruddPaaInvarianter(personer, { numre: true })).toEqual([]);
    expect(personer.filter((p) => gjeldendeStatus(p.dokument) === 'bosatt')).toHaveLength(N);
  });

  it('seeds an empty register on start, and leaves a populated one alone', async () => {
    const tom = await freshDb(kind);
    try {
      const innstillinger = { startpopulasjon: 200, ...identifikatorer };
      expect(await seedIfEmpty(tom, innstillinger)).toMatchObject({ personer: 200, avvist: 0 });
      expect(await seedIfEmpty(tom, innstillinger)).toBeUndefined();
    } finally {
      await tom.close();
    }
  });
});

// Only PostgreSQL decides in threads (PGlite lives in the seeding thread).
describe.each(storeKinds.filter((k) => k === 'postgres'))('seeding with decider threads on %s', (kind) => {
  it('gives the same population whether batches are decided in threads of their own or in the seeding thread', async () => {
    const [traader, ett] = await Promise.all([freshDb(kind), freshDb(kind)]);
    try {
      // Small batches, so that each of three threads decides several and they finish out of order.
      const r = await seed(traader, { antall: 300, seed: 'traader', identifikatorer, batchstoerrelse: 40, traader: 3 });
      await seed(ett, { antall: 300, seed: 'traader', identifikatorer, batchstoerrelse: 40, traader: 0 });
      expect(r).toMatchObject({ traader: 3, avvist: 0 });
      const [x, y] = await Promise.all([innhold(traader), innhold(ett)]);
      expect(x.hendelser.length).toBe(r.hendelser);
      expect(JSON.stringify(x)).toBe(JSON.stringify(y));
      const [logg] = await traader.query<{ n: number; maks: number }>('select count(*)::int as n, max(sekvensnummer)::int as maks from hendelse');
      expect(logg).toEqual({ n: r.hendelser, maks: r.hendelser });
    } finally {
      await traader.close();
      await ett.close();
    }
  }, 120_000);
});
