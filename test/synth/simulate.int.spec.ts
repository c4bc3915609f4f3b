import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ressurs } from '../../src/intake/kontrakt.ts';
import { sisteSekvensnummer } from '../../src/register/les-hendelser.ts';
import type { Db } from '../../src/store/db.ts';
import { seed } from '../../src/synth/seed.ts';
import { lesKandidater, simuler } from '../../src/synth/simulate.ts';
import { Prng } from '../../src/synth/prng.ts';
import { gjeldendeVerdi } from '../../src/domain/person/persondokument.ts';
import { finnPerson } from '../../src/register/les-person.ts';
import { hendelserPerAar, type Livshendelse } from '../../src/synth/simulering/hendelsesvalg.ts';
import { SIMULATOR } from '../../src/synth/simulering/via-mottak.ts';
import { referansedata } from '../../src/synth/data/referansedata.ts';
import { byggOppslagsmiljoe, forventStatus, hent, url, type Oppslagsmiljoe } from '../api/oppslag-oppsett.ts';
import { lesFeed } from '../api/synkronisering.ts';
import { freshDb, storeKinds } from '../support/stores.ts';

const identifikatorer = { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true };
const alleTyper = Object.keys(hendelserPerAar(referansedata())) as Livshendelse[];

/** The feed events a registered message of each resource gives one of the persons of its case. */
const forventetHendelse: Partial<Record<Ressurs, readonly string[]>> = {
  foedsel_v1: ['personErOpprettet'],
  doedsfall_v1: ['personErDoed'],
  flyttemelding_fra_posten_v1: ['endringIBostedsadresse'],
  vigsel_v1: ['endringISivilstand'],
  separasjon_v1: ['endringISivilstand'],
  skilsmisse_v1: ['endringISivilstand'],
  innflytting_v1: ['personErOpprettet'],
  rekvisisjon_av_dnummer_v5: ['personErOpprettet'],
  fnr_endring_v1: ['endringINavn'],
};

describe.each(storeKinds)('simulating life events through producer intake on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seed(db, { antall: 300, identifikatorer });
    // The server's intake worker runs beside the simulation's own: two workers on one database, as when `simulate`
    // runs against a database a server also uses. Both judge by the server's clock, the day the population was made.
    m = await byggOppslagsmiljoe(db, { mottak: { pollMs: 50 } });
  });
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  it('reads each candidate’s spouse’s sex from the register, so a married mother’s wife is never taken for the father', async () => {
    const kandidater = await lesKandidater(db, 400, Prng.fra('ektefeller'));
    const gifte = kandidater.filter((k) => gjeldendeVerdi(k.dokument, 'sivilstand')?.relatertVedSivilstand !== undefined);
    expect(gifte.length).toBeGreaterThan(10);
    for (const k of gifte) {
      const ektefelle = await finnPerson(db, String(gjeldendeVerdi(k.dokument, 'sivilstand')!.relatertVedSivilstand));
      expect({ nummer: k.nummer, kjoenn: k.ektefellesKjoenn }).toEqual({ nummer: k.nummer, kjoenn: gjeldendeVerdi(ektefelle!.dokument, 'kjoenn')?.kjoenn });
    }
    expect(kandidater.filter((k) => gjeldendeVerdi(k.dokument, 'sivilstand')?.relatertVedSivilstand === undefined).every((k) => k.ektefellesKjoenn === undefined)).toBe(true);
  });

  it('sends each kind of life event as its producer message, registered by the rules, in the feed and in lookups', async () => {
    const foer = await sisteSekvensnummer(db);
    const status = await simuler(db, { rate: 40, varighet: 3, seed: 'mottak', blanding: 'lik', identifikatorer, klokke: m.klokke.naa });

    // Every kind, each registered automatically: the simulation picks persons the rules accept.
    expect(status.vei).toBe('mottak');
    expect(status.avvisninger).toEqual([]);
    expect(status.ventende).toBe(0);
    for (const type of alleTyper) expect(status.perType[type]?.registrert, type).toBeGreaterThan(0);
    const utvandret = status.perType.utvandring!.registrert;
    // Emigration, which no producer reports, is the one kind registered directly.
    expect(status.totalt).toMatchObject({ direkte: utvandret, mottatt: status.totalt.sendt, registrert: status.totalt.sendt + utvandret, manuell: 0, avvist: 0 });

    // The messages are in the intake's table as the simulator's, processed, each with its case.
    const meldinger = await db.query<{ ressurs: Ressurs; tilstand: string; utfall: string | null; personer: string[] }>(
      `select m.ressurs, m.tilstand, s.utfall, s.personer from melding m left join sak s on s.melding_id = m.id where m.produsent = $1`,
      [SIMULATOR],
    );
    expect(meldinger).toHaveLength(status.totalt.sendt);
    expect(new Set(meldinger.map((r) => r.ressurs))).toEqual(new Set(Object.keys(forventetHendelse)));
    for (const r of meldinger) expect([r.tilstand, r.utfall]).toEqual(['behandlet', 'registrert']);

    // Each registered message shows in the consumers' feed as its event about a person of its case.
    const feed = await lesFeed(m, 'offentligMedHjemmel', foer + 1);
    const hendelser = new Set(feed.map((i) => `${i.hendelse.hendelsetype}|${i.hendelse.folkeregisteridentifikator}`));
    for (const r of meldinger) {
      const funnet = r.personer.some((n) => forventetHendelse[r.ressurs]!.some((t) => hendelser.has(`${t}|${n}`)));
      expect(funnet, `${r.ressurs} ${r.personer.join(',')}`).toBe(true);
    }
    expect(feed.filter((i) => i.hendelse.hendelsetype === 'personErUtflyttet')).toHaveLength(utvandret);

    // A consumer looking up a person who died in the simulation sees the death.
    const doed = meldinger.find((r) => r.ressurs === 'doedsfall_v1')!.personer[0]!;
    const svar = await hent(m.app, m.tokens.offentligMedHjemmel, 'GET', url('offentligMedHjemmel', `personer/${doed}`));
    forventStatus(svar, 200);
    const person = svar.json() as { status: { status: string; erGjeldende: boolean }[]; doedsfall?: { doedsdato: string } };
    expect(person.status.find((s) => s.erGjeldende)?.status).toBe('doed');
    expect(person.doedsfall?.doedsdato).toBe('2026-11-23');
  }, 120_000);

  it('registers directly when asked, at about the asked rate, and stops on time', async () => {
    const foer = await sisteSekvensnummer(db);
    const meldinger = await db.query<{ n: number }>('select count(*)::int as n from melding');
    const status = await simuler(db, { rate: 100, varighet: 2, vei: 'direkte', identifikatorer, klokke: m.klokke.naa });
    expect(status.avvisninger).toEqual([]);
    expect(status.totalt).toMatchObject({ sendt: 0, direkte: status.totalt.registrert });
    expect(status.totalt.registrert).toBeGreaterThan(120);
    expect(status.millisekunder).toBeLessThan(3500);
    expect(await sisteSekvensnummer(db)).toBeGreaterThan(foer + status.totalt.registrert - 1);
    expect(await db.query<{ n: number }>('select count(*)::int as n from melding')).toEqual(meldinger);
  }, 60_000);
});
