import { describe, expect, it } from 'vitest';
import { parseParts, type Parts } from '../../src/access/view/parts.ts';
import { pakketabell } from '../../src/access/view/pakketabell.ts';
import type { Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';

/** spec §5.5 `part`: what each value selects, and which values are refused (406 "Ugyldig part"). */
function parts(verdier: string[], pakke: Rettighetspakke = 'offentligMedHjemmel'): Parts {
  const valg = parseParts(verdier, pakke);
  if (!valg.ok) throw new Error(`refused ${valg.ugyldigPart}`);
  return valg.parts;
}
const sortert = (s: ReadonlySet<string>) => [...s].sort();

describe('parseParts', () => {
  it('without part gives person-basis, logged as person-basis', () => {
    const p = parts([]);
    expect(sortert(p.elementer)).toEqual([...pakketabell.offentligMedHjemmel.personBasis].sort());
    expect(p.historikk.size).toBe(0);
    expect(p.parter).toEqual(['person-basis']);
  });

  it('an element alone gives that element and identifikasjonsnummer (spec §5.5 example ?part=status)', () => {
    expect(sortert(parts(['status']).elementer)).toEqual(['identifikasjonsnummer', 'status']);
  });

  it('historikk alone adds history to person-basis, only for elements the package has history for', () => {
    const p = parts(['historikk'], 'finans');
    expect(sortert(p.elementer)).toEqual([...pakketabell.finans.personBasis].sort());
    expect(sortert(p.historikk)).toEqual(['bostedsadresse', 'deltBosted', 'identifikasjonsnummer', 'navn', 'oppholdsadresse', 'postadresse', 'postadresseIUtlandet', 'sivilstand']);
  });

  it('element names are matched in any case (Altinn sends RettsligHandleevne); the log keeps them as given', () => {
    const p = parts(['RettsligHandleevne', ' navn ']);
    expect(p.elementer.has('rettsligHandleevne')).toBe(true);
    expect(p.elementer.has('navn')).toBe(true);
    expect(p.parter).toEqual(['RettsligHandleevne', ' navn ']);
  });

  it('the historic syntax <element>-historikk gives that element with its history; basis is person-basis', () => {
    const p = parts(['navn-historikk', 'basis']);
    expect(sortert(p.historikk)).toEqual(['navn']);
    expect(p.elementer.has('bostedsadresse')).toBe(true);
  });

  it('duplicates are collapsed', () => {
    expect(parts(['navn', 'navn']).parter).toEqual(['navn']);
  });

  it('aliases expand per package: relasjon-utvidet is only guardianship outside OMH and FIN', () => {
    expect(sortert(parts(['relasjon-utvidet'], 'finans').elementer)).toEqual(['familierelasjon', 'foreldreansvar', 'identifikasjonsnummer', 'vergemaalEllerFremtidsfullmakt']);
    expect(sortert(parts(['relasjon-utvidet'], 'privat').elementer)).toEqual(['vergemaalEllerFremtidsfullmakt']);
    expect(sortert(parts(['identitetsgrunnlag-utvidet'], 'utstederAvElektroniskIdentitetsbevis').elementer))
      .toEqual(['falskIdentitet', 'identifikasjonsnummer', 'legitimasjonsdokument', 'utenlandskPersonidentifikasjon']);
  });

  it('privat and presse get identifikasjonsnummer only when asking for it', () => {
    expect(parts([], 'privat').elementer.has('identifikasjonsnummer')).toBe(false);
    expect(parts(['identifikasjonsnummer'], 'presse').elementer.has('identifikasjonsnummer')).toBe(true);
  });

  it.each([
    ['unknown', 'foo', 'offentligMedHjemmel'],
    ['removed 2023-04-03', 'forholdTilSametingetsValgmanntall', 'offentligMedHjemmel'],
    ['pre-2020 "person" (everything)', 'person', 'offentligMedHjemmel'],
    ['empty', '', 'offentligMedHjemmel'],
    ['comma-separated list', 'navn,status', 'offentligMedHjemmel'],
    ['Svalbard outside BRSV', 'oppholdPaaSvalbard', 'offentligMedHjemmel'],
    ['confidential element without the right', 'opphold', 'finans'],
    ['alias the package lacks', 'identitetsgrunnlag-utvidet', 'offentligUtenHjemmel'],
    ['history the package lacks', 'status-historikk', 'finans'],
    ['identity numbers where never given', 'identifikasjonsnummer', 'privatUtenFolkeregisteridentifikator'],
  ] as const)('refuses %s: %s for %s, naming the first bad part', (_hva, part, pakke) => {
    expect(parseParts(['navn', part, 'also-bad'], pakke)).toEqual({ ok: false, ugyldigPart: part });
  });
});
