import type { FastifyPluginAsync } from 'fastify';
import { finnRettighetspakkeForSti } from '../access/konsumenter/rettighetspakker.ts';
import { bekreftKonsument, type Konsument } from '../access/tokens/bekreft-tilgang.ts';
import { Tilgangsfeil } from '../access/tokens/tilgangsfeil.ts';
import type { TokenVerifier } from '../access/tokens/token-verifier.ts';
import type { Queryable } from '../store/db.ts';
import { iForeldrekontekst } from './i-foreldrekontekst.ts';
import { sendTilgangsfeil } from './tilgangsfeil-svar.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** What the token proved; set by `konsumentTilgang` on every route of the plugin that registered it. */
    konsument: Konsument;
  }
}

export interface KonsumentTilgangOptions {
  readonly db: Queryable;
  readonly verifier: TokenVerifier;
  readonly naa?: () => Date;
}

/**
 * The consumer API's token check, registered by the consumer route plugin for itself:
 * `await app.register(konsumentTilgang({ db, verifier }))`. The package comes from the route's path prefix (spec §1.1),
 * so a token for one package never opens another's URLs. Runs `onRequest`, before a bulk body is even read.
 */
export function konsumentTilgang(options: KonsumentTilgangOptions): FastifyPluginAsync {
  const naa = options.naa ?? (() => new Date());
  return iForeldrekontekst('konsumentTilgang', async (app) => {
    // Null until the hook below sets it; every route of this context runs the hook first (Fastify docs, Decorators).
    if (!app.hasRequestDecorator('konsument')) app.decorateRequest('konsument', null as never);
    app.addHook('onRequest', async (request, reply) => {
      const rute = request.routeOptions.url ?? request.url;
      const rettighetspakke = finnRettighetspakkeForSti(rute);
      // A wiring fault, not the caller's: the route was registered outside every package's prefix.
      if (!rettighetspakke) throw new Error(`konsumentTilgang på en rute uten rettighetspakke: ${rute}`);
      try {
        request.konsument = await bekreftKonsument(options.db, options.verifier, {
          authorization: request.headers.authorization,
          rettighetspakke,
          naa: naa(),
        });
      } catch (feil) {
        if (feil instanceof Tilgangsfeil) return sendTilgangsfeil(request, reply, feil);
        throw feil;
      }
    });
  });
}
