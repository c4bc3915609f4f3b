import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import { splitStatements } from '../../src/store/migrate.ts';
import { registrer } from '../../src/register/registrer.ts';
import type { Db } from '../../src/store/db.ts';
import { adresse, skriveoppsett } from '../api/oppslag-oppsett.ts';

type Kolonner = { sekvensnummer: number; kommunenummer: string | null; fraflyttingskommunenummer: string | null; bostedsgradering: string | null; adressebeskyttelse: string | null };
const les = (db: Db) => db.query<Kolonner>('select sekvensnummer, kommunenummer, fraflyttingskommunenummer, bostedsgradering, adressebeskyttelse from hendelse order by sekvensnummer');

describe.each(storeKinds)("the event feed's columns (migration 0006) on %s", (kind) => {
  let db: Db;
  beforeAll(async () => { db = await freshDb(kind); });
  afterAll(() => db?.close());

  it('are written by the write path and filled in the same way for events stored before the migration', async () => {
    const [a, b] = await registrer(db, ['Kari', 'Ola'].map((fornavn) => ({
      type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1980-01-01', kjoenn: 'kvinne', navn: { fornavn, etternavn: 'Kolonne' },
      statsborgerskap: ['NOR'], innflytting: { fraflyttingsland: 'SWE', dato: '2000-01-01' }, bostedsadresse: adresse('Gata'),
    }) as const), skriveoppsett);
    const [kari, ola] = [a, b].map((u) => (u!.ok ? u!.hendelser[0]!.folkeregisteridentifikator : ''));
    await registrer(db, [
      { type: 'adressebeskyttelse', person: ola!, graderingsnivaa: 'fortrolig' },
      { type: 'flytte', person: kari!, bostedsadresse: adresse('Vei', '4601'), flyttedato: '2020-01-01' },
      { type: 'utflytting', person: kari!, tilflyttingsland: 'DNK', utflyttingsdato: '2021-01-01' },
    ], skriveoppsett);
    const skrevet = await les(db);
    expect(skrevet.map(({ sekvensnummer: _, ...k }) => k)).toEqual([
      { kommunenummer: '0301', fraflyttingskommunenummer: null, bostedsgradering: 'ugradert', adressebeskyttelse: 'ugradert' },
      { kommunenummer: '0301', fraflyttingskommunenummer: null, bostedsgradering: 'ugradert', adressebeskyttelse: 'ugradert' },
      { kommunenummer: '0301', fraflyttingskommunenummer: null, bostedsgradering: 'fortrolig', adressebeskyttelse: 'fortrolig' },
      { kommunenummer: '4601', fraflyttingskommunenummer: '0301', bostedsgradering: 'ugradert', adressebeskyttelse: 'ugradert' },
      { kommunenummer: null, fraflyttingskommunenummer: '4601', bostedsgradering: 'ugradert', adressebeskyttelse: 'ugradert' },
    ]);

    await db.query('update hendelse set kommunenummer = null, bostedsgradering = null, adressebeskyttelse = null');
    const sql = await readFile(new URL('../../src/store/migrations/0006_hendelse_bosted.sql', import.meta.url), 'utf8');
    const [utfylling] = splitStatements(sql).filter((s) => /^\s*(--.*\n\s*)*with gjeldende/.test(s));
    await db.query(utfylling!);
    expect(await les(db)).toEqual(skrevet);
  });
});
