import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rettighetspakkenavn, rettighetspakker } from '../../../src/access/konsumenter/rettighetspakker.ts';
import { oauthfeilkatalog } from '../../../src/access/tokens/oauth-feil.ts';
import { tilgangsfeilkatalog } from '../../../src/access/tokens/tilgangsfeil.ts';
import { adminfeilkatalog } from '../../../src/api/admin-konsumenter-feil.ts';

const doc = readFileSync(new URL('../../../docs/tilgang.md', import.meta.url), 'utf8');
const rader = (moenster: RegExp) => [...doc.matchAll(moenster)].map((m) => m.slice(1).join(' | ')).sort();

describe('docs/tilgang.md and the code agree, both ways', () => {
  it('on the rights packages', () => {
    expect(rader(/^\| `(\w+)` \| ([\w-]+) \| `(\/folkeregisteret\/[^`]+)` \| `(folkeregister:[^`]+)` \|$/gm)).toEqual(
      rettighetspakkenavn.map((n) => [n, rettighetspakker[n].forkortelse, rettighetspakker[n].prefiks, rettighetspakker[n].scope].join(' | ')).sort(),
    );
  });

  it('on the error codes of the consumer API and the admin API', () => {
    const katalog = [...Object.values(tilgangsfeilkatalog), ...Object.values(adminfeilkatalog)];
    expect(rader(/^\| `(ske\.folkeregister\.[\w.]+)` \| (\d{3}) \|/gm)).toEqual(katalog.map((k) => `${k.feilkode} | ${k.httpStatus}`).sort());
  });

  it('on the token service’s OAuth errors', () => {
    const status = (error: string) => (error === 'invalid_client' ? 401 : 400);
    expect(rader(/^\| `(invalid_\w+|unsupported_grant_type)` \| (\d{3}) \| (.+) \|$/gm)).toEqual(
      Object.values(oauthfeilkatalog).map((k) => `${k.error} | ${status(k.error)} | ${k.beskrivelse}`).sort(),
    );
  });
});
