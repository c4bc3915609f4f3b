import { readFileSync } from 'node:fs';

/**
 * Skatteetaten's XSD of the person document (`spec/kontrakter/PersondokumentMedHistorikk_v1BETA2.xsd`, vendored
 * unchanged), read once: served by `GET personer/xsd` and used for XML element order, which follows each type's
 * `xs:sequence` (spec §2.7) and differs from the JSON order of spec §2.1.
 */
export const personNavnerom = 'folkeregisteret:tilgjengeliggjoering:person:v1';

const xsdFil = new URL('../../../spec/kontrakter/PersondokumentMedHistorikk_v1BETA2.xsd', import.meta.url);

export interface Xsdfelt {
  readonly navn: string;
  readonly type: string;
}

/** Each complex type's child elements in schema order (an extension's base first), and the root element. */
export interface Xsdstruktur {
  readonly rot: Xsdfelt;
  readonly typer: ReadonlyMap<string, readonly Xsdfelt[]>;
}

let tekst: string | undefined;
let struktur: Xsdstruktur | undefined;

export function personXsd(): string {
  tekst ??= readFileSync(xsdFil, 'utf8');
  return tekst;
}

export function personXsdstruktur(): Xsdstruktur {
  struktur ??= lesXsdstruktur(personXsd());
  return struktur;
}

/**
 * Enough of XML Schema for Skatteetaten's generated files: named complex types (no anonymous ones), sequences and
 * choices flattened in document order (a choice contributes its alternatives in order, which keeps the output valid
 * since only one is present), extension bases. Not a general XSD reader.
 */
export function lesXsdstruktur(xsd: string): Xsdstruktur {
  const utenKommentarer = xsd.replace(/<xsd:annotation>[\s\S]*?<\/xsd:annotation>/g, '');
  const egne = new Map<string, { base?: string; felter: Xsdfelt[] }>();
  const typeblokk = /<xsd:complexType name="([^"]+)">([\s\S]*?)<\/xsd:complexType>/g;
  for (const [, navn, innhold] of utenKommentarer.matchAll(typeblokk)) {
    const base = /<xsd:extension base="([^"]+)"/.exec(innhold!)?.[1];
    const felter = [...innhold!.matchAll(/<xsd:element name="([^"]+)" type="([^"]+)"/g)].map(([, n, t]) => ({ navn: n!, type: t! }));
    egne.set(navn!, { ...(base ? { base } : {}), felter });
  }
  const typer = new Map<string, readonly Xsdfelt[]>();
  const loes = (navn: string): readonly Xsdfelt[] => {
    const type = egne.get(navn);
    if (!type) return [];
    const alle = [...(type.base ? loes(type.base) : []), ...type.felter];
    return alle.filter((f, i) => alle.findIndex((g) => g.navn === f.navn) === i);
  };
  for (const navn of egne.keys()) typer.set(navn, loes(navn));
  const rot = /<xsd:element name="([^"]+)" type="([^"]+)"\s*\/>/.exec(utenKommentarer.replace(typeblokk, ''));
  if (!rot) throw new Error('XSD without a root element');
  return { rot: { navn: rot[1]!, type: rot[2]! }, typer };
}
