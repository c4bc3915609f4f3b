import { describe, expect, it } from 'vitest';
import { gjeldende, gjeldendeStatus, gjeldendeVerdi } from '../../../src/domain/person/persondokument.ts';
import { farskap } from '../../../src/intake/meldinger/farskap.ts';
import { foedsel } from '../../../src/intake/meldinger/foedsel.ts';
import { eksempel, endret, koder, nr, nyeNumre, Testregister } from './testregister.ts';

const barnet = nyeNumre[0]!;
const foreldre = () => new Testregister().gitt({ type: 'vigsel', personer: [nr.kari, nr.ola], dato: '2020-06-20' });
const relasjoner = (register: Testregister, nummer: string) =>
  gjeldende(register.dokument(nummer), 'familierelasjon').map((r) => [r.relatertPersonsRolle, r.relatertPerson]).sort();

describe('foedsel_v1', () => {
  const melding = foedsel.tolk(eksempel('foedsel_v1'));

  it('reads the child, both parents and the place of birth', () => {
    expect(melding.forespoersel).toMatchObject({
      foreldreErGift: true,
      barn: { foedselsdato: '2026-11-20', erLevendefoedt: true, kjoenn: 'kvinne', rekkefoelgenummer: 11 },
      mor: { nummer: nr.kari, statsborgerskap: 'NOR' },
      farEllerMedmor: { nummer: nr.ola, erMedmor: false },
      foedested: { iNorge: true, institusjon: 'Rikshospitalet', kommunenummer: '0301', kommunenavn: 'OSLO' },
    });
    expect(foedsel.behov(melding)).toEqual({ personnumre: [nr.kari, nr.ola], foedselsdatoer: ['2026-11-20'] });
  });

  it('creates the child resident at once, linked to both married parents with joint responsibility', () => {
    const register = foreldre();
    const vurdering = register.vurder(foedsel, melding);
    expect(vurdering.utfall).toBe('automatisk');
    register.registrer(vurdering);
    const barn = register.dokument(barnet);
    expect(gjeldendeStatus(barn)).toBe('bosatt');
    expect(gjeldendeVerdi(barn, 'identifikasjonsnummer')).toMatchObject({ foedselsEllerDNummer: barnet, identifikatortype: 'foedselsnummer', status: 'iBruk' });
    expect(gjeldendeVerdi(barn, 'navn')).toMatchObject({ fornavn: 'Kari*PIKE', etternavn: 'Nordmann' });
    expect(gjeldendeVerdi(barn, 'foedsel')).toMatchObject({ foedselsdato: '2026-11-20', foedekommuneINorge: '0301', foedeland: 'NOR' });
    expect(gjeldendeVerdi(barn, 'foedselINorge')).toMatchObject({ foedselsinstitusjonsnavn: 'Rikshospitalet', rekkefoelgenummer: 11 });
    expect(gjeldendeVerdi(barn, 'statsborgerskap')).toMatchObject({ statsborgerskap: 'NOR' });
    expect(gjeldendeVerdi(barn, 'bostedsadresse')).toMatchObject({ vegadresse: { adressenavn: 'Kirkeveien', kommunenummer: '0301' }, adressegradering: 'ugradert' });
    expect(relasjoner(register, barnet)).toEqual([['far', nr.ola], ['mor', nr.kari]]);
    expect(gjeldende(barn, 'foreldreansvar').map((f) => [f.ansvar, f.ansvarlig]).sort()).toEqual([['felles', nr.ola], ['felles', nr.kari]]);
    expect(relasjoner(register, nr.ola)).toContainEqual(['barn', barnet]);
  });

  it('is foedselsregistrert when no parent is resident', () => {
    const register = new Testregister().gitt({ type: 'utflytting', person: nr.kari, tilflyttingsland: 'SWE', utflyttingsdato: '2025-01-01' });
    register.registrer(register.vurder(foedsel, foedsel.tolk(endret('foedsel_v1', ['<f:foreldreErGift>true', '<f:foreldreErGift>false']))));
    expect(gjeldendeStatus(register.dokument(barnet))).toBe('foedselsregistrert');
    expect(relasjoner(register, barnet)).toEqual([['mor', nr.kari]]);
    expect(gjeldende(register.dokument(barnet), 'foreldreansvar').map((f) => f.ansvar)).toEqual(['mor']);
  });

  it('sends a birth whose mother is unknown to a case worker, proposing the child without her', () => {
    const utenMor = endret('foedsel_v1', [`<f:foedselsEllerDNummer>${nr.kari}</f:foedselsEllerDNummer>`, '<f:navn><f:fornavn>Maria</f:fornavn><f:etternavn>Garcia</f:etternavn></f:navn><f:foedselsdato>1991-01-01</f:foedselsdato>']);
    const vurdering = foreldre().vurder(foedsel, foedsel.tolk(utenMor));
    expect(vurdering.utfall).toBe('manuell');
    expect(koder(vurdering)).toEqual(['morErUkjent']);
    expect(vurdering.utfall === 'manuell' && vurdering.forslag[0]).toMatchObject({ type: 'opprettPerson', navn: { fornavn: 'Maria*PIKE', etternavn: 'Garcia' } });
  });

  it('finds a child already registered for the same mother and day', () => {
    const register = foreldre();
    register.registrer(register.vurder(foedsel, melding));
    expect(koder(register.vurder(foedsel, melding))).toEqual(['muligDublett']);
  });

  it('holds a stillborn child, a corrected report, a missing signature and a marriage the register does not know', () => {
    const register = foreldre();
    expect(koder(register.vurder(foedsel, foedsel.tolk(endret('foedsel_v1', ['<f:erLevendefoedt>true', '<f:erLevendefoedt>false']))))).toEqual(['doedfoedtBarn']);
    expect(koder(register.vurder(foedsel, foedsel.tolk(endret('foedsel_v1', ['<f:erKorrigertForespoersel>false', '<f:erKorrigertForespoersel>true']))))).toEqual(['korrigertFoedselsmelding']);
    expect(koder(new Testregister().vurder(foedsel, melding))).toEqual(['ekteskapStemmerIkke']);
  });

  it('checks an address that differs from the register', () => {
    const annen = (gate: string) => foedsel.tolk(endret('foedsel_v1', ['<f:adressenErAvvikendeFraFolkeregisteret>false', '<f:adressenErAvvikendeFraFolkeregisteret>true'], ['<f:adressenavn>Kirkeveien', `<f:adressenavn>${gate}`]));
    expect(foreldre().vurder(foedsel, annen('Storgata')).utfall).toBe('automatisk');
    expect(koder(foreldre().vurder(foedsel, annen('Ukjentveien')))).toEqual(['adresseFinnesIkke']);
  });

  it('refuses a birth date ahead and an unknown mother number', () => {
    expect(koder(foreldre().vurder(foedsel, foedsel.tolk(endret('foedsel_v1', ['<f:foedselsdato>2026-11-20', '<f:foedselsdato>2026-12-20']))))).toEqual(['datoFremITid']);
    expect(koder(foreldre().vurder(foedsel, foedsel.tolk(endret('foedsel_v1', [nr.kari, '12859099406']))))).toEqual(['personFinnesIkke']);
  });
});

describe('farskap_v1', () => {
  const melding = farskap.tolk(eksempel('farskap_v1'));
  const medBarn = () =>
    new Testregister().gitt({
      type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: '2026-11-20', kjoenn: 'kvinne', navn: { fornavn: 'Kari*PIKE', etternavn: 'Nordmann' },
      foreldre: [{ nummer: nr.kari, rolle: 'mor' }], foreldreansvar: 'mor',
    });

  it('reads child, father, mother and the case worker’s assessment', () => {
    expect(melding.forespoersel).toMatchObject({
      innsendertype: 'nav',
      barnet: { foedselsEllerDNummer: barnet, erFoedt: true },
      far: { nummer: nr.ola, datoForErklaeringen: '2026-11-21', harSignert: true },
      mor: { nummer: nr.kari, harSignert: true },
      foreldreBorSammen: true,
    });
  });

  it('links father and child both ways and makes responsibility joint for cohabiting parents', () => {
    const register = medBarn();
    const vurdering = register.vurder(farskap, melding);
    expect(vurdering.utfall).toBe('automatisk');
    register.registrer(vurdering);
    expect(relasjoner(register, barnet)).toEqual([['far', nr.ola], ['mor', nr.kari]]);
    expect(relasjoner(register, nr.ola)).toEqual([['barn', barnet]]);
    expect(gjeldende(register.dokument(barnet), 'foreldreansvar').map((f) => [f.ansvar, f.ansvarlig])).toEqual([['felles', nr.kari], ['felles', nr.ola]]);
  });

  it('keeps the mother’s sole responsibility when the parents do not live together', () => {
    const register = medBarn();
    register.registrer(register.vurder(farskap, farskap.tolk(endret('farskap_v1', ['<foreldreBorSammen>true', '<foreldreBorSammen>false']))));
    expect(gjeldende(register.dokument(barnet), 'foreldreansvar').map((f) => [f.ansvar, f.ansvarlig])).toEqual([['mor', nr.kari]]);
  });

  it('holds a child that already has a father, a wrong mother, an unborn child and an unattested form', () => {
    const register = medBarn();
    register.registrer(register.vurder(farskap, melding));
    expect(koder(register.vurder(farskap, melding))).toEqual(['barnetHarAlleredeFar']);
    expect(koder(medBarn().vurder(farskap, farskap.tolk(endret('farskap_v1', [`<foedselsEllerDNummer>${nr.kari}`, `<foedselsEllerDNummer>${nr.sara}`]))))).toEqual(['morStemmerIkke']);
    expect(koder(medBarn().vurder(farskap, farskap.tolk(endret('farskap_v1', ['<erFoedt>true', '<erFoedt>false']))))).toEqual(['barnErIkkeRegistrert']);
    expect(koder(medBarn().vurder(farskap, farskap.tolk(endret('farskap_v1', ['<skjemaErAttestert>true', '<skjemaErAttestert>false']))))).toEqual(['farskapsskjemaMaaVurderes']);
  });

  it('refuses a declaration the father has not signed', () => {
    const vurdering = medBarn().vurder(farskap, farskap.tolk(endret('farskap_v1', [/<harSignert>true/, '<harSignert>false'])));
    expect(vurdering.utfall).toBe('avvist');
    expect(koder(vurdering)).toEqual(['manglerSignatur']);
  });
});
