import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { bekreftProdusent, bekreftSaksbehandler, type Produsent, type Saksbehandler } from '../../access/tokens/bekreft-produsent.ts';
import { Tilgangsfeil } from '../../access/tokens/tilgangsfeil.ts';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import type { Ressurs } from '../../intake/kontrakt.ts';
import type { Queryable } from '../../store/db.ts';
import { iForeldrekontekst } from '../i-foreldrekontekst.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `produsentTilgang` on every route of the plugin that registered it. */
    produsent: Produsent;
    /** Set by `saksbehandlerTilgang` on every route of the plugin that registered it. */
    saksbehandler: Saksbehandler;
  }
  interface FastifyContextConfig {
    /** The resource a producer route receives; absent on the feedback feed, which any producer scope opens. */
    ressurs?: Ressurs;
  }
}

export interface Tilgangsoppsett {
  readonly db: Queryable;
  readonly verifier: TokenVerifier;
  readonly naa?: (() => Date) | undefined;
  /** Renders a refusal (the producer API in XML, the others in JSON). */
  readonly avvis: (request: FastifyRequest, reply: FastifyReply, feil: Tilgangsfeil) => FastifyReply;
}

/** The producer API's token check: the route's resource scope (`config.ressurs`) and the registry's grant. */
export function produsentTilgang(o: Tilgangsoppsett): FastifyPluginAsync {
  const naa = o.naa ?? (() => new Date());
  return iForeldrekontekst('produsentTilgang', async (app) => {
    if (!app.hasRequestDecorator('produsent')) app.decorateRequest('produsent', null as never);
    app.addHook('onRequest', async (request, reply) => {
      try {
        request.produsent = await bekreftProdusent(o.db, o.verifier, {
          authorization: request.headers.authorization,
          ressurs: request.routeOptions.config.ressurs,
          naa: naa(),
        });
      } catch (feil) {
        if (feil instanceof Tilgangsfeil) return o.avvis(request, reply, feil);
        throw feil;
      }
    });
  });
}

/** The case API's token check: `folkeregister:saksbehandling`, the register authority, a named case worker. */
export function saksbehandlerTilgang(o: Tilgangsoppsett): FastifyPluginAsync {
  const naa = o.naa ?? (() => new Date());
  return iForeldrekontekst('saksbehandlerTilgang', async (app) => {
    if (!app.hasRequestDecorator('saksbehandler')) app.decorateRequest('saksbehandler', null as never);
    app.addHook('onRequest', async (request, reply) => {
      try {
        request.saksbehandler = await bekreftSaksbehandler(o.db, o.verifier, { authorization: request.headers.authorization, naa: naa() });
      } catch (feil) {
        if (feil instanceof Tilgangsfeil) return o.avvis(request, reply, feil);
        throw feil;
      }
    });
  });
}
