import { describe, expect, it } from 'vitest';
import type { Ressurs } from '../../src/intake/kontrakt.ts';
import { meldingsregler } from '../../src/intake/meldinger/index.ts';
import { doedsfallXml } from '../../src/intake/meldingsmaler/doedsfall.ts';
import { flyttemeldingXml } from '../../src/intake/meldingsmaler/flyttemelding.ts';
import { navneendringXml } from '../../src/intake/meldingsmaler/fnr-endring.ts';
import { foedselXml } from '../../src/intake/meldingsmaler/foedsel.ts';
import { innflyttingXml } from '../../src/intake/meldingsmaler/innflytting.ts';
import { rekvisisjonAvDNummerXml } from '../../src/intake/meldingsmaler/rekvisisjon-av-dnummer.ts';
import { separasjonXml, skilsmisseXml } from '../../src/intake/meldingsmaler/samlivsbrudd.ts';
import { iNavnetegn } from '../../src/intake/meldingsmaler/tegnsett.ts';
import { vigselXml } from '../../src/intake/meldingsmaler/vigsel.ts';
import { kontrollerXml } from '../../src/intake/mottak/xml-kontroll.ts';

const innsending = { id: 'mal-1', tidspunkt: '2026-11-23T10:00:00+01:00', kildesystem: 'test' };
const adresse = { adressenavn: 'Storgata', husnummer: '7', husbokstav: 'B', bruksenhetsnummer: 'H0101', postnummer: '0150', poststedsnavn: 'OSLO', kommunenummer: '0301' };
const [a, b] = ['12859099678', '02838899989'] as const;

/** Each builder's document with what the rules of its resource must read from it. */
const maler: [Ressurs, string, object][] = [
  ['doedsfall_v1', doedsfallXml({ innsending, forespoerselsdato: '2026-11-23', kilde: 'helse', saksbehandler: 'Lege', person: a, doedsdato: '2026-11-22' }),
    { doedPerson: { foedselsnummer: a, doedsdato: '2026-11-22' } }],
  ['foedsel_v1', foedselXml({
    innsending, registreringsdato: '2026-11-23', foreldreBorSammen: true, foreldreErGift: true, barn: { foedselsdato: '2026-11-23', kjoenn: 'mann' },
    mor: a, farEllerMedmor: b, foedested: { institusjon: 'Fødeavdelingen', kommunenummer: '5622', kommunenavn: 'Porsanger-Porsáŋgu-Porsanki' },
  }), { foreldreErGift: true, barn: { foedselsdato: '2026-11-23', kjoenn: 'mann', rekkefoelgenummer: 11 }, mor: { nummer: a }, farEllerMedmor: { nummer: b, erMedmor: false } }],
  ['flyttemelding_fra_posten_v1', flyttemeldingXml({
    innsending, personerSomFlytter: [a, b], adresse, flyttedato: '2026-11-20', registreringsdato: '2026-11-23', adresseendringsidentifikator: 'ae-1', innsender: a,
  }), { personerSomFlytter: [a, b], flyttedato: '2026-11-20', samtykker: ['vegadresse'], nyAdresse: { type: 'vegadresse', adresse: { adressenavn: 'Storgata', bruksenhetsnummer: 'H0101' } } }],
  ['vigsel_v1', vigselXml({ innsending, ektefeller: [a, b], vigselsdato: '2026-11-21', kommunenummer: '0301', vigselssted: 'Oslo rådhus' }),
    { ektefeller: [{ nummer: a }, { nummer: b }], vigselsdato: '2026-11-21', vigselsmyndighetSomKommune: '0301', vigselsland: 'NOR' }],
  ['separasjon_v1', separasjonXml({ innsending, ektefeller: [a, b], dato: '2026-11-21' }), { dato: '2026-11-21', sivilstandsmyndighet: 'fylkesmannen' }],
  ['skilsmisse_v1', skilsmisseXml({ innsending, ektefeller: [a, b], dato: '2026-11-21', hjemmel: 'skilsmisseEtterSeparasjon' }), { dato: '2026-11-21', hjemmel: 'skilsmisseEtterSeparasjon' }],
  ['innflytting_v1', innflyttingXml({
    innsending, registreringsdato: '2026-11-23', saksreferanse: 'UDI-1', saksbehandler: 'UDI', navn: { fornavn: 'Ona', etternavn: 'Kazlauskienė' }, foedselsdato: '1990-01-01',
    foedeland: 'LTU', kjoenn: 'kvinne', statsborgerskap: 'LTU', bostedsadresse: adresse, fraflyttingsland: 'LTU', oppholdFra: '2026-11-20',
  }), { kandidat: { navn: { fornavn: 'Ona', etternavn: 'Kazlauskiene' }, statsborgerskap: ['LTU'], opphold: { oppholdFra: '2026-11-20' }, legitimasjonskontroll: 'kontrollert' } }],
  ['rekvisisjon_av_dnummer_v5', rekvisisjonAvDNummerXml({
    innsending, rekvireringsdato: '2026-11-23', kilde: 'skatteetaten', saksbehandler: 'S', navn: { fornavn: 'Łukasz', etternavn: 'Wiśniewski' },
    foedselsdato: '1985-02-03', foedeland: 'POL', kjoenn: 'mann', statsborgerskap: ['POL'], postadresse: adresse,
  }), { kandidat: { navn: { fornavn: 'Lukasz', etternavn: 'Wisniewski' }, foedselsdato: '1985-02-03', statsborgerskap: ['POL'], postadresse: { vegadresse: { adressenavn: 'Storgata' } } } }],
  ['fnr_endring_v1', navneendringXml({ innsending, forespoerselsdato: '2026-11-23', saksreferanse: 'NE-1', saksbehandler: 'S', person: a, navn: { fornavn: 'Kari', mellomnavn: 'Berg', etternavn: 'Dahl' } }),
    { foedselsnummer: a, endringstype: 'endre', endring: { element: 'navn', navn: { fornavn: 'Kari', mellomnavn: 'Berg', etternavn: 'Dahl' } } }],
];

describe('producer messages as the product writes them (src/intake/meldingsmaler)', () => {
  it.each(maler)('%s is valid against its XSD and reads back through its rules', (ressurs, xml, forventet) => {
    const kontroll = kontrollerXml(ressurs, xml);
    expect(kontroll).toMatchObject({ ok: true, avsendersMeldingsidentifikator: 'mal-1' });
    if (ressurs === 'innflytting_v1' || ressurs === 'fnr_endring_v1') expect(kontroll).toHaveProperty('avsendersSaksreferanse');
    const melding = meldingsregler[ressurs].tolk(xml);
    expect(melding).toMatchObject({ ressurs, kildesystem: 'test' });
    expect(melding.forespoersel).toMatchObject(forventet);
  });

  it('writes names in the letters the schemas allow', () => {
    expect(iNavnetegn('Kazlauskienė')).toBe('Kazlauskiene');
    expect(iNavnetegn('Łukasz Wiśniewski-Źródło')).toBe('Lukasz Wisniewski-Zródlo');
    expect(iNavnetegn("Ærlig Øyen O'Brien Ñúñez")).toBe("Ærlig Øyen O'Brien Ñúñez");
    expect(iNavnetegn('Ŋ 李 Li')).toBe('N Li');
  });
});
