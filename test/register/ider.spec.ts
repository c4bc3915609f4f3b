import { describe, expect, it } from 'vitest';
import { nyTidsordnetId, tidsordnetId } from '../../src/register/ider.ts';

describe('document and event ids', () => {
  it('are 32 hex digits, ordered by the millisecond they were made in, random after it', () => {
    const a = tidsordnetId(Date.parse('2026-11-24T01:00:00Z'), 'f'.repeat(20));
    const b = tidsordnetId(Date.parse('2026-11-24T01:00:00.001Z'), '0'.repeat(20));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a < b).toBe(true);
    expect(a.slice(0, 12)).toBe(Date.parse('2026-11-24T01:00:00Z').toString(16).padStart(12, '0'));
    const ider = Array.from({ length: 2000 }, nyTidsordnetId);
    expect(new Set(ider).size).toBe(2000);
    for (const id of ider) expect(id).toMatch(/^[0-9a-f]{32}$/);
    // Made one after another, each is at or after the one before in its first 12 digits.
    for (let i = 1; i < ider.length; i++) expect(ider[i]!.slice(0, 12) >= ider[i - 1]!.slice(0, 12)).toBe(true);
  });
});
