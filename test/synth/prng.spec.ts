import { describe, expect, it } from 'vitest';
import { Prng } from '../../src/synth/prng.ts';

describe('the seeded random stream', () => {
  it('writes ids as eight hex digits a word, leading zeros kept', () => {
    const a = Prng.fra('hex');
    const b = Prng.fra('hex');
    const ord = () => Math.floor(b.neste() * 4294967296).toString(16).padStart(8, '0');
    const ulike: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const id = a.hex(2);
      if (id !== ord() + ord()) ulike.push(id);
    }
    expect(ulike).toEqual([]);
    expect(Prng.fra('hex').hex()).toMatch(/^[0-9a-f]{32}$/);
  });
});
