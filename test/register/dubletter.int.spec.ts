import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import type { Db } from '../../src/store/db.ts';
import { registrer, type Skriveoppsett } from '../../src/register/registrer.ts';
import { identifikatortildeler } from '../../src/register/identifikatorer.ts';
import { finnPerson } from '../../src/register/les-person.ts';
import { lesHendelser } from '../../src/register/les-hendelser.ts';
import { gjeldendeStatus, versjoner } from '../../src/domain/person/persondokument.ts';
import type { OpprettPerson } from '../../src/domain/kommando/kommando.ts';

const oppsett: Skriveoppsett = {
  tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }),
  klokke: () => new Date('2026-11-23T11:00:00Z'),
};

const kari = (grunnlag: 'innflytting' | 'dNummer'): OpprettPerson => ({
  type: 'opprettPerson', grunnlag, foedselsdato: '1990-05-12', kjoenn: 'kvinne', navn: { fornavn: 'Kari', etternavn: 'Nordmann' },
  ...(grunnlag === 'innflytting' ? { innflytting: { fraflyttingsland: 'SWE', dato: '2010-01-01' } } : {}),
});

const numre = async (db: Db, nummer: string) =>
  versjoner((await finnPerson(db, nummer))!.dokument, 'identifikasjonsnummer').map((i) => [i.foedselsEllerDNummer, i.status]);

describe.each(storeKinds)('duplicate merge and split on %s', (kind) => {
  let db: Db;
  beforeAll(async () => { db = await freshDb(kind); });
  afterAll(() => db?.close());

  it('moves the duplicate’s number to the survivor, and a split gives it back', async () => {
    const [a, b] = await registrer(db, [kari('innflytting'), kari('dNummer')], oppsett);
    if (!a?.ok || !b?.ok) throw new Error('setup refused');
    const [fnr, dnr] = [a.hendelser[0]!.folkeregisteridentifikator, b.hendelser[0]!.folkeregisteridentifikator];
    const [dublettId, gjeldendeId] = [(await finnPerson(db, dnr))!.personId, (await finnPerson(db, fnr))!.personId];

    const [sammen] = await registrer(db, [{ type: 'sammenslaaDubletter', gjeldende: fnr, dublett: dnr }], oppsett);
    expect(sammen).toMatchObject({ ok: true });
    const etterSammen = (await finnPerson(db, dnr))!;
    expect(etterSammen.personId).toBe(gjeldendeId);
    expect(await numre(db, dnr)).toEqual([[fnr, 'iBruk'], [dnr, 'opphoert']]);
    const logg = await lesHendelser(db, 3, 10);
    expect(logg.map((h) => [h.hendelsestype, h.folkeregisteridentifikator])).toEqual([
      ['personErOpphoertSomDublett', dnr],
      ['personErViderefoertSomGjeldendeVedSammenslaaing', fnr],
    ]);

    const [split] = await registrer(db, [{ type: 'splitteDublett', nummer: dnr }], oppsett);
    expect(split).toMatchObject({ ok: true });
    const gjenopprettet = (await finnPerson(db, dnr))!;
    expect(gjenopprettet.personId).toBe(dublettId);
    expect(gjeldendeStatus(gjenopprettet.dokument)).toBe('midlertidig');
    expect(await numre(db, dnr)).toEqual([[dnr, 'iBruk']]);
    expect(await numre(db, fnr)).toEqual([[fnr, 'iBruk']]);
    expect((await lesHendelser(db, 5, 10)).map((h) => [h.hendelsestype, h.folkeregisteridentifikator])).toEqual([
      ['personErEndretVedSplitting', fnr],
      ['personErGjenopprettetVedSplitting', dnr],
    ]);
  });

  it('merges and splits within one batch, the split seeing the merge', async () => {
    const [a, b] = await registrer(db, [kari('innflytting'), kari('dNummer')], oppsett);
    if (!a?.ok || !b?.ok) throw new Error('setup refused');
    const [fnr, dnr] = [a.hendelser[0]!.folkeregisteridentifikator, b.hendelser[0]!.folkeregisteridentifikator];
    const dublettId = (await finnPerson(db, dnr))!.personId;
    const utfall = await registrer(db, [{ type: 'sammenslaaDubletter', gjeldende: fnr, dublett: dnr }, { type: 'splitteDublett', nummer: dnr }], oppsett);
    expect(utfall.map((u) => u.ok)).toEqual([true, true]);
    expect((await finnPerson(db, dnr))!.personId).toBe(dublettId);
    expect(await numre(db, fnr)).toEqual([[fnr, 'iBruk']]);
  });
});
