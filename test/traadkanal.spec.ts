import { describe, expect, it } from 'vitest';
import { Traadkanal } from '../src/traadkanal.ts';

type Svar = { nr: number; dobbel: number };
const kanal = (fil: string) =>
  new Traadkanal<Svar>(new URL(`./fixtures/traader/${fil}`, import.meta.url), {}, 'The test thread', (s) => String(s.nr), () => undefined);

describe('a worker thread asked by key', () => {
  it('answers each question by its key, and closes', async () => {
    const t = kanal('ekko.ts');
    expect(await Promise.all([1, 2, 3].map((nr) => t.spoer(String(nr), { nr })))).toEqual([1, 2, 3].map((nr) => ({ nr, dobbel: nr * 2 })));
    await t.lukk({ slutt: true });
  });

  it('fails the open questions and every later one when the thread dies, and closes at once', async () => {
    const t = kanal('ekko.ts');
    await expect(t.spoer('1', { doe: true })).rejects.toThrow(/died on purpose|stopped/);
    await expect(t.spoer('2', { nr: 2 })).rejects.toThrow(/died on purpose|stopped/);
    await t.lukk({ slutt: true });
  });

  it('fails a question to a thread that never started, instead of leaving it unanswered', async () => {
    const t = kanal('doer-ved-start.ts');
    await expect(t.spoer('1', { nr: 1 })).rejects.toThrow(/no connection|stopped/);
    await t.lukk({ slutt: true });
  });
});
