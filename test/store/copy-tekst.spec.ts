import { describe, expect, it } from 'vitest';
import { Copybytes, copyrad } from '../../src/store/copy-tekst.ts';

describe('COPY text rows', () => {
  it('separates columns with tabs, writes NULL as \\N and escapes what COPY would read as a control character', () => {
    expect(copyrad(['a', 1, null, undefined])).toBe('a\t1\t\\N\t\\N\n');
    expect(copyrad(['{"t":"si \\"hei\\""}'])).toBe('{"t":"si \\\\"hei\\\\""}\n');
    expect(copyrad(['x\ty\nz\r'])).toBe('x\\ty\\nz\\r\n');
    // Each alone, so that no one of them is found only because another is there.
    expect(['a\\', 'a\t', 'a\n', 'a\r'].map((t) => copyrad([t]))).toEqual(['a\\\\\n', 'a\\t\n', 'a\\n\n', 'a\\r\n']);
    // The same text twice: an escaping regex that kept state between calls would miss the second.
    expect(copyrad(['a\\b'])).toBe(copyrad(['a\\b']));
  });
});

describe('COPY rows written as bytes', () => {
  it('gives the UTF-8 of the joined rows, whatever the characters, across buffer growth', () => {
    // Latin-1, outside Latin-1 (Sámi, Polish), a surrogate pair, and rows long enough to outgrow the first buffer.
    const rader = [['Ørjan', 1, null], ['Áile Ŋuolja', 2, 'Łódź'], ['😀 a\tb', 3, 'x\ty'], ...Array.from({ length: 400 }, (_, i) => ['ø'.repeat(300 + i), i, 'ŋ'.repeat(i)])];
    const bytes = new Copybytes();
    for (const r of rader) bytes.rad(r);
    const ut = bytes.bytes();
    expect(Buffer.from(ut).equals(Buffer.from(rader.map((r) => copyrad(r)).join(''), 'utf8'))).toBe(true);
    // A buffer of its own, so a thread can be handed it without the rest of some larger allocation.
    expect(ut.byteOffset).toBe(0);
    expect(ut.buffer.byteLength).toBe(ut.byteLength);
  });
});
