import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../../support/stores.ts';
import { lesFeedside } from '../../../src/access/feed/les-feedside.ts';
import { registrer } from '../../../src/register/registrer.ts';
import { lesHendelser } from '../../../src/register/les-hendelser.ts';
import type { Kommando } from '../../../src/domain/kommando/kommando.ts';
import type { Db } from '../../../src/store/db.ts';
import { adresse, skriveoppsett } from '../../api/oppslag-oppsett.ts';

const innvandrer = (fornavn: string): Kommando => ({
  type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1980-02-03', kjoenn: 'kvinne',
  navn: { fornavn, etternavn: 'Feedesen' }, statsborgerskap: ['NOR'],
  innflytting: { fraflyttingsland: 'DNK', dato: '2001-01-01' }, bostedsadresse: adresse('Storgata'),
});

async function skriv(db: Db, kommandoer: Kommando[]): Promise<string[]> {
  return (await registrer(db, kommandoer, skriveoppsett)).map((u) => {
    if (!u.ok) throw new Error(u.avvisning.melding);
    return u.hendelser[0]!.folkeregisteridentifikator;
  });
}

describe.each(storeKinds)('reading the feed through the gate on %s', (kind) => {
  let db: Db;
  let aapen: string;
  let fortrolig: string;
  let strengt: string;
  beforeAll(async () => {
    db = await freshDb(kind);
    [aapen, fortrolig, strengt] = (await skriv(db, [innvandrer('Aapen'), innvandrer('Fortrolig'), innvandrer('Strengt')])) as [string, string, string];
    await skriv(db, [
      { type: 'adressebeskyttelse', person: fortrolig!, graderingsnivaa: 'fortrolig' },
      { type: 'adressebeskyttelse', person: strengt!, graderingsnivaa: 'strengtFortrolig', postadresse: { postboksadresse: { postboks: '4000', postbokseier: 'SEKRETARIATET', poststed: { postnummer: '0030', poststedsnavn: 'OSLO' } } } },
    ]);
    await skriv(db, [
      { type: 'flytte', person: aapen!, bostedsadresse: adresse('Nyveien', '4601'), flyttedato: '2020-01-01' },
      { type: 'flytte', person: fortrolig!, bostedsadresse: adresse('Hemmeligveien', '4601'), flyttedato: '2020-01-01' },
      { type: 'endreStatus', person: aapen!, status: 'forsvunnet' },
    ]);
  }, 180_000);
  afterAll(() => db?.close());

  it('gives OMH every event with its document ids, and the others only what they may see', async () => {
    const logg = await lesHendelser(db, 1, 100);
    const omh = await lesFeedside(db, 'offentligMedHjemmel', { fra: 0 });
    expect(omh.innslag.map((i) => i.sekvensnummer)).toEqual(logg.map((h) => h.sekvensnummer));
    expect(omh.innslag[0]!.hendelse).toEqual({
      folkeregisteridentifikator: aapen, hendelsetype: 'personErOpprettet', hendelsesdokument: logg[0]!.hendelsesidentifikator,
      persondokument: logg[0]!.persondokument, ajourholdstidspunkt: logg[0]!.ajourholdstidspunkt,
    });
    expect(omh).toMatchObject({ neste: logg.length + 1, full: false, siste: logg.length });

    const fortroligFlytting = logg.find((h) => h.folkeregisteridentifikator === fortrolig && h.hendelsestype === 'endringIBostedsadresse')!;
    const ouh = await lesFeedside(db, 'offentligUtenHjemmel', { fra: 0 });
    expect(ouh.innslag.map((i) => i.sekvensnummer)).toEqual(logg.filter((h) => h !== fortroligFlytting).map((h) => h.sekvensnummer));
    expect(ouh.innslag.every((i) => i.hendelse.hendelsesdokument === undefined && i.hendelse.persondokument === undefined)).toBe(true);
    expect(ouh.neste).toBe(logg.length + 1);

    for (const pakke of ['privat', 'presse'] as const) {
      const side = await lesFeedside(db, pakke, { fra: 0 });
      expect(new Set(side.innslag.map((i) => i.hendelse.hendelsetype))).toEqual(new Set(['endringIPerson']));
      expect(side.innslag.every((i) => i.hendelse.folkeregisteridentifikator !== undefined)).toBe(true);
    }
    for (const pakke of ['privatUtenFolkeregisteridentifikator', 'presseUtenFolkeregisteridentifikator'] as const) {
      const side = await lesFeedside(db, pakke, { fra: 0 });
      expect(side.innslag.length).toBeGreaterThan(0);
      for (const i of side.innslag) expect(Object.keys(i.hendelse).sort()).toEqual(['ajourholdstidspunkt', 'hendelsetype']);
    }
  });

  it('pages by entries and says where to go on', async () => {
    const side1 = await lesFeedside(db, 'offentligUtenHjemmel', { fra: 1, antall: 4 });
    expect(side1.innslag).toHaveLength(4);
    expect(side1).toMatchObject({ full: true, neste: side1.innslag[3]!.sekvensnummer + 1 });
    const side2 = await lesFeedside(db, 'offentligUtenHjemmel', { fra: side1.neste, antall: 4 });
    const alle = await lesFeedside(db, 'offentligUtenHjemmel', { fra: 1 });
    expect([...side1.innslag, ...side2.innslag].map((i) => i.sekvensnummer)).toEqual(alle.innslag.map((i) => i.sekvensnummer).slice(0, 8));
    const etter = await lesFeedside(db, 'offentligUtenHjemmel', { fra: alle.siste + 5 });
    expect(etter).toMatchObject({ innslag: [], neste: alle.siste + 5, full: false });
  });

  it('filters on the municipality lived in after the event or moved out of, within the legal basis', async () => {
    const logg = await lesHendelser(db, 1, 100);
    const seq = (nummer: string, type: string) => logg.find((h) => h.folkeregisteridentifikator === nummer && h.hendelsestype === type)!.sekvensnummer;
    const oslo = await lesFeedside(db, 'offentligMedHjemmel', { fra: 0, kommunenummer: '0301' });
    const kristiansand = await lesFeedside(db, 'offentligMedHjemmel', { fra: 0, kommunenummer: '4601' });
    expect(oslo.innslag.map((i) => i.sekvensnummer)).toEqual([
      seq(aapen!, 'personErOpprettet'), seq(fortrolig!, 'personErOpprettet'), seq(strengt!, 'personErOpprettet'),
      seq(fortrolig!, 'endringIAdressebeskyttelse'), seq(aapen!, 'endringIBostedsadresse'), seq(fortrolig!, 'endringIBostedsadresse'),
    ]);
    expect(kristiansand.innslag.map((i) => i.sekvensnummer)).toEqual([
      seq(aapen!, 'endringIBostedsadresse'), seq(fortrolig!, 'endringIBostedsadresse'), seq(aapen!, 'endringIStatus'),
    ]);
    // Without the legal basis for `fortrolig`, the municipality filter must not reveal where that person lives.
    const ouh = await lesFeedside(db, 'offentligUtenHjemmel', { fra: 0, kommunenummer: '4601' });
    expect(ouh.innslag.map((i) => i.sekvensnummer)).toEqual([seq(aapen!, 'endringIBostedsadresse'), seq(aapen!, 'endringIStatus')]);
  });

  it('filters on event types as the package sees them', async () => {
    const omh = await lesFeedside(db, 'offentligMedHjemmel', { fra: 0, hendelsestyper: ['endringIBostedsadresse'] });
    expect(omh.innslag.map((i) => i.hendelse.hendelsetype)).toEqual(['endringIBostedsadresse', 'endringIBostedsadresse']);
    expect(omh.neste).toBe(omh.siste + 1);
    expect((await lesFeedside(db, 'privat', { fra: 0, hendelsestyper: ['endringIBostedsadresse'] })).innslag).toEqual([]);
    const privat = await lesFeedside(db, 'privat', { fra: 0, hendelsestyper: ['endringIPerson'] });
    expect(privat.innslag).toHaveLength((await lesFeedside(db, 'privat', { fra: 0 })).innslag.length);
  });
});
