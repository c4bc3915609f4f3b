import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rettighetspakkenavn, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { reglerFor } from '../../src/access/view/pakketabell.ts';
import { parseParts } from '../../src/access/view/parts.ts';
import { view } from '../../src/access/view/view.ts';
import { soektjenester } from '../../src/api/konsument/soek/soektjenester.ts';
import { finnPerson } from '../../src/register/les-person.ts';
import type { Db } from '../../src/store/db.ts';
import { openapiValidator } from '../support/openapi.ts';
import { freshDb, storeKinds } from '../support/stores.ts';
import { forventStatus, hent, url } from './oppslag-oppsett.ts';
import { byggSoekemiljoe, type Soekemiljoe } from './soek-oppsett.ts';

const validerTreff = openapiValidator('PersonsoekResponse');
const validerPerson = openapiValidator('Folkeregisterperson');
const soekepakker = rettighetspakkenavn.filter((p) => soektjenester[p].soek);

describe.each(storeKinds)('person search on %s', (kind) => {
  let db: Db;
  let m: Soekemiljoe;
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggSoekemiljoe(db);
  }, 180_000);
  afterAll(async () => {
    await m?.app.close();
    await db?.close();
  });

  const kall = (pakke: Rettighetspakke, tjeneste: 'soek' | 'entydigsoek', query: Record<string, string>, headers: Record<string, string> = {}) =>
    hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/${tjeneste}?${new URLSearchParams(query)}`), undefined, headers);

  /** The hit list of a search that must succeed, validated against FREG's OpenAPI. */
  async function soek(query: Record<string, string>, pakke: Rettighetspakke = 'offentligMedHjemmel'): Promise<string[]> {
    const svar = await kall(pakke, 'soek', query);
    forventStatus(svar, 200);
    expect(validerTreff(svar.json())).toEqual([]);
    return svar.json().foedselsEllerDNummer;
  }
  const sortert = (...numre: string[]) => [...numre].sort();

  it('matches whole name words, current names only unless opplysningsgrunnlag=historisk', async () => {
    const s = m.soekbare;
    expect(await soek({ navn: 'kristian' })).toEqual([s.kristianBerg]);
    expect(await soek({ navn: 'KRISTIAN berg' })).toEqual([s.kristianBerg]);
    expect(await soek({ navn: 'berg kristian' })).toEqual([s.kristianBerg]);
    expect(await soek({ navn: 'krist' })).toEqual([]);
    expect(await soek({ navn: 'hansen' })).toEqual([]);
    expect(await soek({ navn: 'hansen', opplysningsgrunnlag: 'historisk' })).toEqual([s.kristianBerg]);
    // Words of two different name versions do not make a match together.
    expect(await soek({ navn: 'hansen berg', opplysningsgrunnlag: 'historisk' })).toEqual([]);
    expect(await soek({ navn: 'nordmann' })).toEqual([s.kariNordmann]);
  });

  it('matches similar names with soekFonetisk', async () => {
    const s = m.soekbare;
    expect(await soek({ navn: 'cristian', soekFonetisk: 'true' })).toEqual(sortert(s.kristianBerg, s.christianHanssen));
    expect(await soek({ navn: 'hansen', soekFonetisk: 'true' })).toEqual([s.christianHanssen]);
    expect(await soek({ navn: 'hansen', soekFonetisk: 'true', opplysningsgrunnlag: 'historisk' })).toEqual(sortert(s.kristianBerg, s.christianHanssen));
    expect(await soek({ navn: 'jensen', soekFonetisk: 'true' })).toEqual([]);
  });

  it('filters on sex, birth date and birth years', async () => {
    const s = m.soekbare;
    expect(await soek({ navn: 'per olsen' })).toEqual(sortert(s.perOlsen1, s.perOlsen2));
    expect(await soek({ kjoenn: 'kvinne', navn: 'nordmann' })).toEqual([s.kariNordmann]);
    expect(await soek({ kjoenn: 'mann', navn: 'nordmann' })).toEqual([]);
    expect(await soek({ foedselsdato: '19850505' })).toEqual([s.christianHanssen]);
    expect(await soek({ foedselsaarFraOgMed: '1980', foedselsaarTilOgMed: '1985', kjoenn: 'mann' })).toEqual(sortert(s.kristianBerg, s.christianHanssen));
    expect(await soek({ foedselsaarFraOgMed: '1999' })).toEqual(sortert(s.perOlsen1, s.perOlsen2));
  });

  it('matches addresses by street prefix, house number, postcode, municipality and county, on one address', async () => {
    const s = m.soekbare;
    expect(await soek({ adressenavn: 'storg' })).toEqual(sortert(s.kristianBerg, s.christianHanssen));
    expect(await soek({ adressenavn: 'Storgata', husnummer: '12' })).toEqual(sortert(s.kristianBerg, s.christianHanssen));
    expect(await soek({ adressenavn: 'Storgata', husnummer: '12b' })).toEqual([s.kristianBerg]);
    expect(await soek({ adressenavn: 'Storgata', husnummer: '13' })).toEqual([]);
    expect(await soek({ adressenavn: 'storgata', postnummer: '5003' })).toEqual([s.christianHanssen]);
    expect(await soek({ adressenavn: 'storgata', kommunenummer: '0301' })).toEqual([s.kristianBerg]);
    expect(await soek({ adressenavn: 'storgata', fylkesnummer: '46' })).toEqual([s.christianHanssen]);
    expect(await soek({ kommunenummer: '4601' })).toEqual(sortert(s.christianHanssen, m.personer.ugradert));
    // The street of one address and the postcode of another do not make a match.
    expect(await soek({ adressenavn: 'lillevegen', postnummer: '0150', inkluderOppholdsadresse: 'true' })).toEqual([]);
  });

  it('matches the stay address only with inkluderOppholdsadresse, dead persons only with inkluderDoede', async () => {
    const s = m.soekbare;
    expect(await soek({ adressenavn: 'studentv' })).toEqual([]);
    expect(await soek({ adressenavn: 'studentv', inkluderOppholdsadresse: 'true' })).toEqual([s.kariNordmann]);
    expect(await soek({ navn: 'ola nordmann' })).toEqual([]);
    expect(await soek({ navn: 'ola nordmann', inkluderDoede: 'true' })).toEqual([s.olaDoed]);
    expect(await soek({ adressenavn: 'storgata', husnummer: '12', inkluderDoede: 'true' })).toEqual(sortert(s.kristianBerg, s.christianHanssen, s.olaDoed));
  });

  it('matches earlier addresses with opplysningsgrunnlag=historisk', async () => {
    expect(await soek({ adressenavn: 'aapengata', navn: 'ugradert' })).toEqual([]);
    expect(await soek({ adressenavn: 'aapengata', navn: 'ugradert', opplysningsgrunnlag: 'historisk' })).toEqual([m.personer.ugradert]);
  });

  it('never finds a protected person by an address the package may not see, but by name it does', async () => {
    for (const pakke of soekepakker) {
      const hemmelig = await soek({ adressenavn: 'hemmeligveien' }, pakke);
      expect(hemmelig, pakke).toEqual(pakke === 'offentligMedHjemmel' ? [m.personer.fortrolig] : []);
      expect(await soek({ adressenavn: 'hemmeligveien', opplysningsgrunnlag: 'historisk' }, pakke)).toEqual(hemmelig);
      expect(await soek({ postnummer: '0150', navn: 'fortrolig' }, pakke)).toEqual(hemmelig);
      expect(await soek({ adressenavn: 'skjultgata', opplysningsgrunnlag: 'historisk' }, pakke)).toEqual([]);
      expect(await soek({ navn: 'strengt', postnummer: '0030', opplysningsgrunnlag: 'historisk' }, pakke)).toEqual([]);
      expect(await soek({ navn: 'fortrolig' }, pakke)).toEqual([m.personer.fortrolig]);
      expect(await soek({ navn: 'strengt oppslagsen' }, pakke)).toEqual([m.personer.strengtFortrolig]);
    }
  });

  it('answers too many hits with forMangeTreff, and bad parameters with 400', async () => {
    expect(await soek({ navn: 'oppslagsen', maksTreff: '6' })).toHaveLength(6);
    const forMange = await kall('offentligMedHjemmel', 'soek', { navn: 'oppslagsen', maksTreff: '5' });
    forventStatus(forMange, 400);
    expect(forMange.json()).toMatchObject({ feilkode: 'ske.folkeregister.konsument.ForMangeTreffException', tilleggsinformasjon: { maksTreff: '5' } });
    const ugyldige: Record<string, string>[] = [
      { adressenavn: 'st' },
      { adressenavn: 's  t' },
      { navn: 'x', maksTreff: '10001' },
      { navn: 'x', maksTreff: '0' },
      { kjoenn: 'ukjent' },
      { foedselsdato: '1985-05-05' },
      { foedselsdato: '19850230' },
      { foedselsaarFraOgMed: '85' },
      { foedselsaarFraOgMed: '1990', foedselsaarTilOgMed: '1980' },
      { postnummer: '150' },
      { kommunenummer: '301' },
      { fylkesnummer: '3' },
      { husnummer: '12-14' },
      { navn: 'x', opplysningsgrunnlag: 'alt' },
      { navn: 'x', soekFonetisk: 'kanskje' },
      { inkluderDoede: 'true' },
      {},
    ];
    for (const query of ugyldige) {
      const svar = await kall('offentligMedHjemmel', 'soek', query);
      expect(svar.statusCode, JSON.stringify(query)).toBe(400);
      expect(svar.json().feilkode).toBe('ske.folkeregister.konsument.UgyldigForespoerselException');
    }
  });

  it('offers soek to the packages spec §1.3 names, with the numbers they may see, and audits every hit', async () => {
    for (const pakke of rettighetspakkenavn) {
      const svar = await kall(pakke, 'soek', { navn: 'oppslagsen' }, { formaal: 'test' });
      if (!soektjenester[pakke].soek) {
        forventStatus(svar, 404);
        expect(svar.json().code).toBe('FREG-404');
        continue;
      }
      forventStatus(svar, 200);
      expect(reglerFor(pakke).identitetsnummer).toBe('alltid');
      const treff: string[] = svar.json().foedselsEllerDNummer;
      // The lookup population: every protected kind, and the spouse.
      expect(treff).toHaveLength(6);
      expect(treff).toEqual(expect.arrayContaining(Object.values(m.personer)));
      const rader = await db.query<{ personidentifikator: string; tjeneste: string; rettighetspakke: string; formaal: string }>(
        'select personidentifikator, tjeneste, rettighetspakke, formaal from revisjonslogg where forespoersel_id = $1 order by personidentifikator',
        [svar.headers['request-id'] ?? (await sisteForespoersel(db))],
      );
      expect(rader).toEqual(treff.map((t) => ({ personidentifikator: t, tjeneste: 'personer/soek', rettighetspakke: pakke, formaal: 'test' })));
    }
  });

  it('lists the search routes with their parameters in the OpenAPI document, and not the hidden refusals', async () => {
    const paths = (await m.app.inject({ method: 'GET', url: '/openapi.json' })).json().paths as Record<string, { get: { parameters: { name: string }[] } }>;
    const soekParametre = paths['/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/soek']!.get.parameters.map((p) => p.name);
    expect(soekParametre).toEqual(expect.arrayContaining(['navn', 'kjoenn', 'foedselsdato', 'foedselsaarFraOgMed', 'foedselsaarTilOgMed', 'adressenavn', 'husnummer', 'postnummer', 'kommunenummer', 'fylkesnummer', 'inkluderOppholdsadresse', 'soekFonetisk', 'inkluderDoede', 'opplysningsgrunnlag', 'maksTreff']));
    const entydigParametre = paths['/folkeregisteret/api/privat/v1/personer/entydigsoek']!.get.parameters.map((p) => p.name);
    expect(entydigParametre).toEqual(expect.arrayContaining(['identifikasjonsnummer', 'utenlandskpersonidentifikasjon', 'legitimasjonsdokument', 'utlendingsmyndighetenesidentifikasjonsnummer', 'foedselsdato', 'navn', 'postnummer', 'adressenavn', 'husnummer', 'part', 'soekFonetisk', 'opplysningsgrunnlag']));
    expect(paths['/folkeregisteret/api/privat/v1/personer/soek']).toBeUndefined();
  });

  it('answers soek in XML on request', async () => {
    const svar = await kall('offentligMedHjemmel', 'soek', { navn: 'per olsen' }, { accept: 'application/xml' });
    forventStatus(svar, 200);
    expect(svar.headers['content-type']).toMatch(/^application\/xml/);
    const numre = sortert(m.soekbare.perOlsen1, m.soekbare.perOlsen2);
    expect(svar.body).toContain(`<personsoekResponse xmlns="folkeregisteret:tilgjengeliggjoering:person:v1">${numre.map((n) => `<foedselsEllerDNummer>${n}</foedselsEllerDNummer>`).join('')}</personsoekResponse>`);
  });

  describe('entydigsoek', () => {
    async function entydig(pakke: Rettighetspakke, query: Record<string, string>, forventet: string | number, parts: string[] = []) {
      const q = new URLSearchParams(query);
      for (const p of parts) q.append('part', p);
      const svar = await hent(m.app, m.tokens[pakke], 'GET', url(pakke, `personer/entydigsoek?${q}`));
      if (typeof forventet === 'number') {
        expect(svar.statusCode, `${pakke} ${q} ${svar.body.slice(0, 200)}`).toBe(forventet);
        return svar;
      }
      forventStatus(svar, 200);
      const person = (await finnPerson(db, forventet))!;
      const valg = parseParts(parts, pakke);
      if (!valg.ok) throw new Error('bad parts in test');
      expect(svar.json(), `${pakke} ${q}`).toEqual(view(person.dokument, pakke, valg.parts, { personId: person.personId }).folkeregisterperson);
      expect(validerPerson(svar.json())).toEqual([]);
      return svar;
    }

    it('gives the one person the criteria identify, through the gate, for every package that has it', async () => {
      const kari = m.soekbare.kariNordmann;
      for (const pakke of rettighetspakkenavn) {
        if (!soektjenester[pakke].entydigsoek) {
          const svar = await entydig(pakke, { navn: 'kari nordmann', foedselsdato: '19900303' }, 404);
          expect(svar.json().code).toBe('FREG-404');
          continue;
        }
        await entydig(pakke, { navn: 'kari nordmann', foedselsdato: '19900303' }, kari);
        await entydig(pakke, { navn: 'Kari Nordmann', adressenavn: 'lillevegen', husnummer: '3' }, kari, ['historikk']);
        await entydig(pakke, { navn: 'kari nordmann', adressenavn: 'lil', postnummer: '7010' }, kari);
        await entydig(pakke, { navn: 'kari nordmann', adressenavn: 'studentvegen', husnummer: '1' }, kari);
      }
    });

    it('matches first name first and surname last, phonetically on request', async () => {
      await entydig('privat', { navn: 'nordmann kari', foedselsdato: '19900303' }, 404);
      await entydig('privat', { navn: 'cristian hansen', foedselsdato: '19850505' }, 404);
      await entydig('privat', { navn: 'cristian hansen', foedselsdato: '19850505', soekFonetisk: 'true' }, m.soekbare.christianHanssen);
      await entydig('privat', { navn: 'kristian hansen', foedselsdato: '19800102' }, 404);
      await entydig('privat', { navn: 'kristian hansen', foedselsdato: '19800102', opplysningsgrunnlag: 'historisk' }, m.soekbare.kristianBerg);
    });

    it('answers 404 on no hit and on several, the same way', async () => {
      const ingen = await entydig('offentligMedHjemmel', { navn: 'kari nordmann', foedselsdato: '19900304' }, 404);
      const flere = await entydig('offentligMedHjemmel', { navn: 'per olsen', foedselsdato: '20000101' }, 404);
      expect(ingen.json()).toMatchObject({ feilkode: 'ske.folkeregister.konsument.IkkeEntydigTreffException' });
      expect({ ...flere.json(), feilmelding: undefined }).toEqual({ ...ingen.json(), feilmelding: undefined });
      expect(flere.json().feilmelding).toBe(ingen.json().feilmelding);
      // A house letter, or its absence, must agree.
      await entydig('offentligMedHjemmel', { navn: 'kari nordmann', adressenavn: 'lillevegen', husnummer: '3a' }, 404);
      await entydig('offentligMedHjemmel', { navn: 'kristian berg', adressenavn: 'storgata', husnummer: '12' }, 404);
      await entydig('offentligMedHjemmel', { navn: 'kristian berg', adressenavn: 'storgata', husnummer: '12B' }, m.soekbare.kristianBerg);
    });

    it('finds by identity numbers, foreign ids, identity documents and DUF numbers only where the package may see them', async () => {
      const kari = m.soekbare.kariNordmann;
      for (const pakke of rettighetspakkenavn.filter((p) => soektjenester[p].entydigsoek)) {
        const regler = reglerFor(pakke);
        const kan = (element: string) => (regler.elementer as readonly string[]).includes(element);
        const tilfeller: [Record<string, string>, string][] = [
          [{ navn: 'kari nordmann', identifikasjonsnummer: kari }, 'identifikasjonsnummer'],
          [{ navn: 'kari nordmann', utenlandskpersonidentifikasjon: 'AFG-1458-4555' }, 'utenlandskPersonidentifikasjon'],
          [{ navn: 'kari nordmann', utenlandskPersonidentifikasjon: 'afg-14584555' }, 'utenlandskPersonidentifikasjon'],
          [{ foedselsdato: '19900303', utenlandskpersonidentifikasjon: 'AFG-1458-4555' }, 'utenlandskPersonidentifikasjon'],
          [{ navn: 'kari nordmann', legitimasjonsdokument: 'IRL-195509132386' }, 'legitimasjonsdokument'],
          [{ foedselsdato: '19900303', legitimasjonsdokument: 'IRL-195509132386' }, 'legitimasjonsdokument'],
          [{ navn: 'kari nordmann', utlendingsmyndighetenesidentifikasjonsnummer: '123456789012' }, 'utlendingsmyndighetenesIdentifikasjonsnummer'],
          [{ navn: 'kari nordmann', utlendingsmyndighetenesIdentifikasjonsnummer: '123456789012' }, 'utlendingsmyndighetenesIdentifikasjonsnummer'],
        ];
        for (const [query, element] of tilfeller) await entydig(pakke, query, kan(element) ? kari : 400);
        if (kan('legitimasjonsdokument')) await entydig(pakke, { navn: 'kari nordmann', legitimasjonsdokument: 'SWE-195509132386' }, 404);
      }
    });

    it('refuses criteria without a right to a hit with 400', async () => {
      const ikkeRett: Record<string, string>[] = [{ navn: 'kari nordmann' }, { foedselsdato: '19900303' }, { navn: 'kari nordmann', adressenavn: 'lillevegen' }, { navn: 'kari nordmann', postnummer: '7010' }, { adressenavn: 'lillevegen', husnummer: '3', postnummer: '7010' }];
      for (const query of ikkeRett) {
        const svar = await entydig('offentligMedHjemmel', query, 400);
        expect(svar.json().feilkode).toBe('ske.folkeregister.konsument.IkkeRettTilTreffException');
      }
      for (const query of <Record<string, string>[]>[{ navn: 'kari', foedselsdato: '19900303' }, { navn: 'kari nordmann', foedselsdato: '1990' }, { navn: 'kari nordmann', adressenavn: 'li', husnummer: '3' }]) {
        expect((await entydig('offentligMedHjemmel', query, 400)).json().feilkode).toBe('ske.folkeregister.konsument.UgyldigForespoerselException');
      }
      await entydig('offentligMedHjemmel', { navn: 'kari nordmann', foedselsdato: '19900303' }, 406, ['ukjentElement']);
    });

    it('never confirms a protected address to a package without the right', async () => {
      for (const pakke of rettighetspakkenavn.filter((p) => soektjenester[p].entydigsoek)) {
        const q = { navn: 'fortrolig oppslagsen', adressenavn: 'hemmeligveien', husnummer: '7' };
        await entydig(pakke, q, pakke === 'offentligMedHjemmel' ? m.personer.fortrolig : 404);
        await entydig(pakke, { navn: 'strengt oppslagsen', adressenavn: 'skjultgata', husnummer: '7', opplysningsgrunnlag: 'historisk' }, 404);
        await entydig(pakke, { navn: 'fortrolig oppslagsen', foedselsdato: '19800405' }, m.personer.fortrolig);
      }
    });

    it('audits the disclosed person', async () => {
      const svar = await entydig('presse', { navn: 'kari nordmann', foedselsdato: '19900303' }, m.soekbare.kariNordmann);
      const rader = await db.query<{ tjeneste: string; personidentifikator: string }>(
        'select tjeneste, personidentifikator from revisjonslogg where forespoersel_id = $1',
        [await sisteForespoersel(db)],
      );
      expect(svar.statusCode).toBe(200);
      expect(rader).toEqual([{ tjeneste: 'personer/entydigsoek', personidentifikator: m.soekbare.kariNordmann }]);
    });
  });
});

async function sisteForespoersel(db: Db): Promise<string> {
  const [rad] = await db.query<{ forespoersel_id: string }>('select forespoersel_id from revisjonslogg order by loepenummer desc limit 1');
  return rad!.forespoersel_id;
}
