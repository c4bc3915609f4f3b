import { describe, expect, it } from 'vitest';
import { gjeldende, gjeldendeStatus, gjeldendeVerdi, versjoner } from '../../../src/domain/person/persondokument.ts';
import { innflytting } from '../../../src/intake/meldinger/innflytting.ts';
import { rekvisisjonAvDNummer } from '../../../src/intake/meldinger/rekvisisjon-av-dnummer.ts';
import { eksempel, endret, koder, nr, nyeNumre, Testregister } from './testregister.ts';

/** The first number the world hands out is for newborns; immigration gets the next. */
const hoppOverFoedsler = (register: Testregister) => {
  for (const fornavn of ['A', 'B']) {
    register.gitt({ type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: '2026-11-20', kjoenn: 'kvinne', navn: { fornavn, etternavn: 'Test' } });
  }
  return register;
};

describe('innflytting_v1', () => {
  const melding = innflytting.tolk(eksempel('innflytting_v1'));

  it('reads the candidate, the permit and the identification', () => {
    expect(melding.forespoersel.kandidat).toMatchObject({
      foedselsEllerDNummer: nr.ahmed,
      navn: { fornavn: 'Ahmed', etternavn: 'Karimi' },
      statsborgerskap: ['AFG'],
      bostedsadresse: { vegadresse: { kommunenummer: '0301', adressenavn: 'Kirkeveien' }, adressegradering: 'ugradert' },
      legitimasjonskontroll: 'kontrollert',
      opphold: { oppholdstillatelse: 'midlertidig', oppholdFra: '2026-11-01', oppholdTil: '2029-10-31' },
    });
    expect(melding.forespoersel.identifikasjon.map((i) => i.element)).toEqual(['utlendingsmyndighetenesIdentifikasjonsnummer', 'legitimasjonsdokument']);
  });

  it('makes a D-number person resident with a fødselsnummer, keeping both numbers and a stronger identity basis', () => {
    const register = hoppOverFoedsler(new Testregister());
    const vurdering = register.vurder(innflytting, melding);
    expect(vurdering.utfall).toBe('automatisk');
    register.registrer(vurdering);
    const dokument = register.dokument(nr.ahmed);
    expect(versjoner(dokument, 'identifikasjonsnummer').map((i) => [i.foedselsEllerDNummer, i.identifikatortype, i.status])).toEqual([
      [nyeNumre[2], 'foedselsnummer', 'iBruk'],
      [nr.ahmed, 'dNummer', 'opphoert'],
    ]);
    expect(register.dokument(nyeNumre[2]!)).toBe(dokument);
    expect(gjeldendeStatus(dokument)).toBe('bosatt');
    expect(gjeldendeVerdi(dokument, 'innflytting')).toMatchObject({ fraflyttingsland: 'SWE', gyldighetstidspunkt: '2026-11-01T00:00:00+01:00' });
    expect(gjeldendeVerdi(dokument, 'opphold')).toMatchObject({ oppholdstillatelse: 'midlertidig', oppholdTil: '2029-10-31' });
    expect(gjeldendeVerdi(dokument, 'identitetsgrunnlag')).toMatchObject({ identitetsgrunnlagstatus: 'kontrollert' });
    expect(gjeldendeVerdi(dokument, 'utlendingsmyndighetenesIdentifikasjonsnummer')).toMatchObject({ identifikasjonsnummer: 'DUF-2019-445566' });
    expect(gjeldendeVerdi(dokument, 'legitimasjonsdokument')).toMatchObject({ identifikasjonsdokumenttype: 'pass', utstederland: 'AFG' });
  });

  it('keeps an identity basis that is already stronger', () => {
    const register = hoppOverFoedsler(new Testregister()).gitt({ type: 'registrere', person: nr.ahmed, element: 'identitetsgrunnlag', verdi: { identitetsgrunnlagstatus: 'kontrollert' } });
    const vurdering = register.vurder(innflytting, innflytting.tolk(endret('innflytting_v1', ['<legitimasjonskontroll>kontrollert', '<legitimasjonskontroll>ikkeKontrollert'])));
    expect(vurdering.utfall === 'automatisk' && vurdering.kommandoer.some((k) => k.type === 'registrere' && k.element === 'identitetsgrunnlag')).toBe(false);
    register.registrer(vurdering);
    expect(gjeldende(register.dokument(nr.ahmed), 'identitetsgrunnlag').map((g) => g.identitetsgrunnlagstatus)).toEqual(['kontrollert']);
  });

  it('creates a person without a number as resident, unless the register may hold them already', () => {
    const utenNummer = innflytting.tolk(endret('innflytting_v1', [`<foedselsEllerDNummer>${nr.ahmed}</foedselsEllerDNummer>`, ''], ['<fornavn>Ahmed', '<fornavn>Farid'], ['<foedselsdato>1985-07-01', '<foedselsdato>1985-07-02'], ['<erKlientadresse>false', '<erKlientadresse>true']));
    expect(innflytting.behov(utenNummer)).toEqual({ personnumre: [], foedselsdatoer: ['1985-07-02'] });
    const register = hoppOverFoedsler(new Testregister());
    const vurdering = register.vurder(innflytting, utenNummer);
    expect(vurdering).toMatchObject({ utfall: 'automatisk', kommandoer: [{ type: 'opprettPerson', grunnlag: 'innflytting', sivilstand: 'ugift' }] });
    register.registrer(vurdering);
    const ny = register.dokument(nyeNumre[2]!);
    expect(gjeldendeStatus(ny)).toBe('bosatt');
    expect(gjeldendeVerdi(ny, 'opphold')).toMatchObject({ oppholdstillatelse: 'midlertidig' });
    expect(gjeldendeVerdi(ny, 'sivilstand')).toMatchObject({ sivilstand: 'ugift' });
    expect(gjeldendeVerdi(ny, 'bostedsadresse')).toMatchObject({ adressegradering: 'klientadresse', vegadresse: { adressenavn: 'Kirkeveien' } });
    const igjen = register.vurder(innflytting, utenNummer);
    expect(koder(igjen)).toEqual(['muligDublett']);
  });

  it('refuses a person already resident and sends an identity that does not match to a case worker', () => {
    expect(koder(new Testregister().vurder(innflytting, innflytting.tolk(endret('innflytting_v1', [nr.ahmed, nr.kari], ['<foedselsdato>1985-07-01', '<foedselsdato>1990-05-12']))))).toContain('personErAlleredeBosatt');
    expect(koder(new Testregister().vurder(innflytting, innflytting.tolk(endret('innflytting_v1', ['<fornavn>Ahmed', '<fornavn>Bjørn'], ['<etternavn>Karimi', '<etternavn>Solberg']))))).toEqual(['identitetStemmerIkke']);
  });

  it('checks the address and the dates', () => {
    expect(koder(new Testregister().vurder(innflytting, innflytting.tolk(endret('innflytting_v1', ['<adressenavn>Kirkeveien', '<adressenavn>Ukjentveien']))))).toEqual(['adresseFinnesIkke']);
    expect(koder(new Testregister().vurder(innflytting, innflytting.tolk(endret('innflytting_v1', ['<oppholdFra>2026-11-01', '<oppholdFra>2027-01-01']))))).toEqual(['datoFremITid']);
  });
});

describe('rekvisisjon_av_dnummer_v5', () => {
  const melding = rekvisisjonAvDNummer.tolk(eksempel('rekvisisjon_av_dnummer_v5'));
  const medDNummer = () => hoppOverFoedsler(new Testregister()).gitt({ type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '2000-01-01', kjoenn: 'kvinne', navn: { fornavn: 'X', etternavn: 'Y' }, innflytting: { fraflyttingsland: 'SWE', dato: '2020-01-01' } });

  it('reads the candidate with a foreign postal address in alpha-2 and the identification', () => {
    expect(melding.forespoersel.kandidat).toMatchObject({
      navn: { fornavn: 'Jan', etternavn: 'Kowalski' },
      foedselsdato: '1980-04-04',
      statsborgerskap: ['POL'],
      postadresseIUtlandet: { utenlandskAdresse: { adressenavn: 'ul. Dluga 5', landkode: 'PL' } },
    });
    expect(rekvisisjonAvDNummer.behov(melding)).toEqual({ personnumre: [], foedselsdatoer: ['1980-04-04'] });
  });

  it('allocates a D-number with status midlertidig', () => {
    const register = medDNummer();
    const vurdering = register.vurder(rekvisisjonAvDNummer, melding);
    expect(vurdering.utfall).toBe('automatisk');
    register.registrer(vurdering);
    const dokument = register.dokument(nyeNumre[3]!);
    expect(gjeldendeVerdi(dokument, 'identifikasjonsnummer')).toMatchObject({ identifikatortype: 'dNummer', status: 'iBruk' });
    expect(gjeldendeStatus(dokument)).toBe('midlertidig');
    expect(gjeldendeVerdi(dokument, 'oppholdsadresse')).toMatchObject({ vegadresse: { adressenavn: 'Kirkeveien' }, oppholdsadressedato: '2026-11-01' });
    expect(gjeldendeVerdi(dokument, 'utlendingsmyndighetenesIdentifikasjonsnummer')).toMatchObject({ identifikasjonsnummer: 'DUF-2026-112233' });
    expect(gjeldendeVerdi(dokument, 'utenlandskPersonidentifikasjon')).toMatchObject({ identifikasjonsnummer: '80040412345', utstederland: 'POL' });
  });

  it('holds a possible duplicate (muligDublett) and a DUF number in use (dufNummerIBruk)', () => {
    const register = medDNummer();
    register.registrer(register.vurder(rekvisisjonAvDNummer, melding));
    const likt = rekvisisjonAvDNummer.tolk(endret('rekvisisjon_av_dnummer_v5', ['<etternavn>Kowalski', '<etternavn>Kowalsky']));
    expect(koder(register.vurder(rekvisisjonAvDNummer, likt))).toEqual(['muligDublett', 'dufNummerIBruk']);
    const annen = rekvisisjonAvDNummer.tolk(endret('rekvisisjon_av_dnummer_v5', ['<fornavn>Jan', '<fornavn>Piotr'], ['<etternavn>Kowalski', '<etternavn>Nowak']));
    expect(koder(register.vurder(rekvisisjonAvDNummer, annen))).toEqual(['dufNummerIBruk']);
    const uten = rekvisisjonAvDNummer.tolk(endret('rekvisisjon_av_dnummer_v5', ['<fornavn>Jan', '<fornavn>Piotr'], ['<etternavn>Kowalski', '<etternavn>Nowak'], ['DUF-2026-112233', 'DUF-2026-999999']));
    expect(register.vurder(rekvisisjonAvDNummer, uten).utfall).toBe('automatisk');
  });

  it('holds a requisition that demands an identity control, and refuses a date ahead', () => {
    expect(koder(new Testregister().vurder(rekvisisjonAvDNummer, rekvisisjonAvDNummer.tolk(endret('rekvisisjon_av_dnummer_v5', ['<identitetskontrollKreves>false', '<identitetskontrollKreves>true']))))).toEqual(['identitetskontrollKreves']);
    expect(koder(new Testregister().vurder(rekvisisjonAvDNummer, rekvisisjonAvDNummer.tolk(endret('rekvisisjon_av_dnummer_v5', ['<rekvireringsdato>2026-11-21', '<rekvireringsdato>2026-11-30']))))).toEqual(['datoFremITid']);
  });

  it('registers no sex when it is unknown', () => {
    const register = medDNummer();
    register.registrer(register.vurder(rekvisisjonAvDNummer, rekvisisjonAvDNummer.tolk(endret('rekvisisjon_av_dnummer_v5', ['<kjoenn>mann', '<kjoenn>ukjent']))));
    expect(register.dokument(nyeNumre[3]!).kjoenn).toBeUndefined();
  });
});
