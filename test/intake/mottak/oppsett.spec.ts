import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ressurser } from '../../../src/intake/kontrakt.ts';
import { lastMeldingsregler } from '../../../src/intake/mottak/oppsett.ts';
import { MeldingIkkeStoettet } from '../../../src/intake/mottak/regeltabell.ts';
import { doedsfallXml } from './meldingsmaler.ts';

describe('the production wiring of the message rules', () => {
  it('has a row for every resource; without src/intake/meldinger every resource is ikke støttet', async () => {
    const regler = await lastMeldingsregler();
    expect(Object.keys(regler).sort()).toEqual([...ressurser].sort());
    for (const r of ressurser) {
      // Once src/intake/meldinger lands, its rules answer here instead.
      try {
        regler[r].tolk('<x/>');
      } catch (feil) {
        if (feil instanceof MeldingIkkeStoettet) expect(feil.ressurs).toBe(r);
      }
    }
  });

  it('loads another module when asked (FOLKEREGISTER_MELDINGSREGLER), and fails loudly when it is missing', async () => {
    const regler = await lastMeldingsregler(fileURLToPath(new URL('./testregler-modul.ts', import.meta.url)));
    expect(regler.doedsfall_v1.tolk(doedsfallXml({ id: 'x', fnr: '01010150000' }))).toMatchObject({ avsendersMeldingsidentifikator: 'x' });
    expect(() => regler.vigsel_v1.tolk('<x/>')).toThrow(MeldingIkkeStoettet);
    await expect(lastMeldingsregler('/finnes/ikke.ts')).rejects.toThrow();
  });
});
