import type { FastifyPluginAsync } from 'fastify';
import { bekreftAdministrator, type Administrator } from '../access/tokens/bekreft-tilgang.ts';
import { Tilgangsfeil } from '../access/tokens/tilgangsfeil.ts';
import type { TokenVerifier } from '../access/tokens/token-verifier.ts';
import type { Queryable } from '../store/db.ts';
import { iForeldrekontekst } from './i-foreldrekontekst.ts';
import { sendTilgangsfeil } from './tilgangsfeil-svar.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who administers; set by `adminTilgang` on every route of the plugin that registered it. */
    administrator: Administrator;
  }
}

export interface AdminTilgangOptions {
  readonly db: Queryable;
  readonly verifier: TokenVerifier;
  /** The static admin key (`FOLKEREGISTER_ADMIN_NOEKKEL`), when configured. */
  readonly adminNoekkel?: string | undefined;
  readonly naa?: () => Date;
}

/** The admin API's check, registered by an admin route plugin for itself (STYLE.md §3). */
export function adminTilgang(options: AdminTilgangOptions): FastifyPluginAsync {
  const naa = options.naa ?? (() => new Date());
  return iForeldrekontekst('adminTilgang', async (app) => {
    // Null until the hook below sets it; every route of this context runs the hook first (Fastify docs, Decorators).
    if (!app.hasRequestDecorator('administrator')) app.decorateRequest('administrator', null as never);
    app.addHook('onRequest', async (request, reply) => {
      try {
        request.administrator = await bekreftAdministrator(options.db, options.verifier, {
          authorization: request.headers.authorization,
          adminNoekkel: options.adminNoekkel,
          naa: naa(),
        });
      } catch (feil) {
        if (feil instanceof Tilgangsfeil) return sendTilgangsfeil(request, reply, feil);
        throw feil;
      }
    });
  });
}
