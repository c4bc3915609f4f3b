import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/store/migrate.ts';
import type { Db } from '../../../src/store/db.ts';
import { erSoekeprojeksjonKomplett, fyllSoekeprojeksjon } from '../../../src/register/soek/fyll-soekeprojeksjon.ts';
import { soekerader } from '../../../src/register/soek/soekerader.ts';
import { seed } from '../../../src/synth/seed.ts';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { forventStatus, hent, url } from '../../api/oppslag-oppsett.ts';
import { byggSoekemiljoe, type Soekemiljoe } from '../../api/soek-oppsett.ts';

/** The projection as stored, in a stable order, for comparing two fillings. */
async function projeksjon(db: Db) {
  const personer = await db.query(`select person_id::int, folkeregisteridentifikator, foedselsdato::text, foedselsaar::int, kjoenn, doed, adressebeskyttelse, noekler from soek_person order by person_id`);
  const navn = await db.query(`select person_id::int, gjeldende, ord from soek_navn order by person_id, gjeldende, ord::text`);
  const adresser = await db.query(`select person_id::int, gjeldende, adressetype, adressenavn, husnummer, husbokstav, postnummer, kommunenummer, fylkesnummer, gradering from soek_adresse order by person_id, adressetype, gjeldende, adressenavn, postnummer`);
  return { personer, navn, adresser };
}

describe.each(storeKinds)('the search projection on %s', (kind) => {
  let db: Db;
  let m: Soekemiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggSoekemiljoe(db);
    await seed(db, { antall: 40, seed: 'soek', identifikatorer: { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true } });
  }, 300_000);
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('holds, for every person, exactly the rows computed from their current document', async () => {
    const dokumenter = await db.query<{ person_id: number; dokument: string }>(
      'select p.person_id, d.dokument::text as dokument from person p join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator order by p.person_id',
    );
    expect(dokumenter.length).toBeGreaterThan(40);
    const lagret = await projeksjon(db);
    const beregnet = dokumenter.map((d) => soekerader(Number(d.person_id), JSON.parse(d.dokument)));
    expect(lagret.personer).toEqual(beregnet.map((r) => ({ ...r.person, noekler: [...r.person.noekler] })));
    expect(lagret.navn.length).toBe(beregnet.flatMap((r) => r.navn).length);
    expect(lagret.adresser.length).toBe(beregnet.flatMap((r) => r.adresser).length);
  });

  it('is rebuilt for a register that held persons before the migration: search answers 503 until filled, then the same rows', async () => {
    const foer = await projeksjon(db);
    const sok = () => hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', 'personer/soek?navn=kari%20nordmann&foedselsdato=19900303'));
    // As on an upgrade (before this app's first search, which remembers a complete projection): the migration runs again on a register that already holds persons.
    await db.query('drop table soek_person, soek_navn, soek_adresse, soekeprojeksjon');
    await db.query(`delete from schema_migrations where versjon = '0007_soek.sql'`);
    expect(await migrate(db)).toEqual(['0007_soek.sql']);
    expect(await erSoekeprojeksjonKomplett(db)).toBe(false);
    const ikkeKlar = await sok();
    forventStatus(ikkeKlar, 503);
    expect(ikkeKlar.json()).toEqual({ kode: 'FREG-002', melding: 'Tjenesten er midlertidig utilgjengelig' });

    const fremdrift: number[] = [];
    const antall = await fyllSoekeprojeksjon(db, { batch: 17, fremdrift: (n) => fremdrift.push(n) });
    expect(antall).toBe(foer.personer.length);
    expect(fremdrift.at(-1)).toBe(antall);
    expect(await erSoekeprojeksjonKomplett(db)).toBe(true);
    expect(await projeksjon(db)).toEqual(foer);
    const svar = await sok();
    forventStatus(svar, 200);
    expect(svar.json()).toEqual({ foedselsEllerDNummer: [m.soekbare.kariNordmann] });
  });

  it('starts complete on an empty register', async () => {
    const tom = await freshDb(kind);
    try {
      expect(await erSoekeprojeksjonKomplett(tom)).toBe(true);
    } finally {
      await tom.close();
    }
  });
});
