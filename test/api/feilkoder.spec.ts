import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { feilkatalog } from '../../src/api/feil/katalog.ts';
import { brukFeilhaandtering } from '../../src/api/feil/feilhaandtering.ts';

const tabell = readFileSync(new URL('../../docs/feilkoder.md', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('| `'))
  .map((l) => l.split('|').map((c) => c.trim().replace(/`/g, '')))
  .map(([, kode, status, form, feilkode]) => ({ kode, status: Number(status), form, feilkode }));

const formnavn = { folkeregisterFeilmelding: 'FolkeregisterFeilmelding', errorMessageForExternalUsers: 'ErrorMessageForExternalUsers', fregFeil: 'FregFeil', uttrekkFeilmelding: 'UttrekkFeilmelding' };

describe('the error catalogue', () => {
  it('docs/feilkoder.md lists exactly the catalogue, with the same status, shape and feilkode', () => {
    const katalog = Object.entries(feilkatalog).map(([kode, d]) => ({ kode, status: d.status, form: formnavn[d.form], feilkode: d.feilkode }));
    expect(tabell).toEqual(katalog);
  });

  it('unknown URLs, schema failures and crashes answer in FREG shapes, without internals', async () => {
    const app = Fastify();
    brukFeilhaandtering(app);
    app.get('/krasj', async () => { throw new Error('secret internal detail'); });
    app.get('/skjema', { schema: { querystring: { type: 'object', required: ['seq'], properties: { seq: { type: 'integer' } } } } }, async () => 'ok');
    const ukjent = await app.inject('/finnes-ikke');
    expect(ukjent.statusCode).toBe(404);
    expect(ukjent.json()).toEqual({ code: 'FREG-404', message: 'Ressursen finnes ikke', httpStatus: 404, feilreferanse: expect.any(String) });
    const krasj = await app.inject('/krasj');
    expect(krasj.statusCode).toBe(500);
    expect(krasj.json()).toEqual({ kode: 'FREG-001', melding: 'Feil i tjenesten. Vennligst prøv igjen seinere.' });
    const skjema = await app.inject('/skjema?seq=abc');
    expect(skjema.statusCode).toBe(400);
    expect(skjema.json()).toMatchObject({ httpStatus: 400, alvorlighetsgrad: 'WARNING', feilkode: 'ske.folkeregister.konsument.UgyldigForespoerselException' });
    expect(skjema.json().feilmelding).toContain('seq');
    await app.close();
  });
});
