import { describe, expect, it } from 'vitest';
import { elementer } from '../../../src/domain/persondokument/elementer.ts';
import * as kodeverk from '../../../src/domain/persondokument/kodeverk.ts';
import { openapiComponents } from '../../support/openapi.ts';

type Kodeliste = Exclude<keyof typeof kodeverk, 'HistoriskHendelsestype'>;

/** The OpenAPI `title` each code list has there; a new code list without a row here does not compile. */
const openapiTittel = {
  Personstatus: 'Personstatus',
  Identifikatortype: 'Folkeregisteridentifikatortype',
  Identifikatorstatus: 'Identifikatorstatuskode',
  Kjoenn: 'Kjoenn',
  Sivilstandstype: 'Sivilstandstype',
  Adressegradering: 'Adressegradering',
  Familierolle: 'Familierelasjontype',
  Foreldreansvarstype: 'Foreldreansvarstype',
  Entitetsendring: 'Entitetsendring',
  Hendelsestype: 'Hendelsestype',
  Identitetsgrunnlagstatus: 'Identitetsgrunnlagstatus',
  Oppholdstillatelse: 'Oppholdstillatelsetype',
  Bibeholdstatus: 'Bibehold',
  Vergemaaltype: 'Vergemaaltype',
  Vergemaalsomfang: 'Vergemaalsomfang',
  Bruksenhetstype: 'Bruksenhetstype',
  OppholdAnnetSted: 'OppholdAnnetSted',
  Skifteform: 'Skifteform',
  AntattOppholdsvarighet: 'OppholdsvarighetType',
  SamiskSpraaktype: 'SamiskSpraakType',
  ForholdTilValgmanntall: 'ForholdTilSametingetsValgmanntall',
  RettsligHandleevneomfang: 'RettsligHandleevneomfang', // added to the 1.5 file by the 1.6.2 helper
  Adressetype: 'Adressetype',
} as const satisfies Record<Kodeliste, string>;

/** Values we hold that no OpenAPI file has, each with its source. */
const bareHer: Partial<Record<Kodeliste, string[]>> = {
  Identitetsgrunnlagstatus: ['unik'], // announced for 2027-02-01 (spec §2.3)
  Hendelsestype: ['personErInaktiv', 'endringIBostedsadresseVedKommuneregulering'], // PDF-H only (spec §3.5)
};

/** Every enum in the OpenAPI components, by its title, wherever it occurs. */
function enumsMedTittel(): Map<string, string[][]> {
  const funnet = new Map<string, string[][]>();
  const besoek = (verdi: unknown): void => {
    if (Array.isArray(verdi)) return verdi.forEach(besoek);
    if (verdi === null || typeof verdi !== 'object') return;
    const { title, enum: verdier } = verdi as { title?: string; enum?: string[] };
    if (title !== undefined && verdier) funnet.set(title, [...(funnet.get(title) ?? []), verdier]);
    Object.values(verdi).forEach(besoek);
  };
  besoek(openapiComponents());
  return funnet;
}

describe('the code lists', () => {
  const openapi = enumsMedTittel();

  for (const [navn, tittel] of Object.entries(openapiTittel) as [Kodeliste, string][]) {
    const pluss = bareHer[navn] ? `, plus ${bareHer[navn].join(', ')}` : '';
    it(`${navn} equals every OpenAPI enum titled ${tittel}${pluss}`, () => {
      const vaare = Object.values(kodeverk[navn]).filter((v) => !bareHer[navn]?.includes(v));
      const forekomster = openapi.get(tittel) ?? [];
      expect(forekomster.length).toBeGreaterThan(0);
      for (const deres of forekomster) expect([...deres].sort()).toEqual([...vaare].sort());
    });
  }

  it('map each name to itself, so code can use the object and the JSON carries the name', () => {
    for (const navn of Object.keys(openapiTittel) as Kodeliste[]) {
      for (const [noekkel, verdi] of Object.entries(kodeverk[navn])) expect(verdi).toBe(noekkel);
    }
  });

  it('rename historical event types to current ones only', () => {
    const gjeldende = Object.values(kodeverk.Hendelsestype) as string[];
    for (const [gammel, ny] of Object.entries(kodeverk.HistoriskHendelsestype)) {
      expect(gjeldende).not.toContain(gammel);
      expect(gjeldende).toContain(ny);
    }
  });
});

describe('the entitet names of elementer.ts', () => {
  it('equal the OpenAPI 1.6.2 entitet enum, plus oppholdPaaSvalbard and preferertKontaktadresse', () => {
    // oppholdPaaSvalbard has a payload and an event type but is missing from FREG's enum (spec §11.4);
    // preferertKontaktadresse is deprecated and never carried by an event.
    const [deres] = enumsMedTittel().get('Entitetsnavn') ?? [];
    const vaare = Object.values(elementer)
      .map((e) => e.entitet as string)
      .filter((e) => e !== 'oppholdPaaSvalbard' && e !== 'preferertKontaktadresse');
    expect([...(deres ?? [])].sort()).toEqual(vaare.sort());
  });
});
