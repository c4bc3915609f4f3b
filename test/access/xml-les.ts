/**
 * A small XML reader for tests of our own output: elements, attributes, text, the five predefined entities and
 * numeric references. No DTDs, comments, CDATA or processing instructions beyond the declaration; it throws on
 * anything it does not understand, so malformed output fails the test.
 */
export interface XmlNode {
  readonly navn: string;
  readonly attributter: Readonly<Record<string, string>>;
  readonly barn: readonly XmlNode[];
  readonly tekst: string;
}

const entiteter: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function avkod(s: string): string {
  if (/[<]/.test(s)) throw new Error(`unescaped < in ${s}`);
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (hele, ref: string | undefined) => {
    if (ref === undefined) throw new Error('bare &');
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const e = entiteter[ref];
    if (e === undefined) throw new Error(`unknown entity ${hele}`);
    return e;
  });
}

export function lesXml(xml: string): XmlNode {
  let i = 0;
  const deklarasjon = /^<\?xml[^?]*\?>/.exec(xml);
  if (deklarasjon) i = deklarasjon[0].length;
  const element = (): XmlNode => {
    const start = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/.exec(xml.slice(i));
    if (!start) throw new Error(`expected an element at ${i}: ${xml.slice(i, i + 40)}`);
    i += start[0].length;
    const attributter = Object.fromEntries([...start[2]!.matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, avkod(v!)]));
    const barn: XmlNode[] = [];
    let tekst = '';
    if (start[3] === '/') return { navn: start[1]!, attributter, barn, tekst };
    for (;;) {
      const slutt = `</${start[1]}>`;
      if (xml.startsWith(slutt, i)) {
        i += slutt.length;
        return { navn: start[1]!, attributter, barn, tekst: avkod(tekst) };
      }
      if (xml[i] === '<') barn.push(element());
      else {
        const neste = xml.indexOf('<', i);
        if (neste < 0) throw new Error('unterminated element');
        tekst += xml.slice(i, neste);
        i = neste;
      }
    }
  };
  const rot = element();
  if (i !== xml.length) throw new Error('content after the root element');
  return rot;
}
