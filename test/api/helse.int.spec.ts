import { afterAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import { byggApp } from '../../src/api/app.ts';

describe.each(storeKinds)('operator endpoints on %s', (kind) => {
  const aapne: { close(): Promise<void> }[] = [];
  afterAll(async () => { for (const a of aapne) await a.close().catch(() => {}); });

  it('GET /health answers 200 with the store and the last sekvensnummer', async () => {
    const db = await freshDb(kind);
    const app = await byggApp({ db });
    aapne.push(app, db);
    const svar = await app.inject({ method: 'GET', url: '/health' });
    expect(svar.statusCode).toBe(200);
    expect(svar.json()).toEqual({ status: 'ok', database: kind, sisteSekvensnummer: 0 });
    expect((await app.inject({ method: 'GET', url: '/health/' })).statusCode).toBe(200);
  });

  it('GET /health answers 503 when the database is gone', async () => {
    const db = await freshDb(kind);
    const app = await byggApp({ db });
    aapne.push(app);
    await db.close();
    const svar = await app.inject({ method: 'GET', url: '/health' });
    expect(svar.statusCode).toBe(503);
    expect(svar.json()).toEqual({ status: 'feil', database: kind });
  });

  it('GET /metrics serves Prometheus text with the request histogram', async () => {
    const db = await freshDb(kind);
    const app = await byggApp({ db });
    aapne.push(app, db);
    await app.inject({ method: 'GET', url: '/health' });
    const svar = await app.inject({ method: 'GET', url: '/metrics' });
    expect(svar.statusCode).toBe(200);
    expect(svar.headers['content-type']).toMatch(/^text\/plain/);
    expect(svar.body).toMatch(/folkeregister_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} 1/);
    expect(svar.body).toContain('folkeregister_process_cpu_seconds_total');
  });
});

describe('the OpenAPI document', () => {
  it('GET /openapi.json describes the routes', async () => {
    const db = await freshDb(storeKinds[0]!);
    const app = await byggApp({ db });
    try {
      const svar = await app.inject({ method: 'GET', url: '/openapi.json' });
      expect(svar.statusCode).toBe(200);
      const dok = svar.json();
      expect(dok.openapi).toBe('3.0.3');
      expect(Object.keys(dok.paths)).toEqual(expect.arrayContaining(['/health']));
    } finally {
      await app.close();
      await db.close();
    }
  });
});
