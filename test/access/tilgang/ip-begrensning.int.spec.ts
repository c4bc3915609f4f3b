import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/db.ts';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { byggTestapp, ekko, forventetFeil, hentToken, registrerTestkonsument, type Testmiljoe } from './hjelpere.ts';

describe.each(storeKinds)('throttling of the consumer routes on %s', (kind) => {
  let db: Db;
  let m: Testmiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggTestapp(db, { FOLKEREGISTER_IP_GRENSE: '3', FOLKEREGISTER_IP_VINDU: '60' });
  });
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('answers 429 with Retry-After in seconds past the limit, before looking at the token, per IP', async () => {
    const klient = await registrerTestkonsument(db, '940000001', ['offentligMedHjemmel']);
    const token = await hentToken(m, klient, ['folkeregister:deling/offentligmedhjemmel']);
    m.klokke.frem(15);
    expect((await ekko(m.app, 'offentligMedHjemmel', token)).statusCode).toBe(200);
    expect((await ekko(m.app, 'offentligMedHjemmel')).statusCode).toBe(401); // refused calls count too
    expect((await ekko(m.app, 'finans', token)).statusCode).toBe(403);
    const svar = await ekko(m.app, 'offentligMedHjemmel', token);
    expect([svar.statusCode, svar.headers['retry-after'], svar.json()]).toEqual([429, '45', forventetFeil('TooManyRequests')]);
    expect((await ekko(m.app, 'offentligMedHjemmel', token, '10.0.0.2')).statusCode).toBe(200);
    // The token service and other audiences are not throttled by the consumer plugin.
    expect((await m.app.inject({ url: '/aapen', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    m.klokke.frem(45);
    expect((await ekko(m.app, 'offentligMedHjemmel', token)).statusCode).toBe(200);
  });
});
