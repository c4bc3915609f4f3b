import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../../support/stores.ts';
import type { Db } from '../../../src/store/db.ts';
import { migrate } from '../../../src/store/migrate.ts';
import { openPglite } from '../../../src/store/pglite-db.ts';
import { auditCommand } from '../../../src/cli/audit.ts';
import { Revisjonslogg, verifiserRevisjonslogg } from '../../../src/access/revisjon/index.ts';
import { radHash } from '../../../src/access/revisjon/kjede.ts';
import { eksempelrad } from './eksempler.ts';

/** `folkeregister audit verify` against this database. */
async function auditVerify(db: Db) {
  const out: string[] = [];
  const err: string[] = [];
  const kode = await auditCommand(['verify'], { out: (l) => out.push(l), err: (l) => err.push(l) }, { db });
  return { kode, out, err };
}

/** Changes the log as an owner with the trigger switched off would: what the hash chain is there to reveal. */
async function bakTriggeren(db: Db, sql: string) {
  await db.query('alter table revisjonslogg disable trigger revisjonslogg_ingen_endring');
  await db.query(sql);
  await db.query('alter table revisjonslogg enable trigger revisjonslogg_ingen_endring');
}

describe.each(storeKinds)('verifying the audit log on %s', (kind) => {
  let db: Db;
  afterEach(async () => db?.close());

  const tiRader = async () => {
    db = await freshDb(kind);
    const logg = new Revisjonslogg(db, { maksRader: 3 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => logg.registrer([eksempelrad({ personId: i + 1 })])));
  };

  it('finds an empty log and an untouched one intact (exit 0)', async () => {
    db = await freshDb(kind);
    expect(await auditVerify(db)).toEqual({ kode: 0, out: [`Revisjonsloggen er intakt: 0 rader, siste hash ${'0'.repeat(64)}`], err: [] });
    await db.close();
    await tiRader();
    const svar = await verifiserRevisjonslogg(db, 4);
    expect(svar).toMatchObject({ intakt: true, antall: 10 });
    const [siste] = await db.query<{ hash: string }>('select hash from revisjonslogg where loepenummer = 10');
    expect(await auditVerify(db)).toEqual({ kode: 0, out: [`Revisjonsloggen er intakt: 10 rader, siste hash ${siste!.hash}`], err: [] });
  });

  it('names the changed row when a row was altered behind the trigger (exit 1)', async () => {
    await tiRader();
    await bakTriggeren(db, `update revisjonslogg set organisasjonsnummer = '999999999' where loepenummer = 7`);
    expect(await verifiserRevisjonslogg(db, 4)).toEqual({ intakt: false, loepenummer: 7, grunn: 'innholdet stemmer ikke med hashen', kontrollert: 6 });
    expect(await auditVerify(db)).toEqual({
      kode: 1,
      out: [],
      err: ['Revisjonsloggen er brutt ved rad 7: innholdet stemmer ikke med hashen (6 rader før den er intakte)'],
    });
  });

  it('names the row after a removed one', async () => {
    await tiRader();
    await bakTriggeren(db, 'delete from revisjonslogg where loepenummer = 4');
    expect(await verifiserRevisjonslogg(db)).toEqual({ intakt: false, loepenummer: 5, grunn: 'rad 4 mangler', kontrollert: 3 });
  });

  it('names the row after a forged one whose own hash was recomputed', async () => {
    await tiRader();
    const [rad] = await db.query<{ forrige_hash: string; tidspunkt: string; person_id: number }>(
      `select forrige_hash, to_char(tidspunkt at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as tidspunkt, person_id
         from revisjonslogg where loepenummer = 2`,
    );
    const forfalsket = radHash(rad!.forrige_hash, {
      loepenummer: 2, tidspunkt: rad!.tidspunkt, organisasjonsnummer: '910000001', leverandoer: null, rettighetspakke: 'privat',
      tjeneste: 'personer/{id}', personidentifikator: '06916396390', personId: Number(rad!.person_id), parter: ['person-basis'],
      formaal: null, forespoerselId: 'forfalsket', innsynsrelevant: true,
    });
    await bakTriggeren(db, `update revisjonslogg set forespoersel_id = 'forfalsket', hash = '${forfalsket}' where loepenummer = 2`);
    expect(await verifiserRevisjonslogg(db)).toEqual({ intakt: false, loepenummer: 3, grunn: 'forrige_hash peker ikke på raden før', kontrollert: 2 });
  });

  it('answers usage errors with 2', async () => {
    db = await freshDb(kind);
    const err: string[] = [];
    expect(await auditCommand(['sjekk'], { out: () => {}, err: (l) => err.push(l) }, { db })).toBe(2);
    expect(err).toEqual(['Bruk: folkeregister audit verify']);
  });
});

describe('folkeregister audit verify on the store the environment names', () => {
  it('opens the PGlite folder of FOLKEREGISTER_DATA_DIR, verifies and closes it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'folkeregister-audit-'));
    try {
      const db = await openPglite(dataDir);
      await migrate(db);
      await new Revisjonslogg(db).registrer([eksempelrad(), eksempelrad()]);
      await db.close();
      const out: string[] = [];
      const kode = await auditCommand(['verify'], { out: (l) => out.push(l), err: () => {} }, { env: { FOLKEREGISTER_DATA_DIR: dataDir } });
      expect([kode, out[0]?.slice(0, 39)]).toEqual([0, 'Revisjonsloggen er intakt: 2 rader, sis']);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
