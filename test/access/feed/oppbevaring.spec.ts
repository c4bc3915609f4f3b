import { describe, expect, it } from 'vitest';
import { oppbevaringsgrense } from '../../../src/access/feed/oppbevaring.ts';
import { lesHendelseslisteinnstillinger, readSettings } from '../../../src/config.ts';

describe("the feed's retention window", () => {
  it('reaches back whole calendar months', () => {
    expect(oppbevaringsgrense(new Date('2026-11-23T12:00:00Z'), 36).toISOString()).toBe('2023-11-23T12:00:00.000Z');
    expect(oppbevaringsgrense(new Date('2026-03-01T00:00:00Z'), 1).toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('is 36 months unless FOLKEREGISTER_FEED_OPPBEVARING_MAANEDER says otherwise, and refuses nonsense', () => {
    expect(readSettings({}).hendelsesliste).toEqual({ oppbevaringMaaneder: 36 });
    expect(lesHendelseslisteinnstillinger({ FOLKEREGISTER_FEED_OPPBEVARING_MAANEDER: '12' })).toEqual({ oppbevaringMaaneder: 12 });
    for (const feil of ['0', '-3', '1.5', 'tre']) {
      expect(() => lesHendelseslisteinnstillinger({ FOLKEREGISTER_FEED_OPPBEVARING_MAANEDER: feil })).toThrow(/FOLKEREGISTER_FEED_OPPBEVARING_MAANEDER/);
    }
  });
});
