import { describe, expect, it } from 'vitest';
import { erInnsynsrelevant, Tjeneste } from '../../../src/access/revisjon/index.ts';
import { Rettighetspakke } from '../../../src/access/konsumenter/rettighetspakker.ts';

// Folkeregisterloven § 10-1 third paragraph as spec §6.3 reads it: covered are lookups by private entities without a
// legal basis in single lookups; not public authorities, private entities with hjemmel, the press, list washing.
describe('which disclosures the registered person may see', () => {
  it.each([
    [Rettighetspakke.privat, Tjeneste.person],
    [Rettighetspakke.privatUtenHjemmel, Tjeneste.person],
    [Rettighetspakke.privatUtenFolkeregisteridentifikator, Tjeneste.entydigsoek],
    [Rettighetspakke.privatUtenHjemmel, Tjeneste.soek],
    [Rettighetspakke.utstederAvElektroniskIdentitetsbevis, Tjeneste.person],
  ])('covers %s in %s (a private entity without hjemmel, one person)', (pakke, tjeneste) => {
    expect(erInnsynsrelevant(pakke, tjeneste)).toBe(true);
  });

  it.each([
    [Rettighetspakke.offentligMedHjemmel, Tjeneste.person, 'public or private with hjemmel'],
    [Rettighetspakke.offentligUtenHjemmel, Tjeneste.person, 'public authority'],
    [Rettighetspakke.finans, Tjeneste.person, 'hjemmel in finansforetaksloven'],
    [Rettighetspakke.presse, Tjeneste.entydigsoek, 'press'],
    [Rettighetspakke.presseUtenFolkeregisteridentifikator, Tjeneste.entydigsoek, 'press'],
    [Rettighetspakke.svalbardregister, Tjeneste.person, 'public authority'],
    [Rettighetspakke.privat, Tjeneste.bulkoppslag, 'list washing'],
    [Rettighetspakke.privatUtenHjemmel, Tjeneste.uttrekk, 'updating an existing register'],
    [Rettighetspakke.privatUtenHjemmel, Tjeneste.push, 'updating an existing register'],
  ])('does not cover %s in %s (%s)', (pakke, tjeneste, _grunn) => {
    expect(erInnsynsrelevant(pakke, tjeneste)).toBe(false);
  });
});
