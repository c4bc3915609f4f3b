import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { seedCommand } from '../../src/synth/seed-command.ts';
import { storeKinds, testDatabaseUrl } from '../support/stores.ts';

async function kjoer(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const kode = await seedCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { kode, out, err };
}

describe('seed command', () => {
  it('refuses a bad --antall, --batch or --traader with exit code 2 and the usage', async () => {
    for (const args of [['--antall', '0'], ['--antall', '10', '--batch', '0'], ['--antall', '10', '--traader', '-1'], ['--antall', '10', '--traader', 'to']]) {
      const { kode, err } = await kjoer(args);
      expect(kode).toBe(2);
      expect(err.join('\n')).toMatch(/Bruk: folkeregister seed --antall N .*--traader T/);
    }
  });

  describe.each(storeKinds.filter((k) => k === 'postgres'))('on %s', () => {
    const skjema = `seed_${randomBytes(4).toString('hex')}`;
    const miljoe = { ...process.env };
    afterEach(async () => {
      process.env = miljoe;
      const sql = postgres(await testDatabaseUrl(), { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop schema if exists "${skjema}" cascade`).catch(() => {});
      await sql.end();
    });

    it('seeds with the decider threads asked for and says so', async () => {
      process.env = { ...miljoe, DATABASE_URL: await testDatabaseUrl(), FOLKEREGISTER_DB_SCHEMA: skjema };
      const { kode, out } = await kjoer(['--antall', '200', '--traader', '2', '--batch', '100']);
      expect(kode).toBe(0);
      expect(out[0]).toMatch(/^Seeded 200 residents \(\d+ identities in all\) in [\d.]+ s: .*, decided in 2 threads\.$/);
      const [, hendelser] = /(\d+) events/.exec(out[1]!)!;
      const sql = postgres(await testDatabaseUrl(), { max: 1, onnotice: () => {} });
      try {
        const [rad] = await sql.unsafe(`select count(*)::int as n from "${skjema}".hendelse`);
        expect(rad!.n).toBe(Number(hendelser));
      } finally {
        await sql.end();
      }
    }, 120_000);
  });
});
