import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { copyrad, copyTekstliste } from '../../src/store/copy-tekst.ts';
import { freshDb, storeKinds } from '../support/stores.ts';

describe.each(storeKinds)('COPY into %s', (kind) => {
  let db: Db;
  beforeAll(async () => { db = await freshDb(kind); });
  afterAll(() => db?.close());

  it('loads text, numbers, NULL and JSON with escapes unchanged, inside a transaction, and rolls back with it', async () => {
    await db.query('create table kopi (id int primary key, tekst text, dokument jsonb)');
    const dokument = { navn: 'Åse «Tøsen» \\ "Sjøberg"', linje: 'a\tb\nc', u: '\u0001' };
    await db.transaction(async (tx) => {
      await tx.kopierInn('kopi', ['id', 'tekst', 'dokument'], copyrad([1, 'æ\\ø\tå', JSON.stringify(dokument)]) + copyrad([2, null, null]));
    });
    const rader = await db.query<{ id: number; tekst: string | null; dokument: unknown }>('select id, tekst, dokument from kopi order by id');
    expect(rader).toEqual([{ id: 1, tekst: 'æ\\ø\tå', dokument }, { id: 2, tekst: null, dokument: null }]);

    await expect(
      db.transaction(async (tx) => {
        await tx.kopierInn('kopi', ['id', 'tekst', 'dokument'], copyrad([3, 'borte', null]));
        throw new Error('avbrutt');
      }),
    ).rejects.toThrow('avbrutt');
    expect(await db.query('select id from kopi where id = 3')).toEqual([]);
  });

  it('loads text arrays whose words hold quotes, backslashes, commas, braces, spaces and the word NULL', async () => {
    await db.query('create table kopi_liste (id int primary key, ord text[] not null)');
    const ord = ['e:hansen', 'f~KRSTN', 'a"b', 'c\\d', 'x,y', '{z}', 'med mellomrom', 'NULL', '', 'tab\tlinje\n'];
    await db.transaction((tx) => tx.kopierInn('kopi_liste', ['id', 'ord'], copyrad([1, copyTekstliste(ord)]) + copyrad([2, copyTekstliste([])])));
    const rader = await db.query<{ id: number; ord: string[] }>('select id, ord from kopi_liste order by id');
    expect(rader).toEqual([{ id: 1, ord }, { id: 2, ord: [] }]);
  });
});
