import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sisteSekvensnummer } from '../../src/register/les-hendelser.ts';
import type { Db } from '../../src/store/db.ts';
import { seed } from '../../src/synth/seed.ts';
import { simuler } from '../../src/synth/simulate.ts';
import { freshDb, storeKinds } from '../support/stores.ts';

const identifikatorer = { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true };

describe.each(storeKinds)('simulating life events on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seed(db, { antall: 300, identifikatorer });
  });
  afterAll(() => db?.close());

  it('registers events at about the asked rate through the write path, and stops on time', async () => {
    const foer = await sisteSekvensnummer(db);
    const status = await simuler(db, { rate: 100, varighet: 2, identifikatorer });
    expect(status.avvisninger).toEqual([]);
    expect(status.hendelser).toBeGreaterThan(120);
    expect(status.millisekunder).toBeLessThan(3500);
    expect(await sisteSekvensnummer(db)).toBeGreaterThan(foer + status.hendelser - 1);
  });
});
