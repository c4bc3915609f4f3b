import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { Verden } from '../support/decider.ts';
import { openapiValidator } from '../support/openapi.ts';
import { Folkeregisterperson, Hendelse } from '../../src/domain/persondokument/schema/index.ts';
import { tilFolkeregisterperson, tilHendelse } from '../../src/domain/person/til-freg.ts';
import { gjeldendeVerdi } from '../../src/domain/person/persondokument.ts';
import type { DecidedHendelse } from '../../src/domain/hendelse.ts';

const [A, B, C, D] = ['14838749802', '02898549952', '21911599829', '54838749634'];
const adresse = (kommunenummer: string) => ({
  vegadresse: { kommunenummer, adressenavn: 'Storgata', adressenummer: { husnummer: '12', husbokstav: 'B' }, adressekode: '06001', poststed: { postnummer: '0184', poststedsnavn: 'OSLO' } },
  adresseIdentifikatorFraMatrikkelen: '123456789', grunnkrets: 101,
});

/** A person whose life touched most elements, and every event it took. */
function rikVerden(): { verden: Verden; hendelser: DecidedHendelse[] } {
  const v = new Verden([A, B, C, D]);
  const hendelser: DecidedHendelse[] = [];
  const gitt = (k: Parameters<Verden['gitt']>[0]) => hendelser.push(...v.gitt(k).hendelser);
  gitt({ type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1987-03-14', kjoenn: 'kvinne', navn: { fornavn: 'Kari', mellomnavn: 'Solrik', etternavn: 'Fjelltopp' },
    foedeland: 'SWE', foedested: 'Malmö', statsborgerskap: ['SWE'], innflytting: { fraflyttingsland: 'SWE', fraflyttingsstedIUtlandet: 'Malmö', dato: '2006-02-01' },
    bostedsadresse: adresse('0301'), identitetsgrunnlagstatus: 'kontrollert' });
  gitt({ type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato: '1985-09-02', kjoenn: 'mann', navn: { fornavn: 'Ola', etternavn: 'Vennlig' },
    statsborgerskap: ['NOR'], innflytting: { fraflyttingsland: 'DNK', dato: '2000-01-01' }, bostedsadresse: adresse('0301') });
  gitt({ type: 'vigsel', personer: [A, B], dato: '2012-06-20', kommune: '0301', myndighet: 'ANSATT_I_KOMMUNE' });
  gitt({ type: 'endreNavn', person: A, navn: { fornavn: 'Kari', mellomnavn: 'Solrik', etternavn: 'Vennlig' }, gyldigFra: '2012-06-20', aarsak: 'Vigsel' });
  gitt({ type: 'opprettPerson', grunnlag: 'foedsel', foedselsdato: '2015-11-21', kjoenn: 'kvinne', navn: { fornavn: 'Ida', etternavn: 'Vennlig' }, statsborgerskap: ['NOR'],
    foedekommuneINorge: '0301', foedselINorge: { foedselsinstitusjonsnavn: 'Ullevål', rekkefoelgenummer: 11 },
    foreldre: [{ nummer: A, rolle: 'mor' }, { nummer: B, rolle: 'far' }], foreldreansvar: 'felles', bostedsadresse: adresse('0301') });
  gitt({ type: 'statsborgerskap', person: A, statsborgerskap: 'NOR', ervervsdato: '2016-05-01' });
  gitt({ type: 'flytte', person: A, bostedsadresse: adresse('4601'), flyttedato: '2020-08-01' });
  gitt({ type: 'adressebeskyttelse', person: A, graderingsnivaa: 'fortrolig' });
  gitt({ type: 'registrere', person: A, element: 'vergemaalEllerFremtidsfullmakt', verdi: { vergemaaltype: 'voksen', embete: 'statsforvalterenIOsloOgViken', verge: { foedselsEllerDNummer: B, tjenesteomraade: [{ vergeTjenestevirksomhet: 'nav', vergeTjenesteoppgave: 'pensjon' }] } } });
  gitt({ type: 'registrere', person: A, element: 'rettsligHandleevne', verdi: { rettsligHandleevneomfang: 'begrenset' } });
  gitt({ type: 'registrere', person: A, element: 'legitimasjonsdokument', verdi: { identifikasjonsdokumentnummer: 'P1234567', identifikasjonsdokumenttype: 'pass', utstederland: 'SWE', gyldigFra: '2004-05-10', gyldigTil: '2014-05-10' } });
  gitt({ type: 'registrere', person: A, element: 'utenlandskPersonidentifikasjon', verdi: { identifikasjonsnummer: '198703141234', identifikasjonsnummertype: 'utenlandskIdentifikasjonsnummer', utstederland: 'SWE' } });
  gitt({ type: 'registrere', person: A, element: 'opphold', verdi: { oppholdstillatelse: 'permanent', oppholdFra: '2006-02-01' } });
  gitt({ type: 'registrere', person: A, element: 'postadresse', verdi: { adressegradering: 'ugradert', postboksadresse: { postboks: '95', poststed: { postnummer: '0101', poststedsnavn: 'OSLO' } } } });
  gitt({ type: 'doedsfall', person: B, doedsdato: '2025-01-02' });
  gitt({ type: 'registrere', person: B, element: 'kontaktinformasjonForDoedsbo', verdi: { skifteform: 'annet', attestutstedelsesdato: '2025-02-01', person: { foedselsEllerDNummer: A }, adresse: { adresselinje: ['Storgata 12'], postnummer: '0184', poststedsnavn: 'OSLO' } } });
  return { verden: v, hendelser };
}

describe('FREG JSON of register documents', () => {
  it('every person document is a valid Folkeregisterperson, by our schema and by the OpenAPI file', () => {
    const { verden } = rikVerden();
    const validerOpenapi = openapiValidator('Folkeregisterperson');
    for (const nummer of [A, B, C]) {
      const freg = tilFolkeregisterperson(verden.person(nummer).dokument);
      expect([...Value.Errors(Folkeregisterperson, freg)].map((e) => `${e.path}: ${e.message}`)).toEqual([]);
      expect(validerOpenapi(freg)).toEqual([]);
      expect(JSON.stringify(freg)).not.toMatch(/"id"|null/);
    }
  });

  it('keeps FREG order: elements as in spec §2.1, the metadata block first in each version', () => {
    const { verden } = rikVerden();
    const freg = tilFolkeregisterperson(verden.person(A).dokument);
    expect(Object.keys(freg).slice(0, 4)).toEqual(['identifikasjonsnummer', 'status', 'identitetsgrunnlag', 'legitimasjonsdokument']);
    expect(Object.keys((freg.navn as object[])[0]!)).toEqual(['ajourholdstidspunkt', 'erGjeldende', 'kilde', 'aarsak', 'gyldighetstidspunkt', 'fornavn', 'mellomnavn', 'etternavn']);
    expect(gjeldendeVerdi(verden.person(B).dokument, 'status')?.status).toBe('doed');
    expect(tilFolkeregisterperson(verden.person(B).dokument).doedsfall).toEqual({
      ajourholdstidspunkt: '2026-11-23T12:00:00.000+01:00', erGjeldende: true, kilde: 'test', aarsak: 'Dødsfall', gyldighetstidspunkt: '2025-01-02T00:00:00+01:00', doedsdato: '2025-01-02',
    });
  });

  it('every event is a valid FREG Hendelse without erGjeldende; annulments carry no payload', () => {
    const { verden, hendelser } = rikVerden();
    const navn = gjeldendeVerdi(verden.person(A).dokument, 'navn')!;
    hendelser.push(...verden.gitt({ type: 'annullere', person: A, element: 'navn', elementId: navn.id }).hendelser);
    const validerOpenapi = openapiValidator('hendelse.v1.Hendelse');
    for (const h of hendelser) {
      const freg = tilHendelse(h);
      expect(validerOpenapi(freg), h.hendelsestype).toEqual([]);
      expect([...Value.Errors(Hendelse, freg)].map((e) => `${e.path}: ${e.message}`), h.hendelsestype).toEqual([]);
      expect(JSON.stringify(freg)).not.toMatch(/erGjeldende|"id"|elementId/);
    }
    expect(tilHendelse(hendelser.at(-1)!).egenskapshendelse).toEqual([{ entitet: 'navn', entitetsendring: 'annullere' }]);
    const opprettet = tilHendelse(hendelser[0]!);
    expect(opprettet.egenskapshendelse).toContainEqual(expect.objectContaining({ entitet: 'identitetsgrunnlag', identitetsgrunnlag: expect.objectContaining({ legitimasjonskontroll: 'kontrollert' }) }));
    const postadresse = hendelser.map(tilHendelse).flatMap((h) => h.egenskapshendelse as { entitet: string }[]).find((e) => 'postadresse' in e);
    expect(postadresse?.entitet).toBe('kontaktadresse');
  });
});

describe('estate contact details', () => {
  it('a contact registered by number also carries the name and birth date, for packages that may not see numbers', () => {
    const { verden } = rikVerden();
    expect(verden.person(B).dokument.kontaktinformasjonForDoedsbo?.[0]?.person).toEqual({
      foedselsEllerDNummer: A, personnavn: { fornavn: 'Kari', mellomnavn: 'Solrik', etternavn: 'Vennlig' }, foedselsdato: '1987-03-14',
    });
  });
});
