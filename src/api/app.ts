import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import swagger from '@fastify/swagger';
import type { Db } from '../store/db.ts';
import { lesInnsynInnstillinger, type InnsynInnstillinger } from '../access/innsyn/index.ts';
import { Revisjonslogg } from '../access/revisjon/index.ts';
import { innsynRoutes } from './innsyn-routes.ts';
import { lesTilgangsinnstillinger, type Tilgangsinnstillinger } from '../access/tokens/innstillinger.ts';
import { startTilgang } from '../access/tokens/tilgang.ts';
import { tokenRoutes } from './token-routes.ts';
import { adminKonsumenterRoutes } from './admin-konsumenter-routes.ts';
import { lagIpTeller } from './ip-begrensning.ts';
import { konsumentApi } from './konsument/konsument-api.ts';
import { utviklingstokenRoutes } from './utviklingstoken-routes.ts';
import { brukFeilhaandtering } from './feil/feilhaandtering.ts';
import { helseRoutes } from './helse-routes.ts';
import { lagMetrikker } from './metrics.ts';
import { standardUttrekkInnstillinger, type UttrekkInnstillinger } from '../uttrekk/innstillinger.ts';
import { Uttrekksarbeider } from '../uttrekk/arbeider.ts';
import { startMottak, type Mottaksinnstillinger } from './mottak/start-mottak.ts';
import { startPush } from './push.ts';
import type { Pushinnstillinger } from '../access/push/innstillinger.ts';

export interface AppOptions {
  db: Db;
  logger?: boolean;
  innsyn?: InnsynInnstillinger;
  tilgang?: Tilgangsinnstillinger;
  klokke?: () => Date;
  /** The event feed's settings (default: a 36-month window). */
  hendelsesliste?: { oppbevaringMaaneder: number };
  /** Extract jobs (docs/uttrekk.md); the worker starts with the app unless `arbeider` is false. */
  uttrekk?: UttrekkInnstillinger;
  /** Producer intake: the message rules, the worker, identity allocation (docs/mottak.md). */
  mottak?: Mottaksinnstillinger;
  /** Push delivery and event streams (docs/push.md; default: on, https webhooks only). */
  push?: Pushinnstillinger;
}

/**
 * The one startup file that orders the plugins (STYLE.md §3): operator endpoints first, then each audience's API as a
 * sibling plugin with its own token check.
 */
export async function byggApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    // FREG clients call with trailing slashes (spec §1.1).
    routerOptions: { ignoreTrailingSlash: true },
    bodyLimit: 2 * 1024 * 1024,
    // Request ids go into the audit log, so they must be unique across restarts (the default counts from 1).
    genReqId: () => randomUUID(),
  }).withTypeProvider<TypeBoxTypeProvider>();
  brukFeilhaandtering(app);
  const metrikker = lagMetrikker();
  app.addHook('onResponse', async (request, reply) => {
    metrikker.httpForespoersler
      .labels(request.method, request.routeOptions.url ?? 'ukjent', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Folkeregister',
        description: "An open-source population register compatible with the public APIs of Norway's Folkeregister (FREG).",
        version: '0.1.0',
      },
    },
  });
  await app.register(helseRoutes(options.db, metrikker));
  const revisjonslogg = new Revisjonslogg(options.db);
  app.addHook('onClose', () => revisjonslogg.lukk());
  const tilgang = options.tilgang ?? lesTilgangsinnstillinger(process.env);
  const { verifier, utsteder } = await startTilgang(options.db, tilgang, options.klokke);
  if (utsteder) await app.register(tokenRoutes({ db: options.db, utsteder, klokkeslakkSekunder: tilgang.klokkeslakkSekunder, ...(options.klokke ? { naa: options.klokke } : {}) }));
  await app.register(adminKonsumenterRoutes({ db: options.db, verifier, adminNoekkel: tilgang.adminNoekkel, ...(options.klokke ? { naa: options.klokke } : {}) }));
  // One counter for every package, so an IP has one budget.
  const ipTeller = lagIpTeller(tilgang.ipGrense);
  const uttrekk = options.uttrekk ?? standardUttrekkInnstillinger;
  const uttrekksarbeider = uttrekk.arbeider
    ? new Uttrekksarbeider(options.db, uttrekk, options.klokke, (feil) => app.log.error({ err: feil }, 'uttrekk: en bolk feilet'))
    : undefined;
  const push = await startPush(app, options);
  await app.register(konsumentApi({
    db: options.db, verifier, revisjonslogg, ipTeller, ...push, ...(options.klokke ? { klokke: options.klokke } : {}),
    uttrekk: { innstillinger: uttrekk, ...(uttrekksarbeider ? { arbeider: uttrekksarbeider } : {}) },
    ...(options.hendelsesliste ? { feedOppbevaringMaaneder: options.hendelsesliste.oppbevaringMaaneder } : {}),
  }));
  if (uttrekksarbeider) {
    app.addHook('onReady', async () => uttrekksarbeider.start());
    // Finishes the range under way and hands the job's lease back, so the next start resumes it at once.
    app.addHook('onClose', () => uttrekksarbeider.stopp());
  }
  const innsyn = options.innsyn ?? lesInnsynInnstillinger({}, options.db.kind === 'pglite');
  await app.register(innsynRoutes({ db: options.db, ...(options.klokke ? { klokke: options.klokke } : {}), innstillinger: innsyn }));
  // The development consumer token is on only with the embedded store and its development login: never on a
  // PostgreSQL installation, whatever its settings say.
  if (innsyn.utviklingsinnlogging && options.db.kind === 'pglite') {
    await app.register(utviklingstokenRoutes({ db: options.db, tilgang, naa: options.klokke ?? (() => new Date()) }));
  }
  await startMottak(app, { db: options.db, verifier, innsyn, klokke: options.klokke ?? (() => new Date()), ...options.mottak });
  app.get('/openapi.json', { schema: { description: 'This API as an OpenAPI 3 document.' } }, async () => app.swagger());
  return app;
}
