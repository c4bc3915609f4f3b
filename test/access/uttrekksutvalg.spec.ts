import { describe, expect, it } from 'vitest';
import { rettighetspakkenavn } from '../../src/access/konsumenter/rettighetspakker.ts';
import { reglerFor } from '../../src/access/view/pakketabell.ts';
import { statuserForPersonstatustyper, synligeGraderingspar } from '../../src/access/view/uttrekksutvalg.ts';

describe('what an extract may reveal', () => {
  it('aktiv selects exactly the four statuses the mask hides; the others themselves', () => {
    expect(statuserForPersonstatustyper(['aktiv']).sort()).toEqual(['foedselsregistrert', 'forsvunnet', 'ikkeBosatt', 'midlertidig']);
    expect(statuserForPersonstatustyper(['bosatt', 'doed', 'utflyttet', 'inaktiv', 'bosatt'])).toEqual(['bosatt', 'doed', 'utflyttet', 'inaktiv']);
  });

  it('lets OMH match on fortrolig and klientadresse addresses, every other package only on unprotected ones, no one on strengtFortrolig', () => {
    const omh = ['fortrolig/fortrolig', 'fortrolig/klientadresse', 'fortrolig/ugradert', 'klientadresse/fortrolig', 'klientadresse/klientadresse', 'klientadresse/ugradert', 'ugradert/fortrolig', 'ugradert/klientadresse', 'ugradert/ugradert'];
    for (const element of ['bostedsadresse', 'oppholdsadresse'] as const) {
      expect(synligeGraderingspar('offentligMedHjemmel', element).sort()).toEqual(omh);
      for (const pakke of rettighetspakkenavn.filter((p) => p !== 'offentligMedHjemmel')) {
        expect(synligeGraderingspar(pakke, element), pakke).toEqual(reglerFor(pakke).elementer.includes(element) ? ['ugradert/ugradert'] : []);
      }
      for (const pakke of rettighetspakkenavn) expect(synligeGraderingspar(pakke, element).some((p) => p.includes('strengtFortrolig'))).toBe(false);
    }
  });
});
