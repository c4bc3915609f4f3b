import { readFileSync } from 'node:fs';
import { lesXsdstruktur, type Xsdstruktur } from './person-xsd.ts';

/**
 * The event side's XSDs, read once: Skatteetaten's event document (`spec/kontrakter/Hendelsedokument_v1.4.xsd`,
 * vendored unchanged; `GET hendelser/xsd`) and the feed entries' (`hendelsesliste.xsd` beside this file, ours;
 * `GET hendelser/feedxsd`). Both give the XML element order of their types.
 */
export const hendelseNavnerom = 'folkeregisteret:tilgjengeliggjoering:hendelse:v1';

const filer = {
  hendelse: new URL('../../../spec/kontrakter/Hendelsedokument_v1.4.xsd', import.meta.url),
  feed: new URL('./hendelsesliste.xsd', import.meta.url),
} as const;

const tekster = new Map<keyof typeof filer, string>();
const strukturer = new Map<keyof typeof filer, Xsdstruktur>();

function xsd(hvilken: keyof typeof filer): string {
  let t = tekster.get(hvilken);
  if (t === undefined) tekster.set(hvilken, (t = readFileSync(filer[hvilken], 'utf8')));
  return t;
}

function struktur(hvilken: keyof typeof filer): Xsdstruktur {
  let s = strukturer.get(hvilken);
  if (s === undefined) strukturer.set(hvilken, (s = lesXsdstruktur(xsd(hvilken))));
  return s;
}

export const hendelseXsd = (): string => xsd('hendelse');
export const feedXsd = (): string => xsd('feed');
export const hendelseXsdstruktur = (): Xsdstruktur => struktur('hendelse');
export const feedXsdstruktur = (): Xsdstruktur => struktur('feed');
