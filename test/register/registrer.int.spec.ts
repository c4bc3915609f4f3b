import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import type { Db } from '../../src/store/db.ts';
import { registrer, type Skriveoppsett } from '../../src/register/registrer.ts';
import { identifikatortildeler } from '../../src/register/identifikatorer.ts';
import { finnPerson, finnPersondokument } from '../../src/register/les-person.ts';
import { lesHendelser, sisteSekvensnummer } from '../../src/register/les-hendelser.ts';
import { gjeldendeVerdi, versjoner } from '../../src/domain/person/persondokument.ts';
import { klassifiser } from '../../src/domain/identitetsnummer/index.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { innvandrer } from '../support/kommandoer.ts';

const oppsett: Skriveoppsett = {
  tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }),
  klokke: () => new Date('2026-11-23T11:00:00Z'),
};


function nummerAv(utfall: Awaited<ReturnType<typeof registrer>>[number]): string {
  if (!utfall.ok) throw new Error(utfall.avvisning.melding);
  return utfall.hendelser[0]!.folkeregisteridentifikator;
}

describe.each(storeKinds)('the write path on %s', (kind) => {
  let db: Db;
  beforeAll(async () => { db = await freshDb(kind); });
  afterAll(() => db?.close());

  it('stores events with gap-free numbers, archive versions and the current document', async () => {
    const [a, b] = await registrer(db, [innvandrer('Kari'), innvandrer('Ola', '1979-04-05', 'mann')], oppsett);
    const kari = nummerAv(a!);
    const ola = nummerAv(b!);
    expect(klassifiser(kari)).toMatchObject({ gyldig: true, syntetisk: true, type: 'foedselsnummer', foedselsdato: '1980-02-03', kjoenn: 'kvinne' });
    const [vigsel] = await registrer(db, [{ type: 'vigsel', personer: [kari, ola], dato: '2010-05-05' }], oppsett);
    expect(vigsel).toMatchObject({ ok: true });

    const logg = await lesHendelser(db, 1, 100);
    expect(logg.map((h) => [h.sekvensnummer, h.hendelsestype, h.folkeregisteridentifikator])).toEqual([
      [1, 'personErOpprettet', kari], [2, 'personErOpprettet', ola], [3, 'endringISivilstand', kari], [4, 'endringISivilstand', ola],
    ]);
    expect(await sisteSekvensnummer(db)).toBe(4);
    const person = (await finnPerson(db, kari))!;
    expect(person.versjon).toBe(2);
    expect(person.dokumentidentifikator).toBe(logg[2]!.persondokument);
    expect(person.dokumentidentifikator).toMatch(/^[0-9a-f]{32}$/);
    expect(gjeldendeVerdi(person.dokument, 'sivilstand')).toMatchObject({ sivilstand: 'gift', relatertVedSivilstand: ola, ajourholdstidspunkt: '2026-11-23T12:00:00.000+01:00' });
    const foerste = (await finnPersondokument(db, logg[0]!.persondokument))!;
    expect(foerste.versjon).toBe(1);
    expect(foerste.dokument.sivilstand?.map((s) => s.sivilstand)).toEqual(['uoppgitt']);
  });

  it('a refused command changes nothing, while the rest of its batch is stored', async () => {
    const foer = await sisteSekvensnummer(db);
    const utfall = await registrer(db, [
      { type: 'endreNavn', person: '01010100000', navn: { fornavn: 'A', etternavn: 'B' } },
      innvandrer('Per', '1990-01-01', 'mann'),
    ], oppsett);
    expect(utfall[0]).toMatchObject({ ok: false, avvisning: { kode: 'personFinnesIkke' } });
    expect(utfall[1]).toMatchObject({ ok: true });
    expect(await sisteSekvensnummer(db)).toBe(foer + 1);
    const alene = await registrer(db, [{ type: 'vigsel', personer: ['01010100000', '02020200000'], dato: '2020-01-01' }], oppsett);
    expect(alene[0]).toMatchObject({ ok: false });
    expect(await sisteSekvensnummer(db)).toBe(foer + 1);
  });

  it('finds a person by an old number after a change of number; both numbers are kept', async () => {
    const [u] = await registrer(db, [innvandrer('Siri', '1985-07-07')], oppsett);
    const gammelt = nummerAv(u!);
    const [endring] = await registrer(db, [{ type: 'endreIdentifikasjonsnummer', person: gammelt, foedselsdato: '1985-07-08' }], oppsett);
    if (!endring!.ok) throw new Error(endring!.avvisning.melding);
    const viaGammelt = (await finnPerson(db, gammelt))!;
    const nytt = String(gjeldendeVerdi(viaGammelt.dokument, 'identifikasjonsnummer')!.foedselsEllerDNummer);
    expect(nytt).not.toBe(gammelt);
    expect(klassifiser(nytt).foedselsdato).toBe('1985-07-08');
    expect((await finnPerson(db, nytt))!.personId).toBe(viaGammelt.personId);
    expect(versjoner(viaGammelt.dokument, 'identifikasjonsnummer').map((i) => [i.foedselsEllerDNummer, i.status])).toEqual([[nytt, 'iBruk'], [gammelt, 'opphoert']]);
    expect(endring!.hendelser[0]!.folkeregisteridentifikator).toBe(gammelt);
  });

  it('a failed transaction leaves no event and no gap', async () => {
    const foer = await sisteSekvensnummer(db);
    await expect(db.transaction(async (tx) => {
      const { registrerInTrx } = await import('../../src/register/registrer.ts');
      await registrerInTrx(tx, [innvandrer('Borte')], oppsett);
      throw new Error('the process fails before commit');
    })).rejects.toThrow('before commit');
    expect(await sisteSekvensnummer(db)).toBe(foer);
    const [u] = await registrer(db, [innvandrer('Neste')], oppsett);
    expect(u).toMatchObject({ ok: true, hendelser: [{ sekvensnummer: foer + 1 }] });
  });
});

describe.each(storeKinds)('the log under concurrent writers on %s', (kind) => {
  let db: Db;
  beforeAll(async () => { db = await freshDb(kind, { max: 12 }); });
  afterAll(() => db?.close());

  it('a reader following the log never sees a number at or below one it has passed', async () => {
    const [u] = await registrer(db, [innvandrer('Felles')], oppsett);
    const felles = nummerAv(u!);
    const skrivere = 8;
    const perSkriver = kind === 'postgres' ? 40 : 15;
    let ferdig = false;
    const sett: number[] = [];
    let forbi = 0;
    const brudd: string[] = [];
    const leser = (async () => {
      while (!ferdig || forbi < (await sisteSekvensnummer(db))) {
        const side = await lesHendelser(db, forbi + 1, 50);
        for (const h of side) {
          if (h.sekvensnummer !== forbi + 1) brudd.push(`expected ${forbi + 1}, got ${h.sekvensnummer}`);
          sett.push(h.sekvensnummer);
          forbi = h.sekvensnummer;
        }
        // A late commit with a number at or below `forbi` would show up here on a re-read from the start.
        const [lavere] = await db.query<{ n: number }>('select count(*)::int as n from hendelse where sekvensnummer <= $1', [forbi]);
        if (Number(lavere!.n) !== forbi) brudd.push(`${lavere!.n} events at or below ${forbi}`);
        if (side.length === 0) await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await Promise.all(
      Array.from({ length: skrivere }, async (_, s) => {
        for (let i = 0; i < perSkriver; i++) {
          const kommandoer: Kommando[] = i % 3 === 0
            ? [innvandrer(`S${s}N${i}`), innvandrer(`S${s}M${i}`)]
            : [{ type: 'endreNavn', person: felles, navn: { fornavn: `S${s}I${i}`, etternavn: 'Felles' } }];
          await registrer(db, kommandoer, oppsett);
        }
      }),
    );
    ferdig = true;
    await leser;
    const siste = await sisteSekvensnummer(db);
    expect(brudd).toEqual([]);
    expect(sett).toEqual(Array.from({ length: siste }, (_, i) => i + 1));
    const [tall] = await db.query<{ n: number; min: number; max: number }>('select count(*)::int as n, min(sekvensnummer)::int as min, max(sekvensnummer)::int as max from hendelse');
    expect(tall).toEqual({ n: siste, min: 1, max: siste });
  });
});
