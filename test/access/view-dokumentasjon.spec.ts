import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementnavn } from '../../src/domain/persondokument/elementer.ts';
import { rettighetspakkenavn, rettighetspakker } from '../../src/access/konsumenter/rettighetspakker.ts';
import { reglerFor } from '../../src/access/view/pakketabell.ts';

/** docs/utlevering.md's element matrix is the table in prose; this fails when either changes without the other. */
export function matrise(): string {
  const celle = (p: (typeof rettighetspakkenavn)[number], e: (typeof elementnavn)[number]) => {
    const r = reglerFor(p);
    const hva = r.personBasis.includes(e) ? 'B' : r.elementer.includes(e) ? 'p' : '–';
    return hva + (r.historikk.includes(e) ? 'H' : '');
  };
  return [
    `| element | ${rettighetspakkenavn.map((p) => rettighetspakker[p].forkortelse).join(' | ')} |`,
    `|---|${rettighetspakkenavn.map(() => '---').join('|')}|`,
    ...elementnavn.map((e) => `| ${e} | ${rettighetspakkenavn.map((p) => celle(p, e)).join(' | ')} |`),
  ].join('\n');
}

describe('docs/utlevering.md', () => {
  it('shows the element matrix exactly as the table has it', () => {
    const doc = readFileSync(new URL('../../docs/utlevering.md', import.meta.url), 'utf8');
    const [, tabell] = /<!-- matrise -->\n([\s\S]*?)\n<!-- \/matrise -->/.exec(doc) ?? [];
    expect(tabell).toBe(matrise());
  });
});
