/**
 * The reference data's CSV dialect (`reference-data/README.md`): comma-separated, one header row, `\n` line ends,
 * fields quoted with `"` only when they hold a comma or a quote (`"Risvær, Årsteinøyan"`).
 */
export type Rad = Record<string, string>;

export function parseCsv(tekst: string): Rad[] {
  const linjer = tekst.split('\n').filter((l) => l.length > 0);
  const [hode, ...resten] = linjer.map(felter);
  if (!hode) return [];
  return resten.map((f) => Object.fromEntries(hode.map((navn, i) => [navn, f[i] ?? ''])));
}

function felter(linje: string): string[] {
  if (!linje.includes('"')) return linje.split(',');
  const ut: string[] = [];
  let felt = '';
  let iSitat = false;
  for (let i = 0; i < linje.length; i++) {
    const c = linje[i]!;
    if (iSitat) {
      if (c === '"' && linje[i + 1] === '"') {
        felt += '"';
        i++;
      } else if (c === '"') iSitat = false;
      else felt += c;
    } else if (c === '"') iSitat = true;
    else if (c === ',') {
      ut.push(felt);
      felt = '';
    } else felt += c;
  }
  ut.push(felt);
  return ut;
}

export function skrivCsv(kolonner: readonly string[], rader: readonly (readonly (string | number)[])[]): string {
  const felt = (v: string | number) => {
    const s = String(v);
    return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [kolonner.join(','), ...rader.map((r) => r.map(felt).join(','))].join('\n') + '\n';
}
