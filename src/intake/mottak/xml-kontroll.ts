import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ParseOption, XmlDocument, XmlParseError, XmlValidateError, XsdValidator, xmlRegisterInputProvider, type ErrorDetail,
} from 'libxml2-wasm';
import type { Ressurs } from '../kontrakt.ts';
import { ressurstabell } from './ressurstabell.ts';

/**
 * The formal check of a producer's XML at the edge (DESIGN.md principle 8): no DTD, well-formed, the resource's
 * document element, valid against its XSD (libxml2 compiled to WebAssembly: no native build, no network; each schema
 * compiled once, ~1–50 ms, then ~0.3 ms per small message). Returns what the edge needs before storing: the producer's
 * message id (idempotency key), its case reference and the attachment names the XML refers to.
 */
export type Xmlkontroll =
  | {
      readonly ok: true;
      readonly avsendersMeldingsidentifikator: string;
      readonly avsendersSaksreferanse?: string;
      readonly multipartnavn: readonly string[];
    }
  | { readonly ok: false; readonly feil: Xmlfeil; readonly meldinger: readonly string[] };

export type Xmlfeil = 'dtdIkkeTillatt' | 'ikkeVelformet' | 'feilDokumentelement' | 'xsdValidering' | 'manglerMeldingsidentifikator';

const kontrakter = fileURLToPath(new URL('../../../spec/kontrakter/', import.meta.url));

/** At most this many XSD errors are reported: enough to fix a message, bounded for a hostile one. */
const MAKS_FEIL = 50;

// The two schemas that sign messages import `DigitalSignatur.xsd` by a path of Skatteetaten's own tree
// (`../nyfolkeregisterperson/DigitalSignatur.xsd`); it is vendored beside them. Nothing else is ever loaded: the
// provider serves that one file from memory, and libxml2 in WebAssembly has no other file or network access.
let leverandoerRegistrert = false;
function registrerSignaturskjema(): void {
  if (leverandoerRegistrert) return;
  const innhold = readFileSync(kontrakter + 'DigitalSignatur.xsd');
  const aapne = new Map<number, number>();
  let neste = 1;
  xmlRegisterInputProvider({
    match: (filnavn) => /(^|[/\\])DigitalSignatur\.xsd$/.test(filnavn),
    open: () => {
      aapne.set(neste, 0);
      return neste++;
    },
    read: (fd, buf) => {
      const fra = aapne.get(fd) ?? innhold.length;
      const n = Math.min(buf.byteLength, innhold.length - fra);
      buf.set(innhold.subarray(fra, fra + n));
      aapne.set(fd, fra + n);
      return n;
    },
    close: (fd) => aapne.delete(fd),
  });
  leverandoerRegistrert = true;
}

const skjemaer = new Map<Ressurs, XsdValidator>();

function skjemaFor(ressurs: Ressurs): XsdValidator {
  let validator = skjemaer.get(ressurs);
  if (!validator) {
    registrerSignaturskjema();
    const fil = kontrakter + ressurstabell[ressurs].xsd;
    const xsd = XmlDocument.fromString(readFileSync(fil, 'utf8'), { url: fil });
    try {
      validator = XsdValidator.fromDoc(xsd);
    } finally {
      xsd.dispose();
    }
    skjemaer.set(ressurs, validator);
  }
  return validator;
}

/** Compiles every resource's schema now, so the first message of each kind does not pay for it. */
export function kompilerSkjemaer(ressurser: readonly Ressurs[]): void {
  for (const r of ressurser) skjemaFor(r);
}

/**
 * Any markup declaration (`<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT` …) is refused before parsing: a DTD is how external
 * entities (XXE) and entity expansion ("billion laughs") get in, and no FREG message has one. Comments and CDATA are
 * the only `<!` constructs left.
 */
const deklarasjon = /<!(?!--|\[CDATA\[)/;

// NONET and NO_XXE too, though the DTD is already refused: defence in depth if the check above is ever loosened.
const parseflagg = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE;

export function kontrollerXml(ressurs: Ressurs, xml: string): Xmlkontroll {
  if (deklarasjon.test(xml)) return avvis('dtdIkkeTillatt', ['Meldingen inneholder en DTD eller deklarasjon (<!DOCTYPE, <!ENTITY): ikke tillatt']);
  let dokument: XmlDocument;
  try {
    dokument = XmlDocument.fromString(xml, { option: parseflagg });
  } catch (feil) {
    if (feil instanceof XmlParseError) return avvis('ikkeVelformet', beskriv(feil.details));
    throw feil;
  }
  try {
    const { rot, navnerom } = ressurstabell[ressurs];
    if (dokument.root.name !== rot || dokument.root.namespaceUri !== navnerom) {
      return avvis('feilDokumentelement', [`Dokumentelementet skal være {${navnerom}}${rot}`]);
    }
    try {
      skjemaFor(ressurs).validate(dokument);
    } catch (feil) {
      if (feil instanceof XmlValidateError) return avvis('xsdValidering', beskriv(feil.details));
      throw feil;
    }
    const id = tekst(dokument, 'avsendersMeldingsidentifikator')[0]?.trim();
    if (!id) return avvis('manglerMeldingsidentifikator', ['avsendersMeldingsidentifikator mangler eller er tom']);
    const saksreferanse = tekst(dokument, 'avsendersSaksreferanse')[0]?.trim();
    return {
      ok: true,
      avsendersMeldingsidentifikator: id,
      ...(saksreferanse ? { avsendersSaksreferanse: saksreferanse } : {}),
      multipartnavn: tekst(dokument, 'multipartnavn').map((n) => n.trim()),
    };
  } finally {
    dokument.dispose();
  }
}

/** The text of every element with that local name in the document, in document order. */
function tekst(dokument: XmlDocument, lokaltNavn: string): string[] {
  return dokument.find(`//*[local-name()='${lokaltNavn}']`).map((n) => n.content);
}

function avvis(feil: Xmlfeil, meldinger: readonly string[]): Xmlkontroll {
  return { ok: false, feil, meldinger };
}

/**
 * libxml2's messages with their line, as a producer needs them to fix the message; bounded in number. libxml2 quotes
 * the offending value, so 11-digit runs are masked: no identity numbers in error bodies or logs (STYLE.md §7).
 */
function beskriv(detaljer: readonly ErrorDetail[]): string[] {
  const linjer = detaljer
    .slice(0, MAKS_FEIL)
    .map((d) => `linje ${d.line}: ${d.message.trim().replace(/\d{11}/g, '***********')}`);
  if (detaljer.length > MAKS_FEIL) linjer.push(`… og ${detaljer.length - MAKS_FEIL} feil til`);
  return linjer;
}
