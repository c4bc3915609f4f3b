import { describe, expect, it } from 'vitest';
import { lesFormaal } from '../../../src/access/revisjon/index.ts';

describe('the Formaal header', () => {
  it('is optional, trimmed, and percent-decoded as UTF-8', () => {
    expect(lesFormaal(undefined)).toEqual({ ok: true, formaal: undefined });
    expect(lesFormaal('  ')).toEqual({ ok: true, formaal: undefined });
    expect(lesFormaal(' Kundekontroll ')).toEqual({ ok: true, formaal: 'Kundekontroll' });
    expect(lesFormaal('Kredittvurdering%20av%20s%C3%B8knad')).toEqual({ ok: true, formaal: 'Kredittvurdering av søknad' });
  });

  it('refuses repeated, badly encoded, control-character and overlong values', () => {
    expect(lesFormaal(['a', 'b'])).toEqual({ ok: false, feilmelding: 'Headeren Formaal kan bare oppgis én gang' });
    expect(lesFormaal('100%')).toEqual({ ok: false, feilmelding: 'Headeren Formaal har ugyldig prosentkoding' });
    expect(lesFormaal('a%0Ab')).toEqual({ ok: false, feilmelding: 'Headeren Formaal kan ikke inneholde kontrolltegn' });
    expect(lesFormaal('x'.repeat(200))).toMatchObject({ ok: true });
    expect(lesFormaal('x'.repeat(201))).toEqual({ ok: false, feilmelding: 'Headeren Formaal kan ha høyst 200 tegn' });
  });
});
