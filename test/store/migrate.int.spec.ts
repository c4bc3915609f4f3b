import { afterAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { Db } from '../../src/store/db.ts';

describe.each(storeKinds)('migrations on %s', (kind) => {
  let db: Db;
  afterAll(() => db?.close());

  it('creates the register tables once and is a no-op the second time', async () => {
    db = await freshDb(kind);
    const tables = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['hendelse', 'person', 'persondokument', 'personidentifikator', 'sekvens']),
    );
    expect(await migrate(db)).toEqual([]);
    const [row] = await db.query<{ siste: number }>('select siste from sekvens');
    expect(row?.siste).toBe(0);
  });
});
