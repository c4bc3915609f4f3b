import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laasPgliteMappe, PgliteMappeIBruk } from '../../src/store/pglite-laas.ts';

describe('the PGlite folder lock', () => {
  let mappe: string;
  afterEach(() => rm(mappe, { recursive: true, force: true }));

  it('refuses a second opener while the owner lives, and takes over a dead owner\'s lock', async () => {
    mappe = await mkdtemp(join(tmpdir(), 'laas-'));
    const data = join(mappe, 'pglite');
    await writeFile(`${data}.lock`, String(process.ppid));
    expect(() => laasPgliteMappe(data)).toThrow(PgliteMappeIBruk);
    await writeFile(`${data}.lock`, '999999999');
    const frigi = laasPgliteMappe(data);
    frigi();
    laasPgliteMappe(data)();
  });
});
