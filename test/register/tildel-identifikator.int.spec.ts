import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kandidat, klassifiser, serielengde, type Tildelingsspesifikasjon } from '../../src/domain/identitetsnummer/index.ts';
import {
  IdentifikatorserieBruktOpp,
  tildelIdentifikatorer,
  tildelIdentifikatorerBulk,
  tildelInntil,
} from '../../src/register/tildel-identifikator.ts';
import type { Db, Queryable } from '../../src/store/db.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openPglite } from '../../src/store/pglite-db.ts';
import { openPostgres } from '../../src/store/postgres-db.ts';
import { freshDb, storeKinds, testDatabaseUrl, type StoreKind } from '../support/stores.ts';

const spec = (foedselsdato: string, s: Partial<Tildelingsspesifikasjon> = {}): Tildelingsspesifikasjon => ({
  foedselsdato, kjoenn: 'kvinne', dNummer: false, regler: '1964', syntetisk: true, ...s,
});
const serie = (s: Tildelingsspesifikasjon, fra: number, til: number) => Array.from({ length: til - fra }, (_, i) => kandidat(s, fra + i));

describe.each(storeKinds)('identity-number allocation on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind, { max: 10 });
  });
  afterAll(() => db?.close());

  it('issues a series from its top and records each number and how far the series went', async () => {
    const s = spec('1990-05-17');
    expect(await db.transaction((tx) => tildelIdentifikatorer(tx, s, 5))).toEqual(serie(s, 0, 5));
    expect(await db.transaction((tx) => tildelIdentifikatorer(tx, s, 2))).toEqual(serie(s, 5, 7));
    expect(await db.query('select nokkel, brukt from identifikator_serie')).toEqual([{ nokkel: 'fnr:1964:syntetisk:1990-05-17:kvinne', brukt: 7 }]);
    const tildelt = await db.query<{ nummer: string }>('select nummer from identifikator_tildelt order by nummer');
    expect(tildelt.map((r) => r.nummer)).toEqual(serie(s, 0, 7).sort());
  });

  it('skips numbers a person holds or that were issued before, reserving more until it has enough', async () => {
    const s = spec('1991-01-01', { kjoenn: 'mann' });
    const [person] = await db.query<{ person_id: number }>(
      `insert into person (folkeregisteridentifikator, dokumentidentifikator, versjon, sekvensnummer)
       values ($1, 'importert', 1, 0) returning person_id`,
      [kandidat(s, 0)],
    );
    await db.query('insert into personidentifikator (nummer, person_id) values ($1, $2)', [kandidat(s, 0), person!.person_id]);
    await db.query('insert into identifikator_tildelt (nummer) values ($1), ($2)', [kandidat(s, 2), kandidat(s, 3)]);
    expect(await db.transaction((tx) => tildelIdentifikatorer(tx, s, 3))).toEqual([kandidat(s, 1), kandidat(s, 4), kandidat(s, 5)]);
  });

  it('gives a rolled-back transaction’s positions to the next caller', async () => {
    const s = spec('1992-02-02');
    await expect(
      db.transaction(async (tx) => {
        await tildelIdentifikatorer(tx, s, 4);
        throw new Error('the register refused the melding');
      }),
    ).rejects.toThrow('refused');
    expect(await db.transaction((tx) => tildelIdentifikatorer(tx, s, 4))).toEqual(serie(s, 0, 4));
  });

  it('throws IdentifikatorserieBruktOpp at the end of a series, and tildelInntil hands out what is left', async () => {
    const s = spec('1870-03-03', { dNummer: true }); // D-numbers 1858–1899: individnummer 599–500 only (§7.2)
    const lengde = serielengde(s);
    expect(lengde).toBeGreaterThan(30);
    expect(lengde).toBeLessThan(50);
    const feil = await db.transaction((tx) => tildelIdentifikatorer(tx, s, lengde + 1)).catch((e: unknown) => e);
    expect(feil).toBeInstanceOf(IdentifikatorserieBruktOpp);
    expect(feil).toMatchObject({ serienokkel: 'dnr:1964:syntetisk:1870-03-03:kvinne' });
    const [delvis, tom] = await db.transaction((tx) => tildelInntil(tx, [{ spec: s, antall: lengde - 3 }, { spec: s, antall: 10 }]));
    expect(delvis).toEqual({ numre: serie(s, 0, lengde - 3), bruktOpp: false });
    expect(tom).toEqual({ numre: serie(s, lengde - 3, lengde), bruktOpp: true });
    expect(await db.transaction((tx) => tildelInntil(tx, [{ spec: s, antall: 1 }]))).toEqual([{ numre: [], bruktOpp: true }]);
  });

  it('serves many behov in a few statements, in the order asked, one series after the other', async () => {
    const datoer = Array.from({ length: 50 }, (_, i) => `1960-03-${String((i % 28) + 1).padStart(2, '0')}`);
    const behov = datoer.flatMap((d, i) => [
      { spec: spec(d, { kjoenn: i % 2 ? 'mann' : 'kvinne' }), antall: 3 },
      { spec: spec(d, { regler: '2032', dNummer: true }), antall: 2 },
    ]);
    let statements = 0;
    const numre = await db.transaction((tx) =>
      tildelIdentifikatorerBulk({ ...tx, query: (t, p) => (statements++, tx.query(t, p)) } satisfies Queryable, behov),
    );
    expect(statements).toBe(3); // lock prefixes, reserve positions, issue numbers
    expect(numre.map((n) => n.length)).toEqual(behov.map((b) => b.antall));
    const alle = numre.flat();
    expect(new Set(alle).size).toBe(alle.length);
    expect(alle.every((n) => klassifiser(n).gyldig)).toBe(true);
    // Two behov of one series (the same date and sex twice among the 50) share it in order.
    expect(numre[0]).toEqual(serie(behov[0]!.spec, 0, 3));
    expect(numre[56]).toEqual(serie(behov[56]!.spec, 3, 6));
  });

  it('never issues a number twice across 8 concurrent transactions drawing from overlapping series', async () => {
    // One birth date, series that hold the same numbers: 1964 kvinne ⊂ 1964 both sexes; 2032 holds all their
    // remainder-0 numbers again. Every caller also waits inside its transaction so the others pile up behind it.
    const d = '1999-12-31';
    const varianter = [spec(d), spec(d, { kjoenn: undefined }), spec(d, { regler: '2032' }), spec(d, { kjoenn: 'mann' })];
    const runder = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.transaction(async (tx) => {
          const numre = await tildelIdentifikatorerBulk(tx, [
            { spec: varianter[i % 4]!, antall: 20 },
            { spec: varianter[(i + 1) % 4]!, antall: 20 },
          ]);
          await tx.query('select pg_sleep(0.02)');
          return numre.flat();
        }),
      ),
    );
    const alle = runder.flat();
    expect(alle).toHaveLength(8 * 40);
    expect(new Set(alle).size).toBe(alle.length);
    const [{ antall }] = (await db.query<{ antall: number }>(
      'select count(*)::int as antall from identifikator_tildelt where nummer = any($1::text[])',
      [alle],
    )) as [{ antall: number }];
    expect(antall).toBe(alle.length);
  });
});

describe.each(storeKinds)('allocation after reopening the same %s database', (kind) => {
  const steder: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const rydd of steder) await rydd();
  });

  it('resumes each series where it stopped and repeats nothing', async () => {
    const aapne = await gjenaapneligDb(kind, steder);
    const s = spec('1985-07-07', { kjoenn: 'mann' });
    const s2032 = spec('1985-07-07', { regler: '2032' });
    let db = await aapne();
    const foer = await db.transaction((tx) => tildelIdentifikatorerBulk(tx, [{ spec: s, antall: 10 }, { spec: s2032, antall: 10 }]));
    await db.close();
    db = await aapne();
    const etter = await db.transaction((tx) => tildelIdentifikatorerBulk(tx, [{ spec: s, antall: 10 }, { spec: s2032, antall: 10 }]));
    await db.close();
    expect(etter[0]).toEqual(serie(s, 10, 20));
    const alle = [...foer.flat(), ...etter.flat()];
    expect(new Set(alle).size).toBe(40);
  });
});

/** Opens the same database again and again: a PGlite data folder, or one PostgreSQL schema. */
async function gjenaapneligDb(kind: StoreKind, rydd: (() => Promise<void>)[]): Promise<() => Promise<Db>> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'folkeregister-id-'));
    rydd.push(() => rm(dir, { recursive: true, force: true }));
    return async () => {
      const db = await openPglite(dir);
      await migrate(db);
      return db;
    };
  }
  const url = await testDatabaseUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  rydd.push(async () => {
    const db = await openPostgres(url);
    await db.query(`drop schema if exists "${schema}" cascade`);
    await db.close();
  });
  return async () => {
    const db = await openPostgres(url, { schema });
    await migrate(db);
    return db;
  };
}
