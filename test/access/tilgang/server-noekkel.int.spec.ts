import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sikreUtviklingsklient } from '../../../src/access/konsumenter/utviklingsklient.ts';
import { lesTilgangsinnstillinger } from '../../../src/access/tokens/innstillinger.ts';
import { JWT_BEARER, utfoerJwtBearerGrant } from '../../../src/access/tokens/jwt-bearer-grant.ts';
import { signerKlientAssertion } from '../../../src/access/tokens/klient-assertion.ts';
import { hentServerNoekler } from '../../../src/access/tokens/server-noekkel.ts';
import { startTilgang } from '../../../src/access/tokens/tilgang.ts';
import type { Db } from '../../../src/store/db.ts';
import { migrate } from '../../../src/store/migrate.ts';
import { openPglite } from '../../../src/store/pglite-db.ts';
import { openPostgres } from '../../../src/store/postgres-db.ts';
import { storeKinds, testDatabaseUrl, type StoreKind } from '../../support/stores.ts';
import { ISSUER } from './hjelpere.ts';

/** Opens the same database again and again (a folder for PGlite, a schema for PostgreSQL), as a restart would. */
async function gjenaapnbar(kind: StoreKind): Promise<{ aapne: () => Promise<Db>; rydd: () => Promise<void> }> {
  if (kind === 'pglite') {
    const mappe = await mkdtemp(join(tmpdir(), 'folkeregister-noekkel-'));
    return { aapne: () => openPglite(mappe), rydd: () => rm(mappe, { recursive: true, force: true }) };
  }
  const url = await testDatabaseUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    aapne: () => openPostgres(url, { schema }),
    rydd: async () => {
      const db = await openPostgres(url);
      await db.query(`drop schema if exists "${schema}" cascade`);
      await db.close();
    },
  };
}

describe.each(storeKinds)('the embedded issuer’s signing key on %s', (kind) => {
  const rydding: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const r of rydding) await r();
  });

  it('is made once, stored, and still verifies tokens after the database is reopened', async () => {
    const { aapne, rydd } = await gjenaapnbar(kind);
    rydding.push(rydd);
    const innstillinger = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER });
    const naa = () => new Date('2026-11-23T12:00:00Z');

    const foer = await aapne();
    await migrate(foer);
    const [a, b] = await Promise.all([hentServerNoekler(foer), hentServerNoekler(foer)]);
    expect(b.signering.kid).toBe(a.signering.kid);
    const { utsteder } = await startTilgang(foer, innstillinger, naa);
    const klient = await sikreUtviklingsklient(foer, { organisasjonsnummer: '970000001', rettighetspakker: ['finans'], administrator: false });
    const assertion = await signerKlientAssertion(klient.privatJwk, { klientId: klient.klientId, issuer: ISSUER, scopes: ['folkeregister:deling/finans'], naa: naa() });
    const { access_token } = await utfoerJwtBearerGrant(foer, utsteder!, { grant_type: JWT_BEARER, assertion }, { klokkeslakkSekunder: 10, naa });
    await foer.close();

    const etter = await aapne();
    try {
      const noekler = await hentServerNoekler(etter);
      expect(noekler.signering.kid).toBe(a.signering.kid);
      expect(await etter.query('select count(*)::int as n from tokenutsteder_noekkel')).toEqual([{ n: 1 }]);
      const { verifier } = await startTilgang(etter, innstillinger, naa);
      expect(await verifier.verifiser(access_token)).toMatchObject({ organisasjonsnummer: '970000001', scopes: ['folkeregister:deling/finans'] });
    } finally {
      await etter.close();
    }
  });
});
