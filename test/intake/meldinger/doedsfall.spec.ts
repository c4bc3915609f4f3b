import { describe, expect, it } from 'vitest';
import { gjeldendeStatus, gjeldendeVerdi } from '../../../src/domain/person/persondokument.ts';
import { annulleringAvDoedsfall } from '../../../src/intake/meldinger/annullering-av-doedsfall.ts';
import { doedsfall } from '../../../src/intake/meldinger/doedsfall.ts';
import { kontaktopplysningerDoedsbo } from '../../../src/intake/meldinger/kontaktopplysninger-doedsbo.ts';
import { eksempel, endret, koder, nr, Testregister } from './testregister.ts';

const gifte = () => new Testregister().gitt({ type: 'vigsel', personer: [nr.ingrid, nr.per], dato: '1995-06-10' });

describe('doedsfall_v1', () => {
  const melding = doedsfall.tolk(eksempel('doedsfall_v1'));

  it('reads the dead person, the date and the source', () => {
    expect(melding).toMatchObject({
      ressurs: 'doedsfall_v1',
      avsendersMeldingsidentifikator: 'doed-2026-0001',
      avsendersSaksreferanse: 'DM-77123',
      forespoersel: { kilde: 'helse', doedPerson: { foedselsnummer: nr.ingrid, doedsdato: '2026-11-20', doedskommune: '0301' } },
    });
    expect(doedsfall.behov(melding)).toEqual({ personnumre: [nr.ingrid], foedselsdatoer: [] });
  });

  it('registers a death at once, and the surviving spouse becomes a widower', () => {
    const register = gifte();
    const vurdering = register.vurder(doedsfall, melding);
    expect(vurdering).toEqual({ utfall: 'automatisk', kommandoer: [{ type: 'doedsfall', person: nr.ingrid, doedsdato: '2026-11-20', kilde: 'helse' }] });
    register.registrer(vurdering);
    expect(gjeldendeStatus(register.dokument(nr.ingrid))).toBe('doed');
    expect(register.dokument(nr.ingrid).doedsfall).toMatchObject({ doedsdato: '2026-11-20' });
    expect(gjeldendeVerdi(register.dokument(nr.per), 'sivilstand')).toMatchObject({
      sivilstand: 'enkeEllerEnkemann', sivilstandsdato: '2026-11-20', relatertVedSivilstand: nr.ingrid,
    });
  });

  it('refuses a second notice of the same death', () => {
    const register = gifte();
    register.registrer(register.vurder(doedsfall, melding));
    expect(koder(register.vurder(doedsfall, melding))).toEqual(['doedsfallErAlleredeRegistrert']);
    expect(register.vurder(doedsfall, melding).utfall).toBe('avvist');
  });

  it('sends a death with another date to a case worker, whose approval re-registers it', () => {
    const register = gifte();
    register.registrer(register.vurder(doedsfall, melding));
    const annen = register.vurder(doedsfall, doedsfall.tolk(endret('doedsfall_v1', ['<doedsdato>2026-11-20', '<doedsdato>2026-11-19'])));
    expect(annen.utfall).toBe('manuell');
    expect(koder(annen)).toEqual(['avvikendeDoedsdato']);
    register.registrer(annen);
    expect(register.dokument(nr.ingrid).doedsfall).toMatchObject({ doedsdato: '2026-11-19' });
    expect(gjeldendeVerdi(register.dokument(nr.per), 'sivilstand')).toMatchObject({ sivilstand: 'enkeEllerEnkemann', sivilstandsdato: '2026-11-19' });
  });

  it('refuses a date ahead, a date before birth and an unknown number', () => {
    const register = new Testregister();
    expect(koder(register.vurder(doedsfall, doedsfall.tolk(endret('doedsfall_v1', ['<doedsdato>2026-11-20', '<doedsdato>2026-11-24']))))).toEqual(['datoFremITid']);
    expect(koder(register.vurder(doedsfall, doedsfall.tolk(endret('doedsfall_v1', ['<doedsdato>2026-11-20', '<doedsdato>1969-01-01']))))).toEqual(['doedsdatoFoerFoedselsdato']);
    expect(koder(register.vurder(doedsfall, doedsfall.tolk(endret('doedsfall_v1', [nr.ingrid, '15817099669']))))).toEqual(['personFinnesIkke']);
  });
});

describe('annullering_av_doedsfall_v1', () => {
  const melding = annulleringAvDoedsfall.tolk(eksempel('annullering_av_doedsfall_v1'));

  it('reads the person whatever the namespace prefix', () => {
    expect(melding.forespoersel).toEqual({ forespoerselsdato: '2026-11-22', kilde: 'helse', levendePerson: { foedselsnummer: nr.ingrid } });
  });

  it('reactivates a person registered dead by mistake and annuls the widowhood', () => {
    const register = gifte().gitt({ type: 'doedsfall', person: nr.ingrid, doedsdato: '2026-11-20' });
    const vurdering = register.vurder(annulleringAvDoedsfall, melding);
    expect(vurdering.utfall).toBe('automatisk');
    register.registrer(vurdering);
    expect(gjeldendeStatus(register.dokument(nr.ingrid))).toBe('bosatt');
    expect(register.dokument(nr.ingrid).doedsfall).toBeUndefined();
    expect(gjeldendeVerdi(register.dokument(nr.per), 'sivilstand')).toMatchObject({ sivilstand: 'gift', relatertVedSivilstand: nr.ingrid });
  });

  it('refuses to annul the death of a living person', () => {
    const vurdering = new Testregister().vurder(annulleringAvDoedsfall, melding);
    expect(vurdering).toEqual({ utfall: 'avvist', begrunnelser: [expect.objectContaining({ kode: 'personErIkkeDoed' })] });
  });
});

describe('kontaktopplysninger_doedsbo_v1', () => {
  const melding = kontaktopplysningerDoedsbo.tolk(eksempel('kontaktopplysninger_doedsbo_v1'));

  it('reads the contact as FREG keeps it, with both address lines', () => {
    expect(melding.avsendersSaksreferanse).toBe('26-123456DØD-OTIR/05');
    expect(melding.forespoersel.kontaktinformasjon).toEqual({
      person: { foedselsEllerDNummer: nr.per },
      skifteform: 'annet',
      attestutstedelsesdato: '2026-11-22',
      adresse: { adresselinje: ['Kirkeveien 12', 'Leilighet H0201'], poststedsnavn: 'OSLO', postnummer: '0368', landkode: 'NOR' },
    });
    expect(kontaktopplysningerDoedsbo.behov(melding).personnumre).toEqual([nr.ingrid, nr.per]);
  });

  it("registers the estate's contact on the dead person, named from the register", () => {
    const register = new Testregister().gitt({ type: 'doedsfall', person: nr.ingrid, doedsdato: '2026-11-20' });
    register.registrer(register.vurder(kontaktopplysningerDoedsbo, melding));
    expect(gjeldendeVerdi(register.dokument(nr.ingrid), 'kontaktinformasjonForDoedsbo')).toMatchObject({
      person: { foedselsEllerDNummer: nr.per, personnavn: { fornavn: 'Per', etternavn: 'Dahl' }, foedselsdato: '1965-09-30' },
      skifteform: 'annet',
      kilde: 'Oslo tingrett',
    });
  });

  it('refuses contact details for a living person', () => {
    expect(koder(new Testregister().vurder(kontaktopplysningerDoedsbo, melding))).toEqual(['personErIkkeDoed']);
  });
});
