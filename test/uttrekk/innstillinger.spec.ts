import { describe, expect, it } from 'vitest';
import { bolkFor, lesUttrekkInnstillinger, standardUttrekkInnstillinger } from '../../src/uttrekk/innstillinger.ts';

describe('extract settings', () => {
  it('defaults to batches of 5000, 10 jobs per organisation, 7 days, a worker, FIN and EID on', () => {
    expect(lesUttrekkInnstillinger({})).toEqual(standardUttrekkInnstillinger);
    expect(standardUttrekkInnstillinger).toMatchObject({ batchstoerrelse: 5000, maksAktiveJobber: 10, levetidMs: 7 * 24 * 3_600_000, arbeider: true, tilpassetForFinansOgEid: true });
  });

  it('reads every variable, in its unit', () => {
    expect(lesUttrekkInnstillinger({
      FOLKEREGISTER_UTTREKK_BATCHSTOERRELSE: '100', FOLKEREGISTER_UTTREKK_BOLK: '50', FOLKEREGISTER_UTTREKK_MAKS_JOBBER: '3',
      FOLKEREGISTER_UTTREKK_LEVETID_TIMER: '24', FOLKEREGISTER_UTTREKK_POLL_MS: '200', FOLKEREGISTER_UTTREKK_LEIE_SEKUNDER: '30',
      FOLKEREGISTER_UTTREKK_ARBEIDER: 'false', FOLKEREGISTER_UTTREKK_FIN_EID: 'false',
    })).toEqual({ batchstoerrelse: 100, bolk: 50, maksAktiveJobber: 3, levetidMs: 86_400_000, pollMs: 200, leieMs: 30_000, arbeider: false, tilpassetForFinansOgEid: false });
  });

  it('refuses values a server must not start with', () => {
    expect(() => lesUttrekkInnstillinger({ FOLKEREGISTER_UTTREKK_BATCHSTOERRELSE: '0' })).toThrow('FOLKEREGISTER_UTTREKK_BATCHSTOERRELSE');
    expect(() => lesUttrekkInnstillinger({ FOLKEREGISTER_UTTREKK_MAKS_JOBBER: 'ti' })).toThrow('FOLKEREGISTER_UTTREKK_MAKS_JOBBER');
    expect(() => lesUttrekkInnstillinger({ FOLKEREGISTER_UTTREKK_ARBEIDER: 'ja' })).toThrow('FOLKEREGISTER_UTTREKK_ARBEIDER');
  });

  it('takes smaller ranges on PGlite, whose one connection waits for each, unless set', () => {
    expect(bolkFor({}, 'postgres')).toBe(10_000);
    expect(bolkFor({}, 'pglite')).toBe(1000);
    expect(bolkFor({ bolk: 7 }, 'pglite')).toBe(7);
  });
});
