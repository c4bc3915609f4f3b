import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../../support/stores.ts';
import type { Db } from '../../../src/store/db.ts';
import { Revisjonslogg, RevisjonsloggLukket, Tjeneste, UgyldigRevisjonsrad, verifiserRevisjonslogg } from '../../../src/access/revisjon/index.ts';
import { Rettighetspakke } from '../../../src/access/konsumenter/rettighetspakker.ts';
import { eksempelrad, somAppRolle } from './eksempler.ts';

describe.each(storeKinds)('the audit log on %s', (kind) => {
  let db: Db;
  afterEach(async () => db?.close());

  /** Rows per transaction, in commit order: rows inserted by one transaction share its `xmin`. */
  const partier = async () =>
    (
      await db.query<{ antall: number | string }>(
        'select count(*) as antall from revisjonslogg group by xmin::text order by min(loepenummer)',
      )
    ).map((r) => Number(r.antall));
  const antallMed = async (forespoerselId: string) =>
    Number((await db.query<{ n: number | string }>('select count(*) as n from revisjonslogg where forespoersel_id = $1', [forespoerselId]))[0]!.n);

  it('writes concurrent registrations in few inserts, each promise resolving once its rows are committed', async () => {
    db = await freshDb(kind);
    const logg = new Revisjonslogg(db);
    // 400 requests of 2 rows in one tick: the 500-row limit writes the first 250 at once; the other 150 queue behind
    // that write and go together right after it.
    const synlige = await Promise.all(
      Array.from({ length: 400 }, (_, i) => {
        const forespoerselId = `samtidig-${i}`;
        const rader = [eksempelrad({ personId: i + 1, forespoerselId }), eksempelrad({ personId: i + 1001, forespoerselId })];
        return logg.registrer(rader).then(() => antallMed(forespoerselId));
      }),
    );
    expect(synlige.every((n) => n === 2)).toBe(true);
    expect(await partier()).toEqual([500, 300]);
    expect(await verifiserRevisjonslogg(db)).toMatchObject({ intakt: true, antall: 800 });
  });

  it('writes rows that arrive during a write right after it, without waiting for the timer', async () => {
    db = await freshDb(kind);
    const logg = new Revisjonslogg(db, { maksVentetidMs: 60_000, maksRader: 2 });
    const foerste = logg.registrer([eksempelrad(), eksempelrad()]); // full: written at once
    const underveis = logg.registrer([eksempelrad()]); // queued behind the running write
    let timer: NodeJS.Timeout | undefined;
    const tidsfrist = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('waited for the timer')), 10_000)));
    await Promise.race([Promise.all([foerste, underveis]), tidsfrist]).finally(() => clearTimeout(timer));
    expect(await partier()).toEqual([2, 1]);
  });

  it('rejects every caller of a batch whose insert fails, stores none of it, and goes on with the next', async () => {
    db = await freshDb(kind);
    await db.query(`alter table revisjonslogg add constraint test_nekter check (formaal is distinct from 'nektes')`);
    const logg = new Revisjonslogg(db);
    const utfall = await Promise.allSettled([
      logg.registrer([eksempelrad()]),
      logg.registrer([eksempelrad({ formaal: 'nektes' })]),
      logg.registrer([eksempelrad(), eksempelrad()]),
    ]);
    expect(utfall.map((u) => u.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await partier()).toEqual([]);
    await logg.registrer([eksempelrad()]);
    expect(await db.query('select loepenummer from revisjonslogg')).toEqual([{ loepenummer: 1 }]);
    expect(await verifiserRevisjonslogg(db)).toMatchObject({ intakt: true, antall: 1 });
  });

  it('refuses an invalid row before queueing it, without failing the batch it would have joined', async () => {
    db = await freshDb(kind);
    const logg = new Revisjonslogg(db);
    const [god, ...ugyldige] = await Promise.allSettled([
      logg.registrer([eksempelrad()]),
      logg.registrer([eksempelrad({ organisasjonsnummer: '12' })]),
      logg.registrer([eksempelrad({ tjeneste: 'personer/alle' as Tjeneste })]),
      logg.registrer([eksempelrad(), eksempelrad({ personidentifikator: '0691639639' })]),
    ]);
    expect(god.status).toBe('fulfilled');
    expect(ugyldige.map((u) => u.status === 'rejected' && u.reason instanceof UgyldigRevisjonsrad && u.reason.message)).toEqual([
      'Ugyldig organisasjonsnummer i revisjonsrad',
      'Ugyldig tjeneste i revisjonsrad',
      'Ugyldig personidentifikator i revisjonsrad',
    ]);
    expect(await partier()).toEqual([1]);
  });

  it('stores what was given, stamped by its clock, with the innsyn flag from the policy tables', async () => {
    db = await freshDb(kind);
    const logg = new Revisjonslogg(db, { klokke: () => new Date('2026-11-23T11:00:00.123Z') });
    await logg.registrer([
      eksempelrad({ forespoerselId: 'a', leverandoer: '920000002', formaal: 'Kredittvurdering', parter: ['person-basis', 'historikk'] }),
      eksempelrad({ forespoerselId: 'a', rettighetspakke: Rettighetspakke.offentligMedHjemmel, tjeneste: Tjeneste.bulkoppslag }),
    ]);
    const rader = await db.query(
      `select loepenummer, tidspunkt = '2026-11-23T11:00:00.123Z'::timestamptz as tid_ok, organisasjonsnummer, leverandoer,
              rettighetspakke, tjeneste, personidentifikator, person_id, parter, formaal, forespoersel_id, innsynsrelevant
         from revisjonslogg order by loepenummer`,
    );
    const felles = { tid_ok: true, organisasjonsnummer: '910000001', personidentifikator: '06916396390', person_id: 1, forespoersel_id: 'a' };
    expect(rader).toEqual([
      { ...felles, loepenummer: 1, leverandoer: '920000002', rettighetspakke: 'privat', tjeneste: 'personer/{id}', parter: ['person-basis', 'historikk'], formaal: 'Kredittvurdering', innsynsrelevant: true },
      { ...felles, loepenummer: 2, leverandoer: null, rettighetspakke: 'offentligMedHjemmel', tjeneste: 'personer/bulkoppslag', parter: ['person-basis'], formaal: null, innsynsrelevant: false },
    ]);
  });

  it('keeps one linear chain when two writers (two server processes) append at once', async () => {
    db = await freshDb(kind);
    const [a, b] = [new Revisjonslogg(db, { maksRader: 7 }), new Revisjonslogg(db, { maksRader: 5 })];
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).registrer([eksempelrad(), eksempelrad()])));
    expect((await partier()).length).toBeGreaterThan(2);
    expect(await verifiserRevisjonslogg(db)).toMatchObject({ intakt: true, antall: 120 });
  });

  it('writes what is queued on lukk() and refuses registrations after it', async () => {
    db = await freshDb(kind);
    const logg = new Revisjonslogg(db, { maksVentetidMs: 60_000 });
    const ventende = logg.registrer([eksempelrad()]);
    await logg.lukk();
    await ventende;
    expect(await partier()).toEqual([1]);
    await expect(logg.registrer([eksempelrad()])).rejects.toBeInstanceOf(RevisjonsloggLukket);
  });
});

describe.each(storeKinds)('the audit log is append-only on %s', (kind) => {
  let db: Db;
  afterEach(async () => db?.close());

  it('refuses UPDATE, DELETE and TRUNCATE by trigger, even for the owner', async () => {
    db = await freshDb(kind);
    await new Revisjonslogg(db).registrer([eksempelrad()]);
    await expect(db.query(`update revisjonslogg set formaal = 'endret'`)).rejects.toThrow('revisjonslogg er kun for tillegg: UPDATE er ikke tillatt');
    await expect(db.query('delete from revisjonslogg')).rejects.toThrow('revisjonslogg er kun for tillegg: DELETE er ikke tillatt');
    await expect(db.query('truncate revisjonslogg')).rejects.toThrow('revisjonslogg er kun for tillegg: TRUNCATE er ikke tillatt');
    expect(await db.query('select formaal from revisjonslogg')).toEqual([{ formaal: null }]);
  });

  it('lets the application role read and append, and refuses it UPDATE, DELETE and TRUNCATE by privilege', async () => {
    db = await freshDb(kind);
    const app = somAppRolle(db);
    await new Revisjonslogg(app).registrer([eksempelrad(), eksempelrad()]);
    expect(await app.query('select count(*)::int as n from revisjonslogg')).toEqual([{ n: 2 }]);
    await expect(app.query(`update revisjonslogg set formaal = 'endret'`)).rejects.toThrow('permission denied for table revisjonslogg');
    await expect(app.query('delete from revisjonslogg')).rejects.toThrow('permission denied for table revisjonslogg');
    await expect(app.query('truncate revisjonslogg')).rejects.toThrow('permission denied for table revisjonslogg');
    expect(await verifiserRevisjonslogg(app)).toMatchObject({ intakt: true, antall: 2 });
  });
});
