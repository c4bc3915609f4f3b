import type { Utlevert } from '../view/view.ts';
import { bulkoppslagJson, type Bulkoppslag } from '../view/bulkoppslag.ts';
import { personNavnerom, personXsdstruktur, type Xsdfelt } from './person-xsd.ts';

/**
 * XML of disclosed persons (spec §2.7): FREG's names, namespace `folkeregisteret:tilgjengeliggjoering:person:v1`,
 * children in the XSD's sequence order, each array item a repeated sibling. Fields newer than the XSD (OpenAPI 1.6.2:
 * `rettsligHandleevne`, `verge.tjenesteomraade` …) follow the known ones in JSON order. Only a `Utlevert` can be
 * rendered, so XML is behind the same gate as JSON.
 */
export const deklarasjon = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

// Real FREG output types the birth year as an int, declaring the prefixes on the element itself ([REAL] SSB person.xml).
const foedselsaarAttributter =
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:type="xs:int"';

/**
 * Bulk answers wrap the JSON keys as elements (spec §2.7). The root names are JAXB's defaults for FREG's response
 * classes (`PersonBulkoppslagResponse`); FREG does not document them (docs/utlevering.md).
 */
const bulktyper: ReadonlyMap<string, readonly Xsdfelt[]> = new Map([
  ['Bulkoppslag', [{ navn: 'oppslag', type: 'Oppslag' }]],
  ['Oppslag', [
    { navn: 'foedselsEllerDNummer', type: 'Foedselsnummer' },
    { navn: 'dokumentidentifikator', type: 'Tekst' },
    { navn: 'folkeregisterperson', type: 'Folkeregisterperson' },
    { navn: 'feilmelding', type: 'Feilmelding' },
  ]],
]);

export const Bulkrot = { personer: 'personBulkoppslagResponse', arkiv: 'arkivDokumentBulkoppslagResponse' } as const;
export type Bulkrot = (typeof Bulkrot)[keyof typeof Bulkrot];

export function personTilXml(utlevert: Utlevert): string {
  const { rot } = personXsdstruktur();
  return deklarasjon + element(rot.navn, rot.type, utlevert.folkeregisterperson, ` xmlns="${personNavnerom}"`);
}

export function bulkoppslagTilXml(oppslag: readonly Bulkoppslag[], rot: Bulkrot = Bulkrot.personer): string {
  return deklarasjon + element(rot, 'Bulkoppslag', bulkoppslagJson(oppslag), ` xmlns="${personNavnerom}"`);
}

function felterFor(type: string | undefined): readonly Xsdfelt[] {
  if (type === undefined) return [];
  return bulktyper.get(type) ?? personXsdstruktur().typer.get(type) ?? [];
}

function element(navn: string, type: string | undefined, verdi: unknown, attributter = ''): string {
  return xmlElement(navn, type, verdi, felterFor, attributter);
}

/** Children of a type in schema order, for `xmlElement`. */
export type Felter = (type: string | undefined) => readonly Xsdfelt[];

/**
 * One JSON value as an XML element: an object's children in the order `felter` gives for its type, then unknown ones
 * in JSON order; an array as repeated siblings; absent values left out.
 */
export function xmlElement(navn: string, type: string | undefined, verdi: unknown, felter: Felter, attributter = ''): string {
  const element = (n: string, t: string | undefined, v: unknown, a = ''): string => xmlElement(n, t, v, felter, a);
  if (verdi === undefined || verdi === null) return '';
  if (Array.isArray(verdi)) return verdi.map((v) => element(navn, type, v)).join('');
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(navn)) throw new Error(`Not an XML name: ${navn.slice(0, 40)}`);
  if (typeof verdi !== 'object') {
    const attr = navn === 'foedselsaar' ? foedselsaarAttributter : attributter;
    return `<${navn}${attr}>${tekst(verdi)}</${navn}>`;
  }
  const objekt = verdi as Record<string, unknown>;
  const kjenteFelter = felter(type);
  const kjente = new Set(kjenteFelter.map((f) => f.navn));
  const barn = [
    ...kjenteFelter.filter((f) => f.navn in objekt).map((f) => element(f.navn, f.type, objekt[f.navn])),
    ...Object.keys(objekt).filter((k) => !kjente.has(k)).map((k) => element(k, undefined, objekt[k])),
  ];
  return `<${navn}${attributter}>${barn.join('')}</${navn}>`;
}

const trygg = /^[\t\n\x20-\x25\x27-\x3b\x3d\x3f-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Character data: markup escaped; characters XML 1.0 cannot carry become U+FFFD; CR kept as a reference. */
export function tekst(verdi: unknown): string {
  const s = String(verdi);
  // Most values need none of the replacements below; one test is far cheaper than five passes (a feed page has 6000).
  if (trygg.test(s)) return s;
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}
