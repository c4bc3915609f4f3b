import { describe, expect, it } from 'vitest';
import { osloTidspunkt } from '../../src/domain/tid.ts';

/** Norwegian wall time and offset straight from Intl, for every instant asked: the slow, plain reading. */
const tidssone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
function fasit(instant: Date): string {
  const p = Object.fromEntries(tidssone.formatToParts(instant).map((d) => [d.type, d.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName!.slice(3);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${String(instant.getTime() % 1000).padStart(3, '0')}${offset}`;
}

describe('Norwegian time', () => {
  it('writes every instant as Intl reads it, across the changes to and from summer time', () => {
    const avvik: string[] = [];
    const sjekk = (ms: number) => {
      const t = new Date(ms);
      if (osloTidspunkt(t) !== fasit(t)) avvik.push(`${t.toISOString()}: ${osloTidspunkt(t)} ≠ ${fasit(t)}`);
    };
    // Around each change of 2025 and 2026 (01:00 UTC), minute by minute, and a spread over 1960–2040.
    for (const skifte of ['2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      for (let m = -120; m <= 120; m++) sjekk(Date.parse(skifte) + m * 60_000 + 123);
    }
    for (let ms = Date.UTC(1960, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 3_600_000 * 97 + 60_001) sjekk(ms);
    expect(avvik.slice(0, 5)).toEqual([]);
    expect(osloTidspunkt(new Date('2026-07-01T10:00:00.005Z'))).toBe('2026-07-01T12:00:00.005+02:00');
    expect(osloTidspunkt(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24T00:30:00.000+01:00');
  });
});
