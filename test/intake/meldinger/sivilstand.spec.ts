import { describe, expect, it } from 'vitest';
import { gjeldende, gjeldendeVerdi } from '../../../src/domain/person/persondokument.ts';
import { samlivsbrudd } from '../../../src/intake/meldinger/samlivsbrudd.ts';
import { vigsel } from '../../../src/intake/meldinger/vigsel.ts';
import { eksempel, endret, koder, nr, Testregister } from './testregister.ts';

const separasjon = samlivsbrudd('separasjon');
const skilsmisse = samlivsbrudd('skilsmisse');
const gifte = (dato = '2020-06-20') => new Testregister().gitt({ type: 'vigsel', personer: [nr.sara, nr.jonas], dato });

describe('vigsel_v1', () => {
  const melding = vigsel.tolk(eksempel('vigsel_v1'));

  it('reads both spouses, the ceremony and the answers about its validity', () => {
    expect(melding.forespoersel).toMatchObject({
      kilde: 'denNorskeKirke',
      ektefeller: [{ nummer: nr.sara }, { nummer: nr.jonas }],
      vigselsdato: '2026-11-14',
      vigselsmyndighet: 'denNorskeKirke',
      vigselsmyndighetSomKommune: '0301',
      erklaeringer: { vigselsbokErIOrden: 'ja', personeneStemmerMedProevingsattest: 'ja' },
    });
  });

  it('marries both at once, with the authority as FREG writes it', () => {
    const register = new Testregister();
    const vurdering = register.vurder(vigsel, melding);
    expect(vurdering).toEqual({
      utfall: 'automatisk',
      kommandoer: [{ type: 'vigsel', personer: [nr.sara, nr.jonas], dato: '2026-11-14', kommune: '0301', myndighet: 'DEN_NORSKE_KIRKE', sted: 'Oslo domkirke', kilde: 'denNorskeKirke' }],
    });
    register.registrer(vurdering);
    for (const [a, b] of [[nr.sara, nr.jonas], [nr.jonas, nr.sara]] as const) {
      expect(gjeldendeVerdi(register.dokument(a), 'sivilstand')).toMatchObject({ sivilstand: 'gift', sivilstandsdato: '2026-11-14', relatertVedSivilstand: b });
    }
  });

  it('sends the marriage of someone already married to a case worker', () => {
    const register = new Testregister().gitt({ type: 'vigsel', personer: [nr.sara, nr.ola], dato: '2021-01-01' });
    const vurdering = register.vurder(vigsel, melding);
    expect(vurdering.utfall).toBe('manuell');
    expect(koder(vurdering)).toEqual(['alleredeGift']);
  });

  it('refuses a spouse under 18, the same person twice, a date ahead and an incomplete message', () => {
    const register = new Testregister();
    expect(koder(register.vurder(vigsel, vigsel.tolk(endret('vigsel_v1', ['<vigselsdato>2026-11-14', '<vigselsdato>2010-11-14']))))).toEqual(['forUngTilEkteskap']);
    expect(koder(register.vurder(vigsel, vigsel.tolk(endret('vigsel_v1', [nr.jonas, nr.sara]))))).toEqual(['sammePerson']);
    expect(koder(register.vurder(vigsel, vigsel.tolk(endret('vigsel_v1', ['<vigselsdato>2026-11-14', '<vigselsdato>2026-12-14']))))).toEqual(['datoFremITid']);
    const utenVigsel = endret('vigsel_v1', [/<vigsel>[\s\S]*<\/vigsel>/, '']);
    expect(koder(register.vurder(vigsel, vigsel.tolk(utenVigsel)))).toEqual(['ufullstendigMelding']);
  });

  it('sends doubts about the ceremony, a marriage abroad and a spouse without number to a case worker', () => {
    const register = new Testregister();
    expect(koder(register.vurder(vigsel, vigsel.tolk(endret('vigsel_v1', ['<vigselsbokErIOrden>ja', '<vigselsbokErIOrden>vetIkke']))))).toEqual(['vigselKanVaereUgyldig']);
    expect(koder(register.vurder(vigsel, vigsel.tolk(endret('vigsel_v1', ['<vigselsland>NOR', '<vigselsland>DNK']))))).toEqual(['vigselIUtlandet']);
    const utenNummer = endret('vigsel_v1', [`<foedselsEllerDNummer>${nr.jonas}</foedselsEllerDNummer>`, '<personnavn><fornavn>Jonas</fornavn><etternavn>Lie</etternavn></personnavn><foedselsdato>1992-12-24</foedselsdato>']);
    expect(register.vurder(vigsel, vigsel.tolk(utenNummer))).toEqual({
      utfall: 'manuell', begrunnelser: [expect.objectContaining({ kode: 'manglerIdentifikasjonsnummer' })], forslag: [],
    });
  });
});

describe('separasjon_v1', () => {
  const melding = separasjon.tolk(eksempel('separasjon_v1'));

  it('separates spouses married to each other', () => {
    const register = gifte();
    const vurdering = register.vurder(separasjon, melding);
    expect(vurdering).toEqual({
      utfall: 'automatisk',
      kommandoer: [{ type: 'separasjon', personer: [nr.sara, nr.jonas], dato: '2026-10-01', myndighet: 'STATSFORVALTEREN', kilde: 'statsforvalteren' }],
    });
    register.registrer(vurdering);
    expect(gjeldendeVerdi(register.dokument(nr.sara), 'sivilstand')).toMatchObject({ sivilstand: 'separert', relatertVedSivilstand: nr.jonas });
  });

  it('refuses persons not married to each other, and a second separation', () => {
    expect(koder(new Testregister().vurder(separasjon, melding))).toEqual(['ikkeGiftMedHverandre']);
    const register = gifte().gitt({ type: 'vigsel', personer: [nr.kari, nr.ola], dato: '2019-01-01' });
    expect(koder(register.vurder(separasjon, separasjon.tolk(endret('separasjon_v1', [nr.jonas, nr.ola]))))).toEqual(['ikkeGiftMedHverandre']);
    const separert = gifte().gitt({ type: 'separasjon', personer: [nr.sara, nr.jonas], dato: '2025-01-01' });
    expect(koder(separert.vurder(separasjon, melding))).toEqual(['sivilstandTillaterIkkeEndringen']);
  });

  it('sends a decision by an authority outside the Nordic countries to a case worker', () => {
    const utland = separasjon.tolk(endret('separasjon_v1', ['<sivilstandsmyndighet>fylkesmannen', '<sivilstandsmyndighet>utenlandskMyndighetUtenomNorden']));
    const vurdering = gifte().vurder(separasjon, utland);
    expect(vurdering.utfall).toBe('manuell');
    expect(koder(vurdering)).toEqual(['utenlandskAvgjoerelse']);
  });
});

describe('skilsmisse_v1', () => {
  const melding = skilsmisse.tolk(eksempel('skilsmisse_v1'));

  it('divorces separated spouses and ends their spouse relation', () => {
    const register = gifte().gitt({ type: 'separasjon', personer: [nr.sara, nr.jonas], dato: '2025-10-01' });
    const vurdering = register.vurder(skilsmisse, melding);
    expect(vurdering.utfall).toBe('automatisk');
    register.registrer(vurdering);
    for (const n of [nr.sara, nr.jonas]) {
      expect(gjeldendeVerdi(register.dokument(n), 'sivilstand')).toMatchObject({ sivilstand: 'skilt', sivilstandsdato: '2026-11-01' });
      expect(gjeldende(register.dokument(n), 'familierelasjon').filter((r) => r.relatertPersonsRolle === 'ektefelleEllerPartner')).toEqual([]);
    }
  });

  it('sends a divorce whose marriage date differs from the registered one to a case worker', () => {
    const vurdering = gifte('2018-05-05').vurder(skilsmisse, melding);
    expect(koder(vurdering)).toEqual(['avvikendeVigselsdato']);
    expect(vurdering.utfall).toBe('manuell');
  });

  it('refuses a divorce of persons not married to each other', () => {
    expect(new Testregister().vurder(skilsmisse, melding).utfall).toBe('avvist');
  });
});
