import { describe, expect, it } from 'vitest';
import {
  identifikatorstatusFraDsfDNummerstatus,
  statusFraDsfDNummerRegistreringsstatus,
  statusFraDsfFoedselsnummerstatus,
  statusFraTpsPersonstatus,
} from '../../../src/domain/persondokument/tps-status.ts';

describe('DSF status of a person with fødselsnummer (Skatteetaten, "Informasjonsfelter og statuskoder")', () => {
  const tabell = {
    1: { status: 'bosatt', identifikatorstatus: 'iBruk' },
    3: { status: 'utflyttet', identifikatorstatus: 'iBruk' },
    4: { status: 'forsvunnet', identifikatorstatus: 'iBruk' },
    5: { status: 'doed', identifikatorstatus: 'iBruk' },
    6: { status: 'opphoert', identifikatorstatus: 'opphoert' },
    7: { status: 'foedselsregistrert', identifikatorstatus: 'iBruk' },
    8: { status: 'ikkeBosatt', identifikatorstatus: 'iBruk' },
    9: { status: 'ikkeBosatt', identifikatorstatus: 'iBruk' },
  };
  for (const [kode, forventet] of Object.entries(tabell)) {
    it(`maps ${kode} to ${forventet.status}, number ${forventet.identifikatorstatus}`, () => {
      expect(statusFraDsfFoedselsnummerstatus(kode)).toEqual(forventet);
      expect(statusFraDsfFoedselsnummerstatus(Number(kode))).toEqual(forventet);
    });
  }

  it('refuses the unused code 2 and anything else', () => {
    for (const kode of ['2', '0', '10', '', 'x']) {
      expect(statusFraDsfFoedselsnummerstatus(kode)).toEqual({
        avvisning: 'ukjentStatuskode',
        kodeverk: 'dsfFoedselsnummerstatus',
        kode,
      });
    }
  });
});

describe('DSF registreringsstatus of a person with D-nummer', () => {
  it('maps 1 aktiv to midlertidig, 2 to doed, 3 to inaktiv and 4 savnet to forsvunnet', () => {
    expect(statusFraDsfDNummerRegistreringsstatus(1)).toEqual({ status: 'midlertidig' });
    expect(statusFraDsfDNummerRegistreringsstatus(2)).toEqual({ status: 'doed' });
    expect(statusFraDsfDNummerRegistreringsstatus(3)).toEqual({ status: 'inaktiv' });
    expect(statusFraDsfDNummerRegistreringsstatus(4)).toEqual({ status: 'forsvunnet' });
  });

  it('refuses other codes', () => {
    expect(statusFraDsfDNummerRegistreringsstatus(5)).toEqual({
      avvisning: 'ukjentStatuskode',
      kodeverk: 'dsfDNummerRegistreringsstatus',
      kode: '5',
    });
  });
});

describe('DSF D-nummerstatus (the number itself)', () => {
  it('keeps 2 in use and ceases the utgått codes 5, 6, 7 and 9', () => {
    expect(identifikatorstatusFraDsfDNummerstatus(2)).toEqual({ identifikatorstatus: 'iBruk' });
    for (const kode of [5, 6, 7, 9]) {
      expect(identifikatorstatusFraDsfDNummerstatus(kode)).toEqual({ identifikatorstatus: 'opphoert' });
    }
  });

  it('refuses other codes', () => {
    for (const kode of [1, 3, 4, 8]) {
      expect(identifikatorstatusFraDsfDNummerstatus(kode)).toMatchObject({ avvisning: 'ukjentStatuskode' });
    }
  });
});

describe('TPS personstatus (NAV PDL, "Overgang fra TPS til PDL på kodeverk")', () => {
  const tabell = {
    BOSA: { status: 'bosatt' },
    UTVA: { status: 'utflyttet' },
    FOSV: { status: 'forsvunnet' },
    DØD: { status: 'doed' },
    DOED: { status: 'doed' },
    DØDD: { status: 'doed' },
    UTPE: { status: 'opphoert', identifikatorstatus: 'opphoert' },
    ADNR: { status: 'midlertidig' },
    UREG: { status: 'ikkeBosatt' },
    UTAN: { status: 'ikkeBosatt' },
    FØDR: { status: 'foedselsregistrert' },
    FOEDR: { status: 'foedselsregistrert' },
  };
  for (const [kode, forventet] of Object.entries(tabell)) {
    it(`maps ${kode} to ${forventet.status}`, () => {
      expect(statusFraTpsPersonstatus(kode)).toEqual(forventet);
    });
  }

  it('ignores case and surrounding blanks', () => {
    expect(statusFraTpsPersonstatus(' bosa ')).toEqual({ status: 'bosatt' });
    expect(statusFraTpsPersonstatus('død')).toEqual({ status: 'doed' });
  });

  it('refuses ABNR and UFUL as codes without a Folkeregister status', () => {
    for (const kode of ['ABNR', 'ufUL']) {
      expect(statusFraTpsPersonstatus(kode)).toEqual({
        avvisning: 'ingenFolkeregisterstatus',
        kodeverk: 'tpsPersonstatus',
        kode,
      });
    }
  });

  it('refuses unknown codes, including names of object properties', () => {
    for (const kode of ['XXXX', '', 'constructor', 'TOSTRING']) {
      const avvisning = { avvisning: 'ukjentStatuskode', kodeverk: 'tpsPersonstatus', kode };
      expect(statusFraTpsPersonstatus(kode)).toEqual(avvisning);
    }
  });
});
