import { describe, expect, it } from 'vitest';
import { Verden } from '../support/decider.ts';
import { gjeldende, gjeldendeStatus, gjeldendeVerdi, versjoner } from '../../src/domain/person/persondokument.ts';
import type { OpprettPerson } from '../../src/domain/kommando/kommando.ts';

const MOR = '14838749802';
const FAR = '02898549952';
const BARN = '21911599829';
const ANNEN = '05911899967';
const NYTT = '12825849880';

const vegadresse = (kommunenummer: string, adressenavn: string) => ({
  vegadresse: { kommunenummer, adressenavn, adressenummer: { husnummer: '1' }, poststed: { postnummer: '0150', poststedsnavn: 'OSLO' } },
});

const innvandrer = (kjoenn: 'kvinne' | 'mann', foedselsdato: string, fornavn: string): OpprettPerson => ({
  type: 'opprettPerson',
  grunnlag: 'innflytting',
  foedselsdato,
  kjoenn,
  navn: { fornavn, etternavn: 'Nordmann' },
  statsborgerskap: ['NOR'],
  innflytting: { fraflyttingsland: 'SWE', dato: '2010-01-01' },
  bostedsadresse: vegadresse('0301', 'Storgata'),
});

function ektepar(): Verden {
  const v = new Verden([MOR, FAR, BARN, ANNEN, NYTT]);
  v.gitt(innvandrer('kvinne', '1987-03-14', 'Kari'));
  v.gitt(innvandrer('mann', '1985-09-02', 'Ola'));
  v.gitt({ type: 'vigsel', personer: [MOR, FAR], dato: '2015-06-20', kommune: '0301' });
  return v;
}

describe('a person entering the register', () => {
  it('is created with the allocated number, status and first facts in one personErOpprettet', () => {
    const v = new Verden([MOR]);
    const b = v.gitt(innvandrer('kvinne', '1987-03-14', 'Kari'));
    expect(b.hendelser).toHaveLength(1);
    expect(b.hendelser[0]).toMatchObject({ hendelsestype: 'personErOpprettet', folkeregisteridentifikator: MOR });
    const dok = v.person(MOR).dokument;
    expect(gjeldendeStatus(dok)).toBe('bosatt');
    expect(gjeldendeVerdi(dok, 'identifikasjonsnummer')).toMatchObject({ foedselsEllerDNummer: MOR, identifikatortype: 'foedselsnummer', status: 'iBruk', erGjeldende: true });
    expect(gjeldendeVerdi(dok, 'innflytting')).toMatchObject({ fraflyttingsland: 'SWE', gyldighetstidspunkt: '2010-01-01T00:00:00+01:00' });
    expect(gjeldendeVerdi(dok, 'foedsel')).toMatchObject({ foedselsdato: '1987-03-14', foedselsaar: '1987' });
  });

  it('a newborn of resident parents is bosatt, linked to both, with shared parental responsibility on all three', () => {
    const v = ektepar();
    const b = v.gitt({
      type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: '2020-05-01', kjoenn: 'mann',
      navn: { fornavn: 'Per', etternavn: 'Nordmann' }, statsborgerskap: ['NOR'],
      foreldre: [{ nummer: MOR, rolle: 'mor' }, { nummer: FAR, rolle: 'far' }], foreldreansvar: 'felles',
      bostedsadresse: vegadresse('0301', 'Storgata'),
    });
    expect(b.hendelser.map((h) => [h.hendelsestype, h.folkeregisteridentifikator])).toEqual([
      ['personErOpprettet', BARN], ['endringIFamilierelasjon', MOR], ['endringIFamilierelasjon', FAR],
    ]);
    const barn = v.person(BARN).dokument;
    expect(gjeldendeStatus(barn)).toBe('bosatt');
    expect(gjeldende(barn, 'familierelasjon').map((r) => [r.relatertPerson, r.relatertPersonsRolle])).toEqual(
      expect.arrayContaining([[MOR, 'mor'], [FAR, 'far']]),
    );
    expect(gjeldende(barn, 'foreldreansvar')).toHaveLength(2);
    expect(gjeldende(v.person(MOR).dokument, 'foreldreansvar')).toEqual([expect.objectContaining({ ansvar: 'felles', ansvarlig: MOR, ansvarssubjekt: BARN })]);
    expect(gjeldende(v.person(FAR).dokument, 'familierelasjon')).toEqual(
      expect.arrayContaining([expect.objectContaining({ relatertPerson: BARN, relatertPersonsRolle: 'barn', minRolleForPerson: 'far' })]),
    );
  });

  it('a newborn is ugift from birth; an immigrant uoppgitt with no start, so any dated marital status supersedes it', () => {
    const v = ektepar();
    expect(versjoner(v.person(MOR).dokument, 'sivilstand').map((s) => [s.sivilstand, s.gyldighetstidspunkt])).toEqual([
      ['gift', '2015-06-20T00:00:00+02:00'], ['uoppgitt', undefined],
    ]);
    v.gitt({ type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: '2020-05-01', kjoenn: 'mann', navn: { fornavn: 'P', etternavn: 'N' }, foreldre: [{ nummer: MOR, rolle: 'mor' }] });
    expect(gjeldendeVerdi(v.person(BARN).dokument, 'sivilstand')).toMatchObject({ sivilstand: 'ugift', gyldighetstidspunkt: '2020-05-01T00:00:00+02:00' });
  });

  it('a newborn whose parents are not resident is only foedselsregistrert', () => {
    const v = new Verden([MOR, BARN]);
    v.gitt({ ...innvandrer('kvinne', '1987-03-14', 'Kari'), grunnlag: 'dNummer', innflytting: undefined, bostedsadresse: undefined });
    v.gitt({ type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: '2020-05-01', kjoenn: 'kvinne', navn: { fornavn: 'Ida', etternavn: 'N' }, foreldre: [{ nummer: MOR, rolle: 'mor' }] });
    expect(gjeldendeStatus(v.person(MOR).dokument)).toBe('midlertidig');
    expect(gjeldendeStatus(v.person(BARN).dokument)).toBe('foedselsregistrert');
  });

  it('is refused with a birth date in the future, and nothing is produced', () => {
    const v = new Verden([MOR]);
    const b = v.beslutt(innvandrer('kvinne', '2030-01-01', 'Kari'));
    expect(b).toEqual({ ok: false, avvisning: { kode: 'datoFremITid', melding: 'Datoen i foedselsdato er fram i tid', felt: 'foedselsdato' } });
  });
});

describe('a married couple', () => {
  it('point to each other in sivilstand and familierelasjon, one event each', () => {
    const v = ektepar();
    for (const [a, b] of [[MOR, FAR], [FAR, MOR]] as const) {
      const dok = v.person(a).dokument;
      expect(gjeldendeVerdi(dok, 'sivilstand')).toMatchObject({ sivilstand: 'gift', relatertVedSivilstand: b, sivilstandsdato: '2015-06-20' });
      expect(gjeldende(dok, 'familierelasjon')).toEqual([expect.objectContaining({ relatertPerson: b, relatertPersonsRolle: 'ektefelleEllerPartner' })]);
    }
  });

  it('cannot marry again, nor marry someone under 18', () => {
    const v = ektepar();
    v.gitt(innvandrer('mann', '2010-01-01', 'Ung'));
    expect(v.beslutt({ type: 'vigsel', personer: [MOR, BARN], dato: '2020-01-01' })).toMatchObject({ ok: false, avvisning: { kode: 'alleredeGift' } });
    v.gitt(innvandrer('kvinne', '1990-01-01', 'Siri'));
    expect(v.beslutt({ type: 'vigsel', personer: [ANNEN, BARN], dato: '2026-01-01' })).toMatchObject({ ok: false, avvisning: { kode: 'forUngTilEkteskap' } });
  });

  it('separate and divorce; the divorce ends the spouse relation but keeps it in the history', () => {
    const v = ektepar();
    v.gitt({ type: 'separasjon', personer: [MOR, FAR], dato: '2020-01-01' });
    expect(gjeldendeVerdi(v.person(MOR).dokument, 'sivilstand')?.sivilstand).toBe('separert');
    v.gitt({ type: 'skilsmisse', personer: [FAR, MOR], dato: '2021-01-01' });
    const dok = v.person(MOR).dokument;
    expect(versjoner(dok, 'sivilstand').map((s) => [s.sivilstand, s.erGjeldende])).toEqual([['skilt', true], ['separert', false], ['gift', false], ['uoppgitt', false]]);
    expect(gjeldende(dok, 'familierelasjon')).toEqual([]);
    expect(versjoner(dok, 'familierelasjon')[0]).toMatchObject({ erGjeldende: false, opphoerstidspunkt: '2021-01-01T00:00:00+01:00' });
  });

  it('a death widows the spouse; annulling the death restores both', () => {
    const v = ektepar();
    const b = v.gitt({ type: 'doedsfall', person: FAR, doedsdato: '2026-11-01' });
    expect(b.hendelser.map((h) => [h.hendelsestype, h.folkeregisteridentifikator])).toEqual([['personErDoed', FAR], ['endringISivilstand', MOR]]);
    expect(gjeldendeStatus(v.person(FAR).dokument)).toBe('doed');
    expect(v.person(FAR).dokument.doedsfall).toMatchObject({ doedsdato: '2026-11-01' });
    expect(gjeldendeVerdi(v.person(MOR).dokument, 'sivilstand')).toMatchObject({ sivilstand: 'enkeEllerEnkemann', relatertVedSivilstand: FAR });
    expect(v.beslutt({ type: 'endreNavn', person: FAR, navn: { fornavn: 'X', etternavn: 'Y' } })).toMatchObject({ ok: false, avvisning: { kode: 'personErDoed' } });
    expect(v.beslutt({ type: 'doedsfall', person: FAR, doedsdato: '2026-11-02' })).toMatchObject({ ok: false, avvisning: { kode: 'personErDoed' } });

    const a = v.gitt({ type: 'annullereDoedsfall', person: FAR });
    expect(a.hendelser.map((h) => h.hendelsestype)).toEqual(['personErReaktivert', 'endringISivilstand']);
    expect(v.person(FAR).dokument.doedsfall).toBeUndefined();
    expect(gjeldendeStatus(v.person(FAR).dokument)).toBe('bosatt');
    expect(gjeldendeVerdi(v.person(MOR).dokument, 'sivilstand')?.sivilstand).toBe('gift');
  });
});

describe('addresses', () => {
  it('a move makes the old address history, valid from the move date', () => {
    const v = ektepar();
    v.gitt({ type: 'flytte', person: MOR, bostedsadresse: vegadresse('4601', 'Bryggen'), flyttedato: '2025-08-01' });
    const dok = v.person(MOR).dokument;
    expect(versjoner(dok, 'bostedsadresse').map((a) => [(a.vegadresse as { kommunenummer: string }).kommunenummer, a.erGjeldende])).toEqual([['4601', true], ['0301', false]]);
    expect(gjeldendeVerdi(dok, 'bostedsadresse')).toMatchObject({ flyttedato: '2025-08-01', adressegradering: 'ugradert', gyldighetstidspunkt: '2025-08-01T00:00:00+02:00' });
  });

  it('fortrolig grades the current addresses and every later move', () => {
    const v = ektepar();
    v.gitt({ type: 'adressebeskyttelse', person: MOR, graderingsnivaa: 'fortrolig' });
    expect(gjeldendeVerdi(v.person(MOR).dokument, 'bostedsadresse')?.adressegradering).toBe('fortrolig');
    v.gitt({ type: 'flytte', person: MOR, bostedsadresse: vegadresse('4601', 'Bryggen'), flyttedato: '2026-01-01' });
    expect(gjeldendeVerdi(v.person(MOR).dokument, 'bostedsadresse')?.adressegradering).toBe('fortrolig');
  });

  it('strengtFortrolig deletes every address, gives the secretariat address, and refuses moves', () => {
    const v = ektepar();
    v.gitt({ type: 'flytte', person: MOR, bostedsadresse: vegadresse('4601', 'Bryggen'), flyttedato: '2025-08-01' });
    const postboks = { postboksadresse: { postboks: '4000', postbokseier: 'SEKRETARIAT', poststed: { postnummer: '0010', poststedsnavn: 'OSLO' } } };
    v.gitt({ type: 'adressebeskyttelse', person: MOR, graderingsnivaa: 'strengtFortrolig', postadresse: postboks });
    const dok = v.person(MOR).dokument;
    expect(dok.bostedsadresse).toBeUndefined();
    expect(gjeldendeVerdi(dok, 'postadresse')).toMatchObject({ ...postboks, adressegradering: 'ugradert' });
    expect(gjeldendeVerdi(dok, 'adressebeskyttelse')?.graderingsnivaa).toBe('strengtFortrolig');
    expect(v.beslutt({ type: 'flytte', person: MOR, bostedsadresse: vegadresse('0301', 'X'), flyttedato: '2026-01-01' })).toMatchObject({ ok: false, avvisning: { kode: 'adressebeskyttet' } });
  });
});

describe('identity numbers', () => {
  it('a D-number person who immigrates gets a fødselsnummer and keeps the D-number as ceased', () => {
    const v = new Verden([ANNEN, NYTT]);
    v.gitt({ ...innvandrer('kvinne', '1987-03-14', 'Kari'), grunnlag: 'dNummer', innflytting: undefined, bostedsadresse: undefined, gyldigFra: '2025-01-01' });
    const b = v.gitt({ type: 'innflytting', person: ANNEN, fraflyttingsland: 'POL', innflyttingsdato: '2026-01-10', bostedsadresse: vegadresse('0301', 'Storgata') });
    expect(b.hendelser.map((h) => [h.hendelsestype, h.folkeregisteridentifikator])).toEqual([['endringIIdentifikasjonsnummer', ANNEN], ['personErBosatt', NYTT]]);
    const dok = v.person(NYTT).dokument;
    expect(versjoner(dok, 'identifikasjonsnummer').map((i) => [i.foedselsEllerDNummer, i.identifikatortype, i.status, i.erGjeldende])).toEqual([
      [NYTT, 'foedselsnummer', 'iBruk', true],
      [ANNEN, 'dNummer', 'opphoert', false],
    ]);
    expect(v.person(ANNEN)).toBe(v.person(NYTT));
    expect(gjeldendeStatus(dok)).toBe('bosatt');
  });

  it('a change of birth date ceases the old number and publishes on it', () => {
    const v = new Verden([MOR, NYTT]);
    v.gitt(innvandrer('kvinne', '1987-03-14', 'Kari'));
    const b = v.gitt({ type: 'endreIdentifikasjonsnummer', person: MOR, foedselsdato: '1987-03-15' });
    expect(b.hendelser[0]).toMatchObject({ hendelsestype: 'endringIIdentifikasjonsnummer', folkeregisteridentifikator: MOR });
    const dok = v.person(NYTT).dokument;
    expect(gjeldendeVerdi(dok, 'foedsel')?.foedselsdato).toBe('1987-03-15');
    expect(versjoner(dok, 'foedsel')).toHaveLength(1);
    expect(versjoner(dok, 'identifikasjonsnummer').find((i) => i.foedselsEllerDNummer === MOR)).toMatchObject({ status: 'opphoert', erGjeldende: false });
    expect(v.beslutt({ type: 'endreIdentifikasjonsnummer', person: NYTT, foedselsdato: '1987-03-15' })).toMatchObject({ ok: false, avvisning: { kode: 'ingenEndring' } });
  });
});

describe('corrections and annulments', () => {
  it('korrigere replaces a version without history; annullere removes it and the previous is current again', () => {
    const v = ektepar();
    v.gitt({ type: 'endreNavn', person: MOR, navn: { fornavn: 'Kari', etternavn: 'Hansen' } });
    const feil = gjeldendeVerdi(v.person(MOR).dokument, 'navn')!;
    v.gitt({ type: 'korrigere', person: MOR, element: 'navn', elementId: feil.id, verdi: { etternavn: 'Hanssen' } });
    let dok = v.person(MOR).dokument;
    expect(versjoner(dok, 'navn').map((n) => [n.etternavn, n.erGjeldende])).toEqual([['Hanssen', true], ['Nordmann', false]]);
    v.gitt({ type: 'annullere', person: MOR, element: 'navn', elementId: feil.id });
    dok = v.person(MOR).dokument;
    expect(versjoner(dok, 'navn').map((n) => [n.etternavn, n.erGjeldende])).toEqual([['Nordmann', true]]);
    expect(v.beslutt({ type: 'annullere', person: MOR, element: 'navn', elementId: feil.id })).toMatchObject({ ok: false, avvisning: { kode: 'elementversjonFinnesIkke' } });
  });

  it('an unknown person is refused', () => {
    const v = new Verden([]);
    expect(v.beslutt({ type: 'endreNavn', person: MOR, navn: { fornavn: 'A', etternavn: 'B' } })).toEqual({
      ok: false, avvisning: { kode: 'personFinnesIkke', melding: 'Personen finnes ikke i Folkeregisteret', felt: 'person' },
    });
  });
});

describe('status changes', () => {
  it('a missing person is forsvunnet and found again; an inactivated D-number reactivates', () => {
    const v = ektepar();
    v.gitt({ type: 'endreStatus', person: MOR, status: 'forsvunnet', gyldigFra: '2026-01-01' });
    expect(gjeldendeStatus(v.person(MOR).dokument)).toBe('forsvunnet');
    v.gitt({ type: 'endreStatus', person: MOR, status: 'bosatt', gyldigFra: '2026-02-01' });
    expect(versjoner(v.person(MOR).dokument, 'status').map((s) => [s.status, s.erGjeldende])).toEqual([['bosatt', true], ['forsvunnet', false], ['bosatt', false]]);
    expect(v.beslutt({ type: 'endreStatus', person: MOR, status: 'inaktiv' })).toMatchObject({ ok: false, avvisning: { kode: 'ikkeTillattForStatus' } });
  });

  it('opphoert ceases the identity and its numbers, published as personErOpphoert, and ends all changes', () => {
    const v = ektepar();
    const b = v.gitt({ type: 'endreStatus', person: FAR, status: 'opphoert', aarsak: 'Falsk identitet' });
    expect(b.hendelser[0]!.hendelsestype).toBe('personErOpphoert');
    const dok = v.person(FAR).dokument;
    expect(gjeldendeStatus(dok)).toBe('opphoert');
    expect(versjoner(dok, 'identifikasjonsnummer')[0]).toMatchObject({ status: 'opphoert', erGjeldende: false });
    expect(v.beslutt({ type: 'endreNavn', person: FAR, navn: { fornavn: 'Z', etternavn: 'Z' } })).toMatchObject({ ok: false, avvisning: { kode: 'personErOpphoert' } });
  });
});
