import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { elementer } from '../../../src/domain/persondokument/elementer.ts';
import {
  DokumentForHendelse,
  hendelsesdata,
  hendelseselementer,
  Registerdata,
  registerdataFor,
} from '../../../src/domain/persondokument/schema/index.ts';
import { openapiValidator, schemaDifferences } from '../../support/openapi.ts';

const openapiDokument = openapiValidator('DokumentForHendelse');
const openapiRegisterdata = openapiValidator('hendelse.v1.Registerdata');
const gyldig = (data: unknown) => Value.Check(Registerdata, data);

// Spec §3.4, both examples as given there.
const nyIdentifikasjon = {
  dokumentidentifikator: '1120bea688fb14a292c244592a1aed76',
  skjemaversjon: '1.0',
  hendelse: {
    folkeregisteridentifikator: '16117548867',
    hendelsestype: 'endringIUtenlandskPersonidentifikasjon',
    ajourholdstidspunkt: '2014-01-02T00:00:00Z',
    egenskapshendelse: [
      {
        utenlandskPersonidentifikasjon: {
          gyldighetstidspunkt: '2017-04-18T10:32:18.312+02:00',
          kilde: 'kilde',
          aarsak: 'kontroll',
          identifikasjonsnummer: '1234567890',
          identifikasjonsnummertype: 'utenlandskIdentifikasjonsnummer',
          utstederland: 'SWE',
        },
        entitet: 'utenlandskPersonidentifikasjon',
        entitetsendring: 'registrereNy',
      },
    ],
  },
};
const annullering = {
  dokumentidentifikator: 'c0e054f025e56d63b14f91fbb5abcb95',
  skjemaversjon: '1.0',
  hendelse: {
    folkeregisteridentifikator: '16117548867',
    hendelsestype: 'endringIUtenlandskPersonidentifikasjon',
    ajourholdstidspunkt: '2014-01-05T00:00:00Z',
    egenskapshendelse: [{ entitet: 'utenlandskPersonidentifikasjon', entitetsendring: 'annullere' }],
  },
};

describe('the event documents of spec §3.4', () => {
  for (const [hva, dokument] of Object.entries({ 'a new value': nyIdentifikasjon, 'an annulment': annullering })) {
    it(`validate as DokumentForHendelse, here and against the OpenAPI (${hva})`, () => {
      expect([...Value.Errors(DokumentForHendelse, dokument)]).toEqual([]);
      expect(openapiDokument(dokument)).toEqual([]);
    });
  }
});

describe('an egenskapshendelse (Registerdata)', () => {
  const navn = { fornavn: 'VENNLIG', etternavn: 'SOLRIK' };
  const status = { status: 'bosatt' };

  it('carries exactly one payload, under the person-document key', () => {
    expect(gyldig({ navn, entitet: 'navn', entitetsendring: 'korrigere' })).toBe(true);
    expect(gyldig({ navn, status, entitet: 'navn', entitetsendring: 'registrereNy' })).toBe(false);
    expect(gyldig({ entitet: 'navn', entitetsendring: 'registrereNy' })).toBe(false);
  });

  it('names postal addresses kontaktadresse in entitet but postadresse in the payload key (spec §11.3)', () => {
    const postadresse = { adressegradering: 'ugradert', postboksadresse: { postboks: '1234' } };
    expect(gyldig({ postadresse, entitet: 'kontaktadresse', entitetsendring: 'registrereNy' })).toBe(true);
    expect(gyldig({ postadresse, entitet: 'postadresse', entitetsendring: 'registrereNy' })).toBe(false);
  });

  it('omits the payload on annullere', () => {
    expect(gyldig({ entitet: 'navn', entitetsendring: 'annullere' })).toBe(true);
    expect(gyldig({ navn, entitet: 'navn', entitetsendring: 'annullere' })).toBe(false);
  });

  it('leaves out erGjeldende, which belongs to the person document only', () => {
    expect(gyldig({ navn: { ...navn, erGjeldende: true }, entitet: 'navn', entitetsendring: 'registrereNy' })).toBe(
      false,
    );
  });

  it('names the identity basis legitimasjonskontroll (spec §11.2)', () => {
    const entitet = 'identitetsgrunnlag';
    const nyttfelt = { legitimasjonskontroll: 'kontrollert' };
    expect(gyldig({ identitetsgrunnlag: nyttfelt, entitet, entitetsendring: 'registrereNy' })).toBe(true);
    const gammelt = { identitetsgrunnlagstatus: 'kontrollert' };
    expect(gyldig({ identitetsgrunnlag: gammelt, entitet, entitetsendring: 'registrereNy' })).toBe(false);
  });

  it('explains a wrong payload precisely through registerdataFor', () => {
    const data = { navn: { fornavn: 'VENNLIG' }, entitet: 'navn', entitetsendring: 'registrereNy' };
    expect([...Value.Errors(registerdataFor.navn, data)].map((e) => e.path)).toContain('/navn/etternavn');
  });

  it('has one member per element except the deprecated preferertKontaktadresse, keyed to its entitet', () => {
    expect(hendelseselementer).toHaveLength(Object.keys(elementer).length - 1);
    expect(hendelseselementer).not.toContain('preferertKontaktadresse');
    for (const e of hendelseselementer) {
      expect(registerdataFor[e].properties.entitet.const).toBe(elementer[e].entitet);
    }
  });

  it('is valid here and against the OpenAPI for every element version of the example person', () => {
    const person = JSON.parse(
      readFileSync(new URL('../../fixtures/persondokument-eksempel.json', import.meta.url), 'utf8'),
    ) as Record<string, Record<string, unknown>[]>;
    const proevd: string[] = [];
    for (const [element, versjoner] of Object.entries(person)) {
      for (const { erGjeldende: _, ...versjon } of versjoner) {
        // The one payload field that is renamed in events (spec §11.2).
        const { identitetsgrunnlagstatus: legitimasjonskontroll, ...resten } = versjon;
        const nyttelast = element === 'identitetsgrunnlag' ? { ...resten, legitimasjonskontroll } : versjon;
        const entitet = elementer[element as keyof typeof elementer].entitet;
        const data = { [element]: nyttelast, entitet, entitetsendring: 'registrereNy' };
        const feil = [...Value.Errors(registerdataFor[element as 'navn'], data)].map((e) => `${e.path}: ${e.message}`);
        expect(feil, element).toEqual([]);
        expect(gyldig(data), element).toBe(true);
        expect(openapiRegisterdata(data), element).toEqual([]);
        proevd.push(element);
      }
    }
    expect(new Set(proevd).size).toBe(19);
  });

  it('matches the OpenAPI 1.6.2 payload components field by field, with the documented exceptions', () => {
    const forskjeller = schemaDifferences({ type: 'object', properties: hendelsesdata }, 'hendelse.v1.Registerdata');
    expect(forskjeller.sort()).toEqual([
      // Not payloads: the two fields every member of the union adds.
      'Registerdata.entitet: property only there',
      'Registerdata.entitetsendring: property only there',
      // XSD and spec §2.3 make erFalsk mandatory; the OpenAPI file does not.
      'Registerdata.falskIdentitet.erFalsk: required only here',
      // Announced for 2027-02-01 (spec §2.3).
      'Registerdata.identitetsgrunnlag.legitimasjonskontroll: enum value unik only here',
      // Required in the 1.6.2 person document (spec/README.md); the event payload is the same type.
      'Registerdata.oppholdPaaSvalbard.startdato: required only here',
    ]);
  });
});
