import { describe, expect, it } from 'vitest';
import { rettighetspakkenavn } from '../../src/access/konsumenter/rettighetspakker.ts';
import { Entydigkriterium as K, treffkombinasjonerFor, vurderTreffrett } from '../../src/access/soek/treffrett.ts';
import { reglerFor } from '../../src/access/view/pakketabell.ts';
import { SoeketreffIkkeTilgjengelig, adressetreffSynlig, viewSoeketreff } from '../../src/access/view/view.ts';

const treff = { personId: 7, folkeregisteridentifikator: '05848099424' };
const graderinger = ['ugradert', 'klientadresse', 'fortrolig', 'strengtFortrolig'];

describe('search hits through the gate', () => {
  it('gives only the identity number, to packages that always see numbers, and refuses the others as a bug', () => {
    for (const pakke of rettighetspakkenavn) {
      if (reglerFor(pakke).identitetsnummer !== 'alltid') {
        expect(() => viewSoeketreff(treff, pakke)).toThrow(SoeketreffIkkeTilgjengelig);
        continue;
      }
      const utlevert = viewSoeketreff(treff, pakke)!;
      expect(utlevert.foedselsEllerDNummer).toBe('05848099424');
      expect(utlevert.grunnlag).toEqual({ folkeregisteridentifikator: '05848099424', personId: 7, rettighetspakke: pakke, parter: [] });
      expect(Object.keys(utlevert)).toEqual(['foedselsEllerDNummer', 'grunnlag']);
    }
  });

  it('withholds a hit found by address when the person is protected beyond the package, never by name', () => {
    for (const pakke of rettighetspakkenavn) {
      const tillatt = reglerFor(pakke).adressegraderinger as readonly string[];
      for (const g of graderinger) expect(adressetreffSynlig({ adressebeskyttelse: g }, pakke), `${pakke} ${g}`).toBe(tillatt.includes(g));
      expect(adressetreffSynlig({ adressebeskyttelse: 'strengtFortrolig' }, pakke)).toBe(false);
      expect(adressetreffSynlig({ adressebeskyttelse: 'ugradert' }, pakke)).toBe(true);
      expect(adressetreffSynlig({}, pakke)).toBe(true);
    }
    expect(viewSoeketreff({ ...treff, adressebeskyttelse: 'fortrolig' }, 'offentligUtenHjemmel')).toBeUndefined();
    expect(viewSoeketreff({ ...treff, adressebeskyttelse: 'fortrolig' }, 'offentligMedHjemmel')).toBeDefined();
  });
});

describe("entydigsoek's right to a hit", () => {
  it('lets each package combine only criteria it may see', () => {
    expect(treffkombinasjonerFor('offentligMedHjemmel')).toHaveLength(8);
    expect(treffkombinasjonerFor('utstederAvElektroniskIdentitetsbevis')).toEqual([
      [K.navn, K.identifikasjonsnummer], [K.navn, K.foedselsdato], [K.navn, K.adresse], [K.navn, K.utenlandskpersonidentifikasjon],
      [K.navn, K.legitimasjonsdokument], [K.foedselsdato, K.legitimasjonsdokument], [K.foedselsdato, K.utenlandskpersonidentifikasjon],
    ]);
    for (const pakke of ['offentligUtenHjemmel', 'finans', 'privatUtenHjemmel', 'privat', 'presse'] as const) {
      expect(treffkombinasjonerFor(pakke)).toEqual([[K.navn, K.identifikasjonsnummer], [K.navn, K.foedselsdato], [K.navn, K.adresse]]);
    }
    for (const pakke of ['privatUtenFolkeregisteridentifikator', 'presseUtenFolkeregisteridentifikator'] as const) {
      expect(treffkombinasjonerFor(pakke)).toEqual([[K.navn, K.foedselsdato], [K.navn, K.adresse]]);
    }
  });

  it('names the criterion a package may not use, and refuses combinations that identify no one', () => {
    expect(vurderTreffrett('privat', new Set([K.navn, K.foedselsdato, K.legitimasjonsdokument]))).toEqual({ ok: false, grunn: 'ikkeTilgjengelig', kriterium: K.legitimasjonsdokument });
    expect(vurderTreffrett('offentligMedHjemmel', new Set([K.navn]))).toEqual({ ok: false, grunn: 'ikkeRettTilTreff' });
    expect(vurderTreffrett('offentligMedHjemmel', new Set([K.foedselsdato, K.adresse]))).toEqual({ ok: false, grunn: 'ikkeRettTilTreff' });
    expect(vurderTreffrett('presse', new Set([K.navn, K.adresse, K.foedselsdato]))).toEqual({ ok: true });
  });
});
