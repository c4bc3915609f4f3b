import { describe, expect, it } from 'vitest';
import { gjeldendeStatus, versjoner } from '../../src/domain/person/persondokument.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { Verden } from '../support/decider.ts';

const [kari, kariD, ola] = ['12859099678', '52859099671', '02838899989'];

const verden = () => {
  const v = new Verden([kari, kariD, ola]);
  const person = (grunnlag: 'innflytting' | 'dNummer', fornavn: string, foedselsdato: string, kjoenn: 'kvinne' | 'mann'): Kommando => ({
    type: 'opprettPerson', grunnlag, foedselsdato, kjoenn, navn: { fornavn, etternavn: 'Nordmann' },
    ...(grunnlag === 'innflytting' ? { innflytting: { fraflyttingsland: 'SWE', dato: '2010-01-01' } } : {}),
  });
  v.gitt(person('innflytting', 'Kari', '1990-05-12', 'kvinne'));
  v.gitt(person('dNummer', 'Kari', '1990-05-12', 'kvinne'));
  v.gitt(person('innflytting', 'Ola', '1988-03-02', 'mann'));
  return v;
};
const numre = (v: Verden, nummer: string) =>
  versjoner(v.person(nummer).dokument, 'identifikasjonsnummer').map((i) => [i.foedselsEllerDNummer, i.status, i.erGjeldende]);

describe('duplicate merge', () => {
  it('ceases the duplicate and lets the survivor continue with both numbers', () => {
    const v = verden();
    const beslutning = v.gitt({ type: 'sammenslaaDubletter', gjeldende: kari, dublett: kariD });
    expect(beslutning.hendelser.map((h) => [h.hendelsestype, h.folkeregisteridentifikator])).toEqual([
      ['personErOpphoertSomDublett', kariD],
      ['personErViderefoertSomGjeldendeVedSammenslaaing', kari],
    ]);
    expect(v.person(kariD)).toBe(v.person(kari));
    expect(numre(v, kari)).toEqual([[kari, 'iBruk', true], [kariD, 'opphoert', false]]);
    expect(gjeldendeStatus(v.person(kari).dokument)).toBe('bosatt');
    const dublett = v.finn(`dublett:${kariD}`)!;
    expect(gjeldendeStatus(dublett.dokument)).toBe('opphoert');
    expect(versjoner(dublett.dokument, 'identifikasjonsnummer').map((i) => i.status)).toEqual(['opphoert']);
  });

  it('refuses to merge a person with itself or a ceased person', () => {
    const v = verden();
    expect(v.beslutt({ type: 'sammenslaaDubletter', gjeldende: kari, dublett: kari })).toMatchObject({ ok: false, avvisning: { kode: 'sammePerson' } });
    v.gitt({ type: 'endreStatus', person: ola, status: 'opphoert' });
    expect(v.beslutt({ type: 'sammenslaaDubletter', gjeldende: kari, dublett: ola })).toMatchObject({ ok: false, avvisning: { kode: 'personErOpphoert' } });
  });
});

describe('split', () => {
  it('gives the number back to the person it came from, restored with its status', () => {
    const v = verden();
    v.gitt({ type: 'sammenslaaDubletter', gjeldende: kari, dublett: kariD });
    const beslutning = v.gitt({ type: 'splitteDublett', nummer: kariD });
    expect(beslutning.hendelser.map((h) => [h.hendelsestype, h.folkeregisteridentifikator])).toEqual([
      ['personErEndretVedSplitting', kari],
      ['personErGjenopprettetVedSplitting', kariD],
    ]);
    expect(v.person(kariD)).not.toBe(v.person(kari));
    expect(numre(v, kari)).toEqual([[kari, 'iBruk', true]]);
    expect(numre(v, kariD)).toEqual([[kariD, 'iBruk', true]]);
    expect(gjeldendeStatus(v.person(kariD).dokument)).toBe('midlertidig');
  });

  it('refuses a number that was never merged', () => {
    expect(verden().beslutt({ type: 'splitteDublett', nummer: ola })).toMatchObject({ ok: false, avvisning: { kode: 'ugyldigVerdi' } });
  });
});
