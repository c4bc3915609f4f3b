/**
 * One row of COPY's text format (PostgreSQL docs, "COPY", File Formats): columns separated by tabs, `\N` for NULL,
 * and backslash, tab, newline and carriage return escaped with a backslash. JSON text holds backslashes (escaped
 * quotes, `\u` escapes) but no raw control characters, so for documents this mostly doubles backslashes.
 */
export function copyrad(kolonner: readonly (string | number | null | undefined)[]): string {
  return kolonner.map((k) => (k === null || k === undefined ? '\\N' : typeof k === 'number' ? String(k) : escape(k))).join('\t') + '\n';
}

const harSpesielle = /[\\\t\n\r]/;
const spesielle = /[\\\t\n\r]/g;
const erstatning: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(tekst: string): string {
  return harSpesielle.test(tekst) ? tekst.replace(spesielle, (c) => erstatning[c]!) : tekst;
}

/**
 * A `text[]` value as PostgreSQL's array literal (docs, "Arrays", Array Value Input), to go through `copyrad`: every
 * element double-quoted, with `"` and `\` backslash-escaped, so commas, braces, spaces and `NULL` stay plain text.
 */
export function copyTekstliste(verdier: readonly string[]): string {
  return `{${verdier.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
