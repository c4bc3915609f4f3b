import { describe, expect, expectTypeOf, it } from 'vitest';
import { Foedselsnummer, Folkeregisteridentifikator } from '../../../src/domain/identitetsnummer/index.ts';

describe('Folkeregisteridentifikator', () => {
  it('parses a valid number to the branded value and refuses the rest with a reason, never throwing', () => {
    const tolket = Folkeregisteridentifikator.parse('20036914700');
    expect(tolket).toMatchObject({ ok: true, value: '20036914700', klassifisering: { kjoenn: 'mann' } });
    if (tolket.ok) expectTypeOf(tolket.value).toEqualTypeOf<Folkeregisteridentifikator>();
    expect(Folkeregisteridentifikator.parse('20036914712')).toMatchObject({ ok: false, feil: 'Ugyldig kontrollsiffer' });
    expect(Folkeregisteridentifikator.parse(20036914700)).toEqual({ ok: false, feil: 'Må være en tekst med 11 siffer' });
    expect(Folkeregisteridentifikator.parse(undefined)).toMatchObject({ ok: false });
  });

  it('accepts D-numbers, which Foedselsnummer refuses', () => {
    expect(Folkeregisteridentifikator.is('55102499947')).toBe(true);
    expect(Foedselsnummer.is('55102499947')).toBe(false);
    expect(Foedselsnummer.parse('55102499947')).toMatchObject({ ok: false, feil: 'Er et D-nummer, ikke et fødselsnummer' });
    expect(Foedselsnummer.is('30908299902')).toBe(true);
  });

  it('lets a Foedselsnummer stand where a Folkeregisteridentifikator is wanted, not the other way round', () => {
    expectTypeOf<Foedselsnummer>().toExtend<Folkeregisteridentifikator>();
    expectTypeOf<Folkeregisteridentifikator>().not.toExtend<Foedselsnummer>();
    expectTypeOf<string>().not.toExtend<Folkeregisteridentifikator>();
  });
});
