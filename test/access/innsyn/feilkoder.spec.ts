import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { feilmelding, Innsynsfeil } from '../../../src/access/innsyn/index.ts';

// STYLE.md §3: the docs and the catalogue list the same errors, with the same status.
describe('innsyn’s error catalogue and docs/revisjon-og-innsyn.md', () => {
  it('list the same codes with the same status', async () => {
    const doc = await readFile(new URL('../../../docs/revisjon-og-innsyn.md', import.meta.url), 'utf8');
    const iDoc = [...doc.matchAll(/^\| (\d{3}) \| `(folkeregister\.innsyn\.\w+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    const iKatalog = (Object.keys(Innsynsfeil) as Innsynsfeil[]).map((f) => `${feilmelding(f).httpStatus} ${feilmelding(f).feilkode}`);
    expect(iDoc.sort()).toEqual(iKatalog.sort());
  });
});
