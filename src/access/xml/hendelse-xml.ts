import { hendelseBulkoppslagJson, type HendelseBulkoppslag } from '../view/hendelse-bulkoppslag.ts';
import type { UtlevertHendelse } from '../view/view.ts';
import { feedXsdstruktur, hendelseNavnerom, hendelseXsdstruktur } from './hendelse-xsd.ts';
import type { Xsdfelt } from './person-xsd.ts';
import { deklarasjon, tekst, xmlElement } from './til-xml.ts';

/**
 * XML of event documents (spec §3.4, `Hendelsedokument_v1.4.xsd`) and of the latest sequence number (spec §3.3), in
 * the event namespace and the XSDs' element order. Event documents render only from the gate's `UtlevertHendelse`.
 */
const navnerom = ` xmlns="${hendelseNavnerom}"`;

/** The bulk answer's wrapper, named as JAXB names FREG's response class (undocumented, like the person bulk's). */
const bulktyper: ReadonlyMap<string, readonly Xsdfelt[]> = new Map([
  ['Bulkoppslag', [{ navn: 'oppslag', type: 'Oppslag' }]],
  ['Oppslag', [
    { navn: 'dokumentidentifikator', type: 'Identifikator' },
    { navn: 'hendelsedokument', type: 'DokumentForHendelse' },
    { navn: 'feilmelding', type: 'Feilmelding' },
  ]],
]);

function felter(type: string | undefined): readonly Xsdfelt[] {
  if (type === undefined) return [];
  return bulktyper.get(type) ?? hendelseXsdstruktur().typer.get(type) ?? feedXsdstruktur().typer.get(type) ?? [];
}

export function hendelseTilXml(utlevert: UtlevertHendelse): string {
  const { rot } = hendelseXsdstruktur();
  return deklarasjon + xmlElement(rot.navn, rot.type, utlevert.dokumentForHendelse, felter, navnerom);
}

export function hendelseBulkoppslagTilXml(oppslag: readonly HendelseBulkoppslag[]): string {
  return deklarasjon + xmlElement('hendelseBulkoppslagResponse', 'Bulkoppslag', hendelseBulkoppslagJson(oppslag), felter, navnerom);
}

/** `<sekvensnummer><sekvensnummer>40241</sekvensnummer></sekvensnummer>` (spec §3.3; root name ours, see the feed XSD). */
export function sekvensnummerTilXml(sekvensnummer: number): string {
  return deklarasjon + xmlElement('sekvensnummer', 'Sekvensnummer', { sekvensnummer }, felter, navnerom);
}

let hendelsefelter: readonly string[] | undefined;

/**
 * One feed entry's `lagretHendelse`, with the prefix FREG's Atom entries use, fields in the feed XSD's order. Written
 * out directly rather than through `xmlElement`: the shape is flat and fixed, and a page has a thousand of them.
 */
export function lagretHendelseTilXml(innslag: { sekvensnummer: number; hendelse: object }): string {
  hendelsefelter ??= feedXsdstruktur().typer.get('HendelseMedDokumentIdentifikatorer')!.map((f) => f.navn);
  const hendelse = innslag.hendelse as Record<string, unknown>;
  const felt = (navn: string, verdi: unknown) => (verdi === undefined ? '' : `<ns2:${navn}>${tekst(verdi)}</ns2:${navn}>`);
  return `<ns2:lagretHendelse>${felt('sekvensnummer', innslag.sekvensnummer)}<ns2:hendelse>` +
    `${hendelsefelter.map((n) => felt(n, hendelse[n])).join('')}</ns2:hendelse></ns2:lagretHendelse>`;
}
