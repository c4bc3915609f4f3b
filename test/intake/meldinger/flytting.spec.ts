import { describe, expect, it } from 'vitest';
import { gjeldendeVerdi, versjoner } from '../../../src/domain/person/persondokument.ts';
import { flyttemeldingFraPosten } from '../../../src/intake/meldinger/flyttemelding-fra-posten.ts';
import { eksempel, endret, koder, nr, Testregister } from './testregister.ts';

const melding = flyttemeldingFraPosten.tolk(eksempel('flyttemelding_fra_posten_v1'));
const samtykke = (type: string, verdi = 'samtykkeErGitt') =>
  `<p:samtykke><p:samtykketype>${type}</p:samtykketype><p:samtykkeverdi>${verdi}</p:samtykkeverdi></p:samtykke>`;

describe('flyttemelding_fra_posten_v1', () => {
  it('reads the movers, the new address, the date and only the consents given', () => {
    expect(melding.forespoersel).toMatchObject({
      personerSomFlytter: [nr.kari],
      nyAdresse: { type: 'vegadresse', adresse: { adressenavn: 'Storgata', adressenummer: { husnummer: '1', husbokstav: 'B' }, poststed: { postnummer: '0182' } } },
      flyttedato: '2026-11-15',
      samtykker: ['vegadresse'],
      erAnnullering: false,
    });
  });

  it('moves the person from the move date, in the municipality of the postcode', () => {
    const register = new Testregister();
    const vurdering = register.vurder(flyttemeldingFraPosten, melding);
    expect(vurdering.utfall).toBe('automatisk');
    register.registrer(vurdering);
    const dokument = register.dokument(nr.kari);
    expect(gjeldendeVerdi(dokument, 'bostedsadresse')).toMatchObject({
      vegadresse: { kommunenummer: '0301', adressenavn: 'Storgata', bruksenhetsnummer: 'H0101' },
      flyttedato: '2026-11-15',
      gyldighetstidspunkt: '2026-11-15T00:00:00+01:00',
      kilde: 'posten',
    });
    expect(versjoner(dokument, 'bostedsadresse')).toHaveLength(2);
  });

  it('registers a post-box address as postal address only with consent for it', () => {
    const postboks = (samtykker: string) =>
      endret(
        'flyttemelding_fra_posten_v1',
        [/<p:vegadresse>[\s\S]*<\/p:vegadresse>/, '<p:postboksadresse><p:postboks>95</p:postboks><p:poststed><p:poststedsnavn>OSLO</p:poststedsnavn><p:postnummer>0101</p:postnummer></p:poststed></p:postboksadresse>'],
        [/(<p:samtykke>[\s\S]*<\/p:samtykke>\s*)+/, samtykker],
      );
    const register = new Testregister();
    register.registrer(register.vurder(flyttemeldingFraPosten, flyttemeldingFraPosten.tolk(postboks(samtykke('postadresse')))));
    expect(gjeldendeVerdi(register.dokument(nr.kari), 'postadresse')).toMatchObject({ adressegradering: 'ugradert', postboksadresse: { postboks: '95' } });
    expect(koder(register.vurder(flyttemeldingFraPosten, flyttemeldingFraPosten.tolk(postboks(samtykke('vegadresse')))))).toEqual(['samtykkeMangler']);
  });

  it('registers a foreign address as postal address abroad, with the country in alpha-2', () => {
    const utland = endret(
      'flyttemelding_fra_posten_v1',
      [/<p:vegadresse>[\s\S]*<\/p:vegadresse>/, '<p:utenlandskPostadresse><p:adressenavn>Storgatan 3</p:adressenavn><p:postkode>11122</p:postkode><p:landkode>SWE</p:landkode></p:utenlandskPostadresse>'],
      [/(<p:samtykke>[\s\S]*<\/p:samtykke>\s*)+/, samtykke('utenlandskAdresse')],
    );
    const register = new Testregister();
    register.registrer(register.vurder(flyttemeldingFraPosten, flyttemeldingFraPosten.tolk(utland)));
    expect(gjeldendeVerdi(register.dokument(nr.kari), 'postadresseIUtlandet')).toMatchObject({ utenlandskAdresse: { adressenavn: 'Storgatan 3', landkode: 'SE' } });
  });

  it('sends an address the matrikkel does not know, and a strictly confidential person, to a case worker', () => {
    const ukjent = flyttemeldingFraPosten.tolk(endret('flyttemelding_fra_posten_v1', ['<p:adressenavn>Storgata', '<p:adressenavn>Ukjentveien']));
    expect(koder(new Testregister().vurder(flyttemeldingFraPosten, ukjent))).toEqual(['adresseFinnesIkke']);
    const beskyttet = new Testregister().gitt({
      type: 'adressebeskyttelse', person: nr.kari, graderingsnivaa: 'strengtFortrolig',
      postadresse: { postboksadresse: { postboks: '2', poststed: { poststedsnavn: 'OSLO', postnummer: '0101' } } },
    });
    expect(koder(beskyttet.vurder(flyttemeldingFraPosten, melding))).toEqual(['adressebeskyttet']);
  });

  it('refuses a move ahead, an unknown and a dead person', () => {
    expect(koder(new Testregister().vurder(flyttemeldingFraPosten, flyttemeldingFraPosten.tolk(endret('flyttemelding_fra_posten_v1', ['<p:flyttedato>2026-11-15', '<p:flyttedato>2026-12-15']))))).toEqual(['datoFremITid']);
    expect(koder(new Testregister().vurder(flyttemeldingFraPosten, flyttemeldingFraPosten.tolk(endret('flyttemelding_fra_posten_v1', [`<p:foedselsnummer>${nr.kari}`, '<p:foedselsnummer>12859099406']))))).toEqual(['personFinnesIkke']);
    const doed = new Testregister().gitt({ type: 'doedsfall', person: nr.kari, doedsdato: '2026-11-01' });
    expect(koder(doed.vurder(flyttemeldingFraPosten, melding))).toEqual(['personErDoed']);
  });

  it('annuls the move it reported, and leaves another address to a case worker', () => {
    const register = new Testregister();
    register.registrer(register.vurder(flyttemeldingFraPosten, melding));
    const annullering = flyttemeldingFraPosten.tolk(endret('flyttemelding_fra_posten_v1', ['<p:erAnnullering>false', '<p:erAnnullering>true']));
    const vurdering = register.vurder(flyttemeldingFraPosten, annullering);
    expect(vurdering).toMatchObject({ utfall: 'automatisk', kommandoer: [{ type: 'annullere', element: 'bostedsadresse' }] });
    register.registrer(vurdering);
    expect(gjeldendeVerdi(register.dokument(nr.kari), 'bostedsadresse')).toMatchObject({ vegadresse: { adressenavn: 'Kirkeveien' } });
    expect(koder(register.vurder(flyttemeldingFraPosten, annullering))).toEqual(['flyttingFinnesIkke']);
  });
});
