import { describe, expect, it } from 'vitest';
import { copyrad } from '../../src/store/copy-tekst.ts';

describe('COPY text rows', () => {
  it('separates columns with tabs, writes NULL as \\N and escapes what COPY would read as a control character', () => {
    expect(copyrad(['a', 1, null, undefined])).toBe('a\t1\t\\N\t\\N\n');
    expect(copyrad(['{"t":"si \\"hei\\""}'])).toBe('{"t":"si \\\\"hei\\\\""}\n');
    expect(copyrad(['x\ty\nz\r'])).toBe('x\\ty\\nz\\r\n');
    // The same text twice: an escaping regex that kept state between calls would miss the second.
    expect(copyrad(['a\\b'])).toBe(copyrad(['a\\b']));
  });
});
