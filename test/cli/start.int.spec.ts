import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { storeKinds, testDatabaseUrl } from '../support/stores.ts';

/** `npm start` as a new user runs it: the real command in a process of its own, answering /health. */
describe.each(storeKinds)('folkeregister serve on %s', (kind) => {
  let prosess: ChildProcess | undefined;
  let mappe: string | undefined;
  let schema: string | undefined;
  // Cleaned up whether the test passed or not, so a failed run leaves no schema behind on the shared server.
  afterEach(async () => {
    prosess?.kill('SIGTERM');
    if (mappe) await rm(mappe, { recursive: true, force: true });
    if (schema) {
      const { default: postgres } = await import('postgres');
      const sql = postgres(await testDatabaseUrl(), { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop schema if exists "${schema}" cascade`).catch(() => {});
      await sql.end();
    }
  });

  it('creates, migrates and seeds an empty register, prints where to look, and answers /health with 200', async () => {
    mappe = await mkdtemp(join(tmpdir(), 'folkeregister-start-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      FOLKEREGISTER_DATA_DIR: join(mappe, 'pglite'),
      FOLKEREGISTER_STARTPOPULASJON: '300',
      ...(kind === 'postgres' ? { DATABASE_URL: await testDatabaseUrl(), FOLKEREGISTER_DB_SCHEMA: (schema = `start_${randomBytes(4).toString('hex')}`) } : {}),
    };
    if (kind === 'pglite') delete env.DATABASE_URL;
    prosess = spawn(process.execPath, ['bin/folkeregister.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let utskrift = '';
    prosess.stdout!.on('data', (d: Buffer) => (utskrift += d.toString()));
    prosess.stderr!.on('data', (d: Buffer) => (utskrift += d.toString()));
    const frist = Date.now() + 60_000;
    let helse: Response | undefined;
    while (Date.now() < frist && !helse) {
      await new Promise((r) => setTimeout(r, 500));
      helse = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    }
    expect(helse?.status, utskrift).toBe(200);
    const kropp = (await helse!.json()) as { status: string; sisteSekvensnummer: number };
    expect(kropp.status).toBe('ok');
    expect(kropp.sisteSekvensnummer).toBeGreaterThan(300);
    expect(utskrift).toContain('Seeded a synthetic population of 300 persons');
    // The server answers as soon as it listens, and prints where to look just after: give the print a moment.
    for (const slutt = Date.now() + 5_000; !utskrift.includes(`/health`) && Date.now() < slutt; ) await new Promise((r) => setTimeout(r, 50));
    expect(utskrift).toContain(`http://127.0.0.1:${port}/health`);
  }, 90_000);
});
