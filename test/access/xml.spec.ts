import { describe, expect, it } from 'vitest';
import { rettighetspakkenavn, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { pakketabell } from '../../src/access/view/pakketabell.ts';
import { parseParts } from '../../src/access/view/parts.ts';
import { view, type Utlevert } from '../../src/access/view/view.ts';
import { lesXsdstruktur, personNavnerom, personXsd, personXsdstruktur } from '../../src/access/xml/person-xsd.ts';
import { Bulkrot, bulkoppslagTilXml, personTilXml } from '../../src/access/xml/til-xml.ts';
import type { Persondokument } from '../../src/domain/person/persondokument.ts';
import { testpersoner } from './view-personer.ts';
import { lesXml, type XmlNode } from './xml-les.ts';

/**
 * XML of disclosed persons (spec §2.7), read back: the same leaves as the JSON, children in the XSD's sequence order.
 * xmllint is not on CI; a one-off validation against the XSD with the JDK's validator is described in
 * docs/utlevering.md.
 */
function utlever(dok: Persondokument, pakke: Rettighetspakke, verdier: readonly string[]): Utlevert {
  const valg = parseParts(verdier, pakke);
  if (!valg.ok) throw new Error(`refused ${valg.ugyldigPart}`);
  return view(dok, pakke, valg.parts);
}
const alt = (pakke: Rettighetspakke) => ['person-basis', 'historikk', ...pakketabell[pakke].elementer];

/** Every leaf as `path=value`, arrays flattened into repeated paths: equal for JSON and XML when nothing is lost. */
function bladerJson(verdi: unknown, sti = ''): string[] {
  if (Array.isArray(verdi)) return verdi.flatMap((v) => bladerJson(v, sti));
  if (verdi !== null && typeof verdi === 'object') return Object.entries(verdi).flatMap(([k, v]) => bladerJson(v, `${sti}/${k}`));
  return [`${sti}=${String(verdi)}`];
}
function bladerXml(node: XmlNode, sti = ''): string[] {
  return node.barn.length === 0 ? [`${sti}=${node.tekst}`] : node.barn.flatMap((b) => bladerXml(b, `${sti}/${b.navn}`));
}

/** Where a child stands out of the XSD's order: known children in sequence order, newer (unknown) ones after them. */
function rekkefoelgefeil(node: XmlNode, type: string | undefined, sti: string): string[] {
  const felter = type ? personXsdstruktur().typer.get(type) ?? [] : [];
  const plass = node.barn.map((b) => {
    const i = felter.findIndex((f) => f.navn === b.navn);
    return i < 0 ? felter.length : i;
  });
  const feil = plass.flatMap((p, i) => (i > 0 && p < plass[i - 1]! ? [`${sti}/${node.barn[i]!.navn}`] : []));
  return [...feil, ...node.barn.flatMap((b) => rekkefoelgefeil(b, felter.find((f) => f.navn === b.navn)?.type, `${sti}/${b.navn}`))];
}

describe('the XSD structure', () => {
  it('reads each type as its sequence, base first, and the root element', () => {
    const { rot, typer } = lesXsdstruktur(personXsd());
    expect(rot).toEqual({ navn: 'folkeregisterperson', type: 'Folkeregisterperson' });
    expect(typer.get('Folkeregisteridentifikator')?.map((f) => f.navn)).toEqual([
      'ajourholdstidspunkt', 'erGjeldende', 'kilde', 'aarsak', 'gyldighetstidspunkt', 'opphoerstidspunkt', 'status', 'foedselsEllerDNummer', 'identifikatortype',
    ]);
    expect(typer.get('Folkeregisterperson')?.slice(0, 4).map((f) => f.navn)).toEqual(['falskIdentitet', 'identifikasjonsnummer', 'identitetsgrunnlag', 'kontaktinformasjonForDoedsbo']);
  });
});

describe('personTilXml', () => {
  const rik = testpersoner().find((t) => t.variant === 'doed')!;

  it('has FREG root and namespace, XSD order at every level, and the same leaves as the JSON', () => {
    const utlevert = utlever(rik.person.dokument, 'offentligMedHjemmel', alt('offentligMedHjemmel'));
    const xml = personTilXml(utlevert);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><folkeregisterperson xmlns="folkeregisteret:tilgjengeliggjoering:person:v1">')).toBe(true);
    const rot = lesXml(xml);
    expect(rot.attributter).toEqual({ xmlns: personNavnerom });
    expect(rekkefoelgefeil(rot, 'Folkeregisterperson', '')).toEqual([]);
    expect(bladerXml(rot).sort()).toEqual(bladerJson(utlevert.folkeregisterperson).sort());
    // XSD order, not JSON order: identifikasjonsnummer's status comes before the number (XSD), after it in JSON.
    expect(rot.barn[0]!.navn).toBe('falskIdentitet');
    expect(rot.barn.find((b) => b.navn === 'identifikasjonsnummer')!.barn.slice(-3).map((b) => b.navn)).toEqual(['status', 'foedselsEllerDNummer', 'identifikatortype']);
    // Elements newer than the XSD (OpenAPI 1.6.2) come after the known ones.
    expect(rot.barn.at(-1)!.navn).toBe('fratattRettsligHandleevne');
  });

  it('types the birth year as xs:int, as FREG does', () => {
    const foedselsaar = lesXml(personTilXml(utlever(rik.person.dokument, 'finans', []))).barn.find((b) => b.navn === 'foedsel')!.barn.find((b) => b.navn === 'foedselsaar')!;
    expect(foedselsaar.attributter).toEqual({ 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xmlns:xs': 'http://www.w3.org/2001/XMLSchema', 'xsi:type': 'xs:int' });
    expect(foedselsaar.tekst).toBe('1980');
  });

  it('renders every package and person losslessly and in order', () => {
    for (const tp of testpersoner()) {
      for (const pakke of rettighetspakkenavn) {
        const utlevert = utlever(tp.person.dokument, pakke, alt(pakke));
        const rot = lesXml(personTilXml(utlevert));
        expect(bladerXml(rot).sort(), `${pakke} ${tp.variant}`).toEqual(bladerJson(utlevert.folkeregisterperson).sort());
        expect(rekkefoelgefeil(rot, 'Folkeregisterperson', ''), `${pakke} ${tp.variant}`).toEqual([]);
      }
    }
  });

  it('escapes markup and replaces characters XML cannot carry', () => {
    const dok = testpersoner()[0]!.person.dokument;
    const navn = (dok.navn ?? [])[0]!;
    const utlevert = utlever({ ...dok, navn: [{ ...navn, fornavn: 'A<b>&"c\'\u0001\r' }] }, 'finans', ['navn']);
    const xml = personTilXml(utlevert);
    expect(xml).toContain('<fornavn>A&lt;b&gt;&amp;"c\'\uFFFD&#13;</fornavn>');
    expect(lesXml(xml).barn.find((b) => b.navn === 'navn')!.barn.find((b) => b.navn === 'fornavn')!.tekst).toBe('A<b>&"c\'\uFFFD\r');
  });
});

describe('bulkoppslagTilXml', () => {
  it('wraps entries as the JSON keys, persons in full, errors as feilmelding/feilmelding', () => {
    const tp = testpersoner()[0]!;
    const utlevert = utlever(tp.person.dokument, 'finans', []);
    const rot = lesXml(bulkoppslagTilXml([{ foedselsEllerDNummer: tp.nummer, utlevert }, { foedselsEllerDNummer: '01010112345', feilmelding: 'Fant ikke person' }]));
    expect(rot.navn).toBe(Bulkrot.personer);
    expect(rot.attributter).toEqual({ xmlns: personNavnerom });
    expect(rot.barn.map((o) => o.barn.map((b) => b.navn))).toEqual([['foedselsEllerDNummer', 'folkeregisterperson'], ['foedselsEllerDNummer', 'feilmelding']]);
    expect(bladerXml(rot.barn[0]!.barn[1]!).sort()).toEqual(bladerJson(utlevert.folkeregisterperson).sort());
    expect(rot.barn[1]!.barn[1]!.barn[0]).toEqual({ navn: 'feilmelding', attributter: {}, barn: [], tekst: 'Fant ikke person' });
  });
});
