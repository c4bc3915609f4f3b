import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Db } from '../store/db.ts';
import { sisteSekvensnummer } from '../register/les-hendelser.ts';
import type { Metrikker } from './metrics.ts';

/** Operator endpoints: liveness with a database round trip, and Prometheus metrics. */
export function helseRoutes(db: Db, metrikker: Metrikker): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/health',
      {
        schema: {
          description: '200 when the database answers, 503 when it does not.',
          response: {
            200: Type.Object({ status: Type.Literal('ok'), database: Type.String(), sisteSekvensnummer: Type.Number() }),
            503: Type.Object({ status: Type.Literal('feil'), database: Type.String() }),
          },
        },
      },
      async (_request, reply) => {
        try {
          const siste = await Promise.race([
            sisteSekvensnummer(db),
            new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
          ]);
          return { status: 'ok' as const, database: db.kind, sisteSekvensnummer: siste };
        } catch {
          return reply.code(503).send({ status: 'feil' as const, database: db.kind });
        }
      },
    );
    app.get('/metrics', async (_request, reply) => {
      reply.header('content-type', metrikker.registry.contentType);
      return metrikker.registry.metrics();
    });
  };
}
