import type { FastifyPluginAsync } from 'fastify';
import { TooManyRequests } from '../access/tokens/tilgangsfeil.ts';
import { iForeldrekontekst } from './i-foreldrekontekst.ts';
import { sendTilgangsfeil } from './tilgangsfeil-svar.ts';

export type Telling = { readonly tillatt: true } | { readonly tillatt: false; readonly ventSekunder: number };

export interface IpTeller {
  tell(ip: string, naaMs: number): Telling;
}

/**
 * FREG's throttle: a number of requests per source IP per window (production 60 000 a minute, spec §9). A fixed
 * window: one counter per IP, all dropped when the window turns, so memory is bounded by the IPs seen in one window.
 * A burst of up to twice the limit across a window edge is accepted; FREG's published figure is per minute, not a
 * sliding rate.
 *
 * NOTE: the count lives in this process. Several instances behind one address each count alone, so together they
 * allow the limit times the number of instances; a shared limit needs a shared store (docs/tilgang.md).
 */
export function lagIpTeller(grense: { antall: number; vinduSekunder: number }): IpTeller {
  const vinduMs = grense.vinduSekunder * 1000;
  let vindu = -1;
  let tellere = new Map<string, number>();
  return {
    tell(ip, naaMs) {
      const detteVinduet = Math.floor(naaMs / vinduMs);
      if (detteVinduet !== vindu) {
        vindu = detteVinduet;
        tellere = new Map();
      }
      const antall = (tellere.get(ip) ?? 0) + 1;
      tellere.set(ip, antall);
      if (antall <= grense.antall) return { tillatt: true };
      return { tillatt: false, ventSekunder: Math.max(1, Math.ceil(((detteVinduet + 1) * vinduMs - naaMs) / 1000)) };
    },
  };
}

/**
 * Answers 429 with `Retry-After` in seconds (RFC 9110 §10.2.3; FREG's docs say milliseconds, but clients such as
 * SSB's parse seconds, spec §11.6) in FREG's error body. Pass one `IpTeller` to every consumer plugin so an IP has
 * one budget, and register this before the token check, so a flood costs no signature checks or queries.
 * `request.ip` is the peer unless Fastify's `trustProxy` is set for a proxy in front.
 */
export function ipBegrensning(teller: IpTeller, naaMs: () => number = Date.now): FastifyPluginAsync {
  return iForeldrekontekst('ipBegrensning', async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      const telling = teller.tell(request.ip, naaMs());
      if (telling.tillatt) return;
      reply.header('retry-after', String(telling.ventSekunder));
      return sendTilgangsfeil(request, reply, new TooManyRequests(telling.ventSekunder));
    });
  });
}
