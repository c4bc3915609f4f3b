import { XMLParser } from 'fast-xml-parser';

/**
 * Reads a producer message that already passed its XSD into plain objects, whatever namespace prefixes the producer
 * chose. Values stay text (a kommunenummer `0301` must not become 301); elements the XSD lets repeat
 * (maxOccurs > 1) are always arrays, so one occurrence reads like many.
 *
 * Entity processing is off: the plumbing refuses DTDs, and without one only XML's five predefined entities and
 * character references can occur, which `avkod` decodes without expanding anything (no entity-expansion attacks).
 */
export type Xmlnode = { readonly [navn: string]: Xmlverdi };
export type Xmlverdi = string | Xmlnode | readonly Xmlverdi[];

const forhaandsdefinerte: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function avkod(tekst: string): string {
  return tekst.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return forhaandsdefinerte[ref]!;
  });
}

/**
 * The root element's content. `lister` names the repeatable elements by their path below the root
 * (`forespoersel.kandidat.statsborgerskap`).
 */
export function lesXml(xml: string, rot: string, lister: readonly string[]): Xmlnode {
  // The plumbing refuses DTDs before this point; refusing here too keeps the reader safe on its own.
  if (/<!DOCTYPE/i.test(xml)) throw new Error('XML with a DTD is not read');
  const listeset = new Set(lister);
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: false,
    parseTagValue: false,
    trimValues: true,
    jPath: true,
    tagValueProcessor: (_navn, verdi) => avkod(verdi),
    isArray: (_navn, sti) => listeset.has(String(sti).split('.').slice(1).join('.')),
  });
  const dokument = parser.parse(xml) as Record<string, unknown>;
  const innhold = dokument[rot];
  if (innhold === undefined || typeof innhold !== 'object') throw new Error(`Expected the root element ${rot}`);
  return innhold as Xmlnode;
}

/**
 * Typed access to a node. The XSD has already guaranteed what is required, so a missing required value is a bug at
 * the edge and throws; optional values are `undefined`.
 */
export class Les {
  constructor(private readonly node: Xmlnode | undefined) {}

  static fra(node: Xmlverdi | undefined): Les {
    return new Les(node === undefined || typeof node === 'string' || Array.isArray(node) ? undefined : (node as Xmlnode));
  }

  get finnes(): boolean {
    return this.node !== undefined;
  }

  har(navn: string): boolean {
    return this.node?.[navn] !== undefined;
  }

  valgfriTekst(navn: string): string | undefined {
    const v = this.node?.[navn];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new Error(`Expected text in ${navn}`);
    return v;
  }

  tekst(navn: string): string {
    const v = this.valgfriTekst(navn);
    if (v === undefined) throw new Error(`Missing required ${navn}`);
    return v;
  }

  /** xs:boolean: `true`, `false`, `1`, `0`. */
  valgfriBool(navn: string): boolean | undefined {
    const v = this.valgfriTekst(navn);
    return v === undefined ? undefined : v === 'true' || v === '1';
  }

  bool(navn: string): boolean {
    const v = this.valgfriBool(navn);
    if (v === undefined) throw new Error(`Missing required ${navn}`);
    return v;
  }

  /** xs:date may carry a time zone (`2024-05-01+02:00`); the register keeps the calendar date. */
  valgfriDato(navn: string): string | undefined {
    return this.valgfriTekst(navn)?.slice(0, 10);
  }

  dato(navn: string): string {
    return this.tekst(navn).slice(0, 10);
  }

  valgfri(navn: string): Les | undefined {
    const v = this.node?.[navn];
    return v === undefined ? undefined : Les.fra(v === '' ? {} : v);
  }

  barn(navn: string): Les {
    const v = this.valgfri(navn);
    if (!v) throw new Error(`Missing required ${navn}`);
    return v;
  }

  /** A repeatable element: each occurrence (the element must be named in `lister`). */
  liste(navn: string): Les[] {
    const v = this.node?.[navn];
    if (v === undefined) return [];
    return (Array.isArray(v) ? v : [v]).map((e: Xmlverdi) => Les.fra(e === '' ? {} : e));
  }

  tekstliste(navn: string): string[] {
    const v = this.node?.[navn];
    if (v === undefined) return [];
    return (Array.isArray(v) ? v : [v]).map((e) => {
      if (typeof e !== 'string') throw new Error(`Expected text in ${navn}`);
      return e;
    });
  }
}

/** `{ [navn]: verdi }` when the optional value is there, else nothing: spreads into a typed message. */
export function valgfritt<T>(navn: string, verdi: T | undefined): Record<string, T> {
  return verdi === undefined ? {} : { [navn]: verdi };
}
