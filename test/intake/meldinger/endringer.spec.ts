import { describe, expect, it } from 'vitest';
import { gjeldende, gjeldendeStatus, gjeldendeVerdi, versjoner } from '../../../src/domain/person/persondokument.ts';
import { endringAvDNummerperson } from '../../../src/intake/meldinger/endring-av-dnummerperson.ts';
import { fnrEndring } from '../../../src/intake/meldinger/fnr-endring.ts';
import { eksempel, endret, koder, nr, nyeNumre, Testregister } from './testregister.ts';

const dnr = (endring: string, endringstype = 'endre') =>
  endringAvDNummerperson.tolk(
    endret('endring_av_dnummerperson_v3', [/<d:navn>[\s\S]*<\/d:navn>/, endring], [/<d:endringstype>endre/, `<d:endringstype>${endringstype}`]),
  );

describe('endring_av_dnummerperson_v3', () => {
  it('changes the name with history', () => {
    const melding = endringAvDNummerperson.tolk(eksempel('endring_av_dnummerperson_v3'));
    expect(melding.forespoersel).toMatchObject({ dNummer: nr.agnieszka, endringstype: 'endre', endring: { element: 'navn', verdi: { fornavn: 'Agnieszka', etternavn: 'Nowak-Berg' } } });
    const register = new Testregister();
    register.registrer(register.vurder(endringAvDNummerperson, melding));
    expect(versjoner(register.dokument(nr.agnieszka), 'navn').map((n) => [n.etternavn, n.erGjeldende])).toEqual([['Nowak-Berg', true], ['Nowak', false]]);
  });

  it('corrects the name without history', () => {
    const register = new Testregister();
    register.registrer(register.vurder(endringAvDNummerperson, dnr('<d:navn><d:fornavn>Agnieszka</d:fornavn><d:etternavn>Nowakowska</d:etternavn></d:navn>', 'korrigere')));
    expect(versjoner(register.dokument(nr.agnieszka), 'navn').map((n) => n.etternavn)).toEqual(['Nowakowska']);
  });

  it('inactivates and reactivates the same D-number', () => {
    const register = new Testregister();
    register.registrer(register.vurder(endringAvDNummerperson, dnr('<d:personstatus>inaktiv</d:personstatus>')));
    expect(gjeldendeStatus(register.dokument(nr.agnieszka))).toBe('inaktiv');
    expect(koder(register.vurder(endringAvDNummerperson, dnr('<d:personstatus>inaktiv</d:personstatus>')))).toEqual(['statusovergangIkkeTillatt']);
    register.registrer(register.vurder(endringAvDNummerperson, dnr('<d:personstatus>midlertidig</d:personstatus>')));
    expect(gjeldendeStatus(register.dokument(nr.agnieszka))).toBe('midlertidig');
    expect(gjeldendeVerdi(register.dokument(nr.agnieszka), 'identifikasjonsnummer')).toMatchObject({ foedselsEllerDNummer: nr.agnieszka, status: 'iBruk' });
    expect(koder(register.vurder(endringAvDNummerperson, dnr('<d:personstatus>inaktiv</d:personstatus>', 'korrigere')))).toEqual(['ugyldigEndringstype']);
  });

  it('adds, ceases, annuls and corrects citizenships', () => {
    const liste = (...land: string[]) => `<d:statsborgerskapListe>${land.map((l) => `<d:statsborgerskap><d:statsborgerskap>${l}</d:statsborgerskap></d:statsborgerskap>`).join('')}</d:statsborgerskapListe>`;
    const register = new Testregister();
    const borgerskap = () => gjeldende(register.dokument(nr.agnieszka), 'statsborgerskap').map((s) => s.statsborgerskap).sort();
    register.registrer(register.vurder(endringAvDNummerperson, dnr(liste('UKR'))));
    expect(borgerskap()).toEqual(['POL', 'UKR']);
    register.registrer(register.vurder(endringAvDNummerperson, dnr(liste('UKR'), 'opphoere')));
    expect(borgerskap()).toEqual(['POL']);
    expect(versjoner(register.dokument(nr.agnieszka), 'statsborgerskap').find((s) => s.statsborgerskap === 'UKR')).toMatchObject({ opphoerstidspunkt: '2026-11-20T00:00:00+01:00' });
    register.registrer(register.vurder(endringAvDNummerperson, dnr(liste('DEU', 'LTU'), 'korrigere')));
    expect(borgerskap()).toEqual(['DEU', 'LTU']);
    register.registrer(register.vurder(endringAvDNummerperson, dnr(liste('LTU'), 'annullere')));
    expect(borgerskap()).toEqual(['DEU']);
    expect(koder(register.vurder(endringAvDNummerperson, dnr(liste('SWE'), 'annullere')))).toEqual(['elementversjonFinnesIkke']);
    expect(koder(register.vurder(endringAvDNummerperson, dnr(liste('DEU'))))).toEqual(['ingenEndring']);
  });

  it('registers and ends a stay address, checking it exists', () => {
    const opphold = (gate: string) => `<d:oppholdsadresse><d:vegadresse><d:adressenavn>${gate}</d:adressenavn><d:poststed><d:poststedsnavn>OSLO</d:poststedsnavn><d:postnummer>0182</d:postnummer></d:poststed><d:kommunenummer>0301</d:kommunenummer></d:vegadresse><d:erKlientadresse>false</d:erKlientadresse><d:oppholdsadressedato>2026-11-10</d:oppholdsadressedato></d:oppholdsadresse>`;
    const register = new Testregister();
    register.registrer(register.vurder(endringAvDNummerperson, dnr(opphold('Storgata'))));
    expect(gjeldendeVerdi(register.dokument(nr.agnieszka), 'oppholdsadresse')).toMatchObject({ vegadresse: { adressenavn: 'Storgata' }, gyldighetstidspunkt: '2026-11-10T00:00:00+01:00' });
    expect(koder(register.vurder(endringAvDNummerperson, dnr(opphold('Ukjentveien'))))).toEqual(['adresseFinnesIkke']);
    register.registrer(register.vurder(endringAvDNummerperson, dnr('<d:oppholdsadresseErIkkeAktuell>true</d:oppholdsadresseErIkkeAktuell>')));
    expect(gjeldende(register.dokument(nr.agnieszka), 'oppholdsadresse')).toEqual([]);
  });

  it('removes the registered sex when it is reported unknown', () => {
    const register = new Testregister();
    register.registrer(register.vurder(endringAvDNummerperson, dnr('<d:kjoenn>ukjent</d:kjoenn>')));
    expect(register.dokument(nr.agnieszka).kjoenn).toBeUndefined();
  });

  it('refuses a person without a D-number in use and holds a DUF number that differs', () => {
    expect(koder(new Testregister().vurder(endringAvDNummerperson, endringAvDNummerperson.tolk(endret('endring_av_dnummerperson_v3', [nr.agnieszka, nr.kari]))))).toEqual(['ikkeDNummerperson']);
    const register = new Testregister().gitt({ type: 'registrere', person: nr.agnieszka, element: 'utlendingsmyndighetenesIdentifikasjonsnummer', verdi: { identifikasjonsnummer: 'DUF-1', identifikasjonsnummertype: 'utlendingsmyndighetenesIdentifikasjonsnummer', utstederland: 'NOR' } });
    const melding = endringAvDNummerperson.tolk(endret('endring_av_dnummerperson_v3', ['</d:dNummer>', '</d:dNummer><d:dufNummer>DUF-2</d:dufNummer>']));
    expect(koder(register.vurder(endringAvDNummerperson, melding))).toEqual(['dufNummerStemmerIkke']);
  });
});

describe('fnr_endring_v1', () => {
  const melding = fnrEndring.tolk(eksempel('fnr_endring_v1'));

  it('gives a new fødselsnummer for a corrected birth date and ceases the old one, which still finds the person', () => {
    expect(melding.forespoersel).toMatchObject({ foedselsnummer: nr.jonas, endringstype: 'korrigere', erVedtakOmIdentitetsendring: true, endring: { element: 'foedselsdato', foedselsdato: '1992-12-23' } });
    const register = new Testregister();
    for (const fornavn of ['A', 'B']) register.gitt({ type: 'opprettPerson', grunnlag: 'dNummer', foedselsdato: '1980-01-01', kjoenn: 'mann', navn: { fornavn, etternavn: 'Test' } });
    const vurdering = register.vurder(fnrEndring, melding);
    expect(vurdering).toEqual({ utfall: 'automatisk', kommandoer: [{ type: 'endreIdentifikasjonsnummer', person: nr.jonas, foedselsdato: '1992-12-23', kilde: 'utlendingsmyndigheten' }] });
    register.registrer(vurdering);
    const dokument = register.dokument(nr.jonas);
    expect(register.dokument(nyeNumre[2]!)).toBe(dokument);
    expect(versjoner(dokument, 'identifikasjonsnummer').map((i) => [i.foedselsEllerDNummer, i.status])).toEqual([[nyeNumre[2], 'iBruk'], [nr.jonas, 'opphoert']]);
    expect(gjeldendeVerdi(dokument, 'foedsel')).toMatchObject({ foedselsdato: '1992-12-23' });
  });

  it('holds an identity change without a decision, and refuses one that changes nothing', () => {
    expect(koder(new Testregister().vurder(fnrEndring, fnrEndring.tolk(endret('fnr_endring_v1', ['<erVedtakOmIdentitetsendring>true', '<erVedtakOmIdentitetsendring>false']))))).toEqual(['identitetsendringUtenVedtak']);
    expect(koder(new Testregister().vurder(fnrEndring, fnrEndring.tolk(endret('fnr_endring_v1', ['<foedselsdato>1992-12-23', '<foedselsdato>1992-12-24']))))).toEqual(['ingenEndring']);
  });

  it('changes a name and refuses a D-number person', () => {
    const navn = fnrEndring.tolk(endret('fnr_endring_v1', ['<foedselsdato>1992-12-23</foedselsdato>', '<navn><fornavn>Jonas</fornavn><etternavn>Lie Berg</etternavn></navn>'], ['<endringstype>korrigere', '<endringstype>endre']));
    const register = new Testregister();
    register.registrer(register.vurder(fnrEndring, navn));
    expect(gjeldendeVerdi(register.dokument(nr.jonas), 'navn')).toMatchObject({ etternavn: 'Lie Berg' });
    expect(koder(register.vurder(fnrEndring, fnrEndring.tolk(endret('fnr_endring_v1', [nr.jonas, nr.ahmed]))))).toEqual(['ikkeFoedselsnummerperson']);
  });
});
