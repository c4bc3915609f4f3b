import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { produsentscope } from '../../../src/access/produsenter/scopes.ts';
import { tildelRessurs } from '../../../src/access/produsenter/tilganger.ts';
import { JWT_BEARER } from '../../../src/access/tokens/jwt-bearer-grant.ts';
import { signerKlientAssertion } from '../../../src/access/tokens/klient-assertion.ts';
import { openPostgres } from '../../../src/store/postgres-db.ts';
import type { Db } from '../../../src/store/db.ts';
import { storeKinds, testDatabaseUrl } from '../../support/stores.ts';
import { registrerTestkonsument } from '../../access/tilgang/hjelpere.ts';
import { doedsfallXml, rekvisisjonXml } from './meldingsmaler.ts';
import { PRODUSENT, xmlFelt } from './mottak-oppsett.ts';

/**
 * Never lose an accepted message (DESIGN.md principle 8): the real `folkeregister serve` on PostgreSQL, messages sent
 * concurrently, the server killed with SIGKILL at random moments and restarted, producers resending what got no
 * answer. Afterwards every message answered 202 is processed exactly once (registered, or in a case), nothing is
 * processed twice, and the event log and the feedback feed are gap-free.
 */
describe.skipIf(!storeKinds.includes('postgres'))('mottak survives kill -9 (postgres)', () => {
  const schema = `krasj_${randomBytes(4).toString('hex')}`;
  const port = 20000 + Math.floor(Math.random() * 20000);
  const adresse = `http://127.0.0.1:${port}`;
  let prosess: ChildProcess | undefined;
  let db: Db | undefined;
  let utskrift = '';

  afterAll(async () => {
    prosess?.kill('SIGKILL');
    await db?.query(`drop schema if exists "${schema}" cascade`).catch(() => {});
    await db?.close();
  });

  async function start(): Promise<void> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      DATABASE_URL: await testDatabaseUrl(),
      FOLKEREGISTER_DB_SCHEMA: schema,
      FOLKEREGISTER_STARTPOPULASJON: '200',
      FOLKEREGISTER_ISSUER: `${adresse}/`,
      FOLKEREGISTER_TOKEN_LEVETID: '3600',
      FOLKEREGISTER_MELDINGSREGLER: fileURLToPath(new URL('./testregler-modul.ts', import.meta.url)),
    };
    prosess = spawn(process.execPath, ['bin/folkeregister.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    prosess.stdout!.on('data', (d: Buffer) => (utskrift += d.toString()));
    prosess.stderr!.on('data', (d: Buffer) => (utskrift += d.toString()));
    const frist = Date.now() + 240_000;
    while (Date.now() < frist) {
      await new Promise((r) => setTimeout(r, 300));
      if ((await fetch(`${adresse}/health`).catch(() => undefined))?.status === 200) return;
    }
    throw new Error(`serve did not start:\n${utskrift.slice(-2000)}`);
  }

  function drep(): Promise<void> {
    const p = prosess!;
    return new Promise((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
  }

  it('every 202 is processed exactly once across crashes; the log and the feedback feed have no gaps', async () => {
    await start();
    db = await openPostgres(await testDatabaseUrl(), { schema, max: 2 });
    const klient = await registrerTestkonsument(db, PRODUSENT, []);
    for (const r of ['doedsfall_v1', 'rekvisisjon_av_dnummer_v5'] as const) await tildelRessurs(db, PRODUSENT, r);
    const assertion = await signerKlientAssertion(klient.privatJwk, {
      klientId: klient.klientId, issuer: `${adresse}/`, scopes: [produsentscope('doedsfall_v1'), produsentscope('rekvisisjon_av_dnummer_v5')], naa: new Date(),
    });
    const tokensvar = await fetch(`${adresse}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }) });
    const token = ((await tokensvar.json()) as { access_token: string }).access_token;
    const levende = (await db.query<{ nummer: string }>(
      `select p.folkeregisteridentifikator as nummer from person p join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
        where d.dokument->'status'->0->>'status' = 'bosatt' order by p.person_id limit 80`,
    )).map((r) => r.nummer);
    expect(levende.length).toBe(80);

    // Each message once in this list; a producer resends whatever got no 202 until it does.
    const meldinger = [
      ...levende.map((fnr, i) => ({ id: `doed-${i}`, ressurs: 'doedsfall_v1', xml: doedsfallXml({ id: `doed-${i}`, fnr }) })),
      ...Array.from({ length: 40 }, (_, i) => ({ id: `dnr-${i}`, ressurs: 'rekvisisjon_av_dnummer_v5', xml: rekvisisjonXml({ id: `dnr-${i}`, etternavn: `Krasj${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}${'abcdefghij'[Math.floor(i / 26)]}` }) })),
    ];
    const kvittert = new Map<string, string>();
    let avbrutt = 0;
    const send = async (m: (typeof meldinger)[number]) => {
      const svar = await fetch(`${adresse}/folkeregisteret/mottak/api/${m.ressurs}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml', accept: 'application/xml' },
        body: m.xml,
      }).catch(() => undefined);
      if (svar?.status !== 202) {
        avbrutt++;
        return;
      }
      const referanse = xmlFelt(await svar.text(), 'folkeregisterReferanse')!;
      const tidligere = kvittert.get(m.id);
      // A resend of an accepted message is answered with the same reference, before and after a crash.
      if (tidligere) expect(referanse).toBe(tidligere);
      kvittert.set(m.id, referanse);
    };

    for (let runde = 0; runde < 4; runde++) {
      const ventende = meldinger.filter((m) => !kvittert.has(m.id) || Math.random() < 0.1);
      const avsendere = Array.from({ length: 8 }, async (_, a) => {
        for (let i = a; i < ventende.length; i += 8) await send(ventende[i]!);
      });
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 1500));
      await drep();
      await Promise.all(avsendere);
      await start();
    }
    for (const m of meldinger.filter((m) => !kvittert.has(m.id))) await send(m);
    expect(kvittert.size).toBe(meldinger.length);
    // The kills did land in the middle of the traffic.
    expect(avbrutt).toBeGreaterThan(0);

    // Let the worker drain the queue.
    const frist = Date.now() + 120_000;
    for (;;) {
      const [rad] = await db.query<{ n: number }>(`select count(*)::int as n from melding where tilstand = 'mottatt'`);
      if (rad!.n === 0) break;
      if (Date.now() > frist) throw new Error('the worker did not finish');
      await new Promise((r) => setTimeout(r, 300));
    }

    const rader = await db.query<{ id: string; referanse: string; tilstand: string; saker: number; utfall: string | null }>(
      `select m.avsenders_meldingsidentifikator as id, m.folkeregister_referanse::text as referanse, m.tilstand,
              (select count(*)::int from sak s where s.melding_id = m.id) as saker,
              (select s.utfall from sak s where s.melding_id = m.id) as utfall
         from melding m where m.produsent = $1`,
      [PRODUSENT],
    );
    expect(rader).toHaveLength(meldinger.length);
    for (const r of rader) {
      expect(kvittert.get(r.id)).toBe(r.referanse);
      expect([r.tilstand, r.saker]).toEqual(['behandlet', 1]);
    }
    // Deaths of living persons are plain: each registered exactly once, one event each.
    const ikkeRegistrert = await db.query<{ id: string; begrunnelser: unknown }>(
      `select m.avsenders_meldingsidentifikator as id, s.begrunnelser from sak s join melding m on m.id = s.melding_id
        where m.avsenders_meldingsidentifikator like 'doed-%' and s.utfall is distinct from 'registrert'`,
    );
    expect(ikkeRegistrert).toEqual([]);
    const doedsfall = await db.query<{ nummer: string; n: number }>(
      `select folkeregisteridentifikator as nummer, count(*)::int as n from hendelse where hendelsestype = 'personErDoed' group by 1`,
    );
    expect(levende.map((n) => doedsfall.find((d) => d.nummer === n)?.n)).toEqual(levende.map(() => 1));
    const dNumre = await db.query<{ n: number }>(
      `select count(*)::int as n from person p join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
        where d.dokument->'navn'->0->>'etternavn' like 'Krasj%'`,
    );
    expect(dNumre[0]!.n).toBe(40);

    const [logg] = await db.query<{ n: number; minst: number; stoerst: number; siste: number }>(
      `select count(*)::int as n, min(sekvensnummer)::int as minst, max(sekvensnummer)::int as stoerst,
              (select siste::int from sekvens) as siste from hendelse`,
    );
    expect(logg).toEqual({ n: logg!.stoerst, minst: 1, stoerst: logg!.siste, siste: logg!.siste });
    const [feed] = await db.query<{ n: number; stoerst: number; saker: number }>(
      `select count(*)::int as n, max(sekvensnummer)::int as stoerst, count(distinct saksnummer)::int as saker from tilbakemelding`,
    );
    expect(feed).toEqual({ n: feed!.stoerst, stoerst: feed!.stoerst, saker: meldinger.length });
  }, 1_200_000);
});
