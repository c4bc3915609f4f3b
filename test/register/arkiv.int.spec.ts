import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import type { Db } from '../../src/store/db.ts';
import { registrer, type Skriveoppsett } from '../../src/register/registrer.ts';
import { identifikatortildeler } from '../../src/register/identifikatorer.ts';
import { finnPersondokumenter } from '../../src/register/les-person.ts';
import { lesHendelser } from '../../src/register/les-hendelser.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { innvandrer } from '../support/kommandoer.ts';

/** The same clock and the same id sequence in both registers, so their documents can be compared byte for byte. */
function oppsett(): Skriveoppsett {
  let n = 0;
  return {
    tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }),
    klokke: () => new Date('2026-11-23T11:00:00Z'),
    nyId: () => (++n).toString(16).padStart(32, '0'),
  };
}

const livet = (nummer: string): Kommando[] => [
  { type: 'flytte', person: nummer, flyttedato: '2005-03-01', bostedsadresse: { vegadresse: { kommunenummer: '4601', adressenavn: 'Bryggen', adressenummer: { husnummer: '1' } } } },
  { type: 'endreNavn', person: nummer, navn: { fornavn: 'Kari', etternavn: 'Bergesen' }, gyldigFra: '2006-01-01' },
  { type: 'flytte', person: nummer, flyttedato: '2012-08-15', bostedsadresse: { vegadresse: { kommunenummer: '5001', adressenavn: 'Munkegata', adressenummer: { husnummer: '3' } } } },
];

describe.each(storeKinds)('the archive on %s', (kind) => {
  let samlet: Db;
  let enkeltvis: Db;
  beforeAll(async () => { [samlet, enkeltvis] = await Promise.all([freshDb(kind), freshDb(kind)]); });
  afterAll(async () => { await samlet?.close(); await enkeltvis?.close(); });

  it('rebuilds versions replaced in their own transaction exactly as a register storing every version whole holds them', async () => {
    // Two fresh registers with the same clock and ids: one gets a life in one transaction, the other command by command.
    const [a, b] = [oppsett(), oppsett()];
    const [ia] = await registrer(samlet, [innvandrer('Kari')], a);
    const [ib] = await registrer(enkeltvis, [innvandrer('Kari')], b);
    const nummer = ia!.ok ? ia!.hendelser[0]!.folkeregisteridentifikator : '';
    expect(ib!.ok && ib!.hendelser[0]!.folkeregisteridentifikator).toBe(nummer);
    expect((await registrer(samlet, livet(nummer), a)).every((u) => u.ok)).toBe(true);
    for (const k of livet(nummer)) expect((await registrer(enkeltvis, [k], b))[0]).toMatchObject({ ok: true });

    const ider = (await lesHendelser(samlet, 1, 100)).map((h) => h.persondokument);
    expect(ider).toEqual((await lesHendelser(enkeltvis, 1, 100)).map((h) => h.persondokument));
    expect(ider).toHaveLength(4);
    // The two versions the batch itself replaced are stored as their events alone; the last one whole.
    const lagret = await samlet.query<{ versjon: number; hel: boolean }>('select versjon, dokument is not null as hel from persondokument order by versjon');
    expect(lagret).toEqual([{ versjon: 1, hel: true }, { versjon: 2, hel: false }, { versjon: 3, hel: false }, { versjon: 4, hel: true }]);

    const [fraSamlet, fraEnkeltvis] = await Promise.all([finnPersondokumenter(samlet, ider), finnPersondokumenter(enkeltvis, ider)]);
    for (const id of ider) {
      expect(fraSamlet.get(id)?.dokument).toBeDefined();
      // Equal as documents; key order may differ, as jsonb orders keys its own way.
      expect(fraSamlet.get(id)!.dokument).toStrictEqual(fraEnkeltvis.get(id)!.dokument);
      expect(fraSamlet.get(id)!.erstattet).toBe(fraEnkeltvis.get(id)!.erstattet);
    }
    expect(fraSamlet.get(ider[2]!)!.dokument.navn?.find((n) => n.erGjeldende !== false)?.etternavn).toBe('Bergesen');
    expect(fraSamlet.get(ider[1]!)!.dokument.navn?.every((n) => n.etternavn === 'Testesen')).toBe(true);
  });
});
