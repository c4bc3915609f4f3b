import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import type { Db } from '../../src/store/db.ts';
import { forberedUtkast, registrer, RegisteretErEndret, type Skriveoppsett } from '../../src/register/registrer.ts';
import { utkastskriver } from '../../src/register/skrivetraad.ts';
import { identifikatortildeler } from '../../src/register/identifikatorer.ts';
import { lesHendelser, sisteSekvensnummer } from '../../src/register/les-hendelser.ts';
import { finnPersonerInTrx as finnPersoner } from '../../src/register/les-person.ts';
import { innvandrer } from '../support/kommandoer.ts';

const oppsett: Skriveoppsett = {
  tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }),
};

/** The bulk writer's write side: a thread with its own connection on PostgreSQL, in place on PGlite. */
describe.each(storeKinds)('the bulk writer on %s', (kind) => {
  let db: Db;
  beforeAll(async () => { db = await freshDb(kind); });
  afterAll(() => db?.close());

  it('stores batches decided on top of each other, in order, with the numbers they were decided with', async () => {
    const skriver = utkastskriver(db);
    try {
      const fra = await sisteSekvensnummer(db);
      const foerste = await forberedUtkast(db, [innvandrer('Åse'), innvandrer('Per', '1979-05-06', 'mann')], oppsett, fra, new Map());
      const andre = await forberedUtkast(db, [innvandrer('Ola', '1990-01-01', 'mann')], oppsett, fra + foerste.sett.hendelser.length, foerste.endret);
      await Promise.all([skriver.skriv(foerste), skriver.skriv(andre)]);
      const numre = [...foerste.sett.hendelser, ...andre.sett.hendelser].map((h) => h.sekvensnummer);
      expect((await lesHendelser(db, fra + 1, 100)).map((h) => h.sekvensnummer)).toEqual(numre);
      const personer = await finnPersoner(db, [...foerste.sett.hendelser, ...andre.sett.hendelser].map((h) => h.folkeregisteridentifikator));
      expect([...personer.values()].map((p) => p.dokument.navn?.[0]?.fornavn).sort()).toEqual(['Ola', 'Per', 'Åse']);
    } finally {
      await skriver.lukk();
    }
  });

  it('refuses a batch decided against a log that moved on, and stores none of it', async () => {
    const skriver = utkastskriver(db);
    try {
      const fra = await sisteSekvensnummer(db);
      const utkast = await forberedUtkast(db, [innvandrer('Kari')], oppsett, fra, new Map());
      await registrer(db, [innvandrer('Imellom')], oppsett);
      await expect(skriver.skriv(utkast)).rejects.toBeInstanceOf(RegisteretErEndret);
      expect(await sisteSekvensnummer(db)).toBe(fra + 1);
      expect((await finnPersoner(db, [utkast.sett.hendelser[0]!.folkeregisteridentifikator])).size).toBe(0);
    } finally {
      await skriver.lukk();
    }
  });
});
