import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Organisasjonsnummer } from '../access/konsumenter/organisasjonsnummer.ts';
import { finnRettighetspakkeForScope, type Rettighetspakke } from '../access/konsumenter/rettighetspakker.ts';
import { ADMIN_SCOPE, delScope } from '../access/tokens/access-token.ts';
import { SAKSBEHANDLING_SCOPE } from '../access/produsenter/scopes.ts';
import type { Tilgangsinnstillinger } from '../access/tokens/innstillinger.ts';
import { OAuthFeil } from '../access/tokens/oauth-feil.ts';
import { utstedUtviklingstoken } from '../access/tokens/utviklingstoken.ts';
import type { Db } from '../store/db.ts';

/**
 * Development only (on with the embedded default store): `GET /dev/token?scope=…&org=…` gives a consumer token
 * through the real grant, so a developer can try the API while the server holds PGlite's folder, which the
 * `folkeregister token` command cannot open at the same time.
 */
export function utviklingstokenRoutes(o: { db: Db; tilgang: Tilgangsinnstillinger; naa: () => Date }): FastifyPluginAsyncTypebox {
  return async (app) => {
    const innebygd = o.tilgang.innebygdUtsteder;
    if (!innebygd) return;
    app.get('/dev/token', {
      schema: {
        description: 'Development: an access token from the embedded token service for a development client (real grant).',
        querystring: Type.Object({
          scope: Type.Array(Type.String({ maxLength: 200 }), { minItems: 1, maxItems: 10 }),
          org: Type.String({ pattern: '^\\d{9}$' }),
          leverandoer: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
        }),
      },
    }, async (request, reply) => {
      const scopes = [...new Set(request.query.scope.flatMap(delScope))];
      // Consumer and producer scopes only: administration and case work are never handed out without authentication.
      const forbudt = scopes.find((s) => s === ADMIN_SCOPE || s === SAKSBEHANDLING_SCOPE);
      if (forbudt) return reply.code(400).send({ error: 'invalid_scope', error_description: `${forbudt} utstedes ikke her` });
      const pakker = scopes.map(finnRettighetspakkeForScope).filter((p): p is Rettighetspakke => p !== undefined);
      try {
        return await utstedUtviklingstoken(o.db, innebygd, o.tilgang.klokkeslakkSekunder, {
          scopes,
          pakker,
          organisasjonsnummer: Organisasjonsnummer.parse(request.query.org)!,
          leverandoer: request.query.leverandoer === undefined ? undefined : Organisasjonsnummer.parse(request.query.leverandoer),
          naa: o.naa,
        });
      } catch (error) {
        if (error instanceof OAuthFeil) return reply.code(400).send({ error: error.error, error_description: error.message });
        throw error;
      }
    });
  };
}
