import { once } from 'node:events';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { ServerResponse } from 'node:http';
import { lesFeedside } from '../../access/feed/les-feedside.ts';
import type { Oppbevaring } from '../../access/feed/oppbevaring.ts';
import type { Rettighetspakke } from '../../access/konsumenter/rettighetspakker.ts';
import type { Hendelsesvarsler } from '../../access/push/hendelsesvarsler.ts';
import type { Pushinnstillinger } from '../../access/push/innstillinger.ts';
import { bekreftKonsument } from '../../access/tokens/bekreft-tilgang.ts';
import { Tilgangsfeil } from '../../access/tokens/tilgangsfeil.ts';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import { feedsideJson } from '../../access/view/feedinnslag.ts';
import { sisteSekvensnummer } from '../../register/les-hendelser.ts';
import type { Db } from '../../store/db.ts';
import { feedStart } from './feed-start.ts';

export interface StroemRoutesOptions {
  readonly db: Db;
  readonly pakke: Rettighetspakke;
  readonly oppbevaring: Oppbevaring;
  readonly varsler: Hendelsesvarsler;
  readonly verifier: TokenVerifier;
  readonly innstillinger: Pushinnstillinger;
  readonly klokke: () => Date;
}

const StroemQuery = Type.Object({
  seq: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'First sequence number, inclusive (0 or 1: the oldest retained); without it and without Last-Event-ID, from the next event registered.' })),
});

/**
 * `hendelser/feed/stroem`: the package's feed as Server-Sent Events (WHATWG HTML §9.2), a service beyond FREG's. The
 * same entries as `hendelser/feed` (read through `lesFeedside`), each its own event with `id:` = sekvensnummer, so a
 * client that reconnects with `Last-Event-ID` resumes after the last one it got; then live as writes commit. Like the
 * feed, it writes no audit rows. The token is checked on connect and again at every heartbeat: once it has expired
 * (or access is revoked) the stream ends with an `avsluttet` event and the client reconnects with a new token.
 */
export function stroemRoutes(o: StroemRoutesOptions): FastifyPluginAsyncTypebox {
  return async (app) => {
    const aapne = new Set<AbortController>();
    app.addHook('preClose', async () => {
      for (const a of aapne) a.abort();
    });

    app.get('/hendelser/feed/stroem', {
      schema: {
        description: 'The event feed as text/event-stream: the entries from `seq` (or after `Last-Event-ID`), then live; a comment line as heartbeat. See docs/push.md.',
        querystring: StroemQuery,
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'The last sekvensnummer received; the stream resumes after it.' })) }),
      },
    }, async (request, reply) => {
      const sisteId = request.headers['last-event-id'];
      const seq = sisteId !== undefined ? Number(sisteId) + 1 : request.query.seq;
      let fra = seq === undefined ? (await sisteSekvensnummer(o.db)) + 1 : await feedStart(o.oppbevaring, seq);

      const lukk = new AbortController();
      aapne.add(lukk);
      reply.hijack();
      const res = reply.raw;
      res.on('close', () => lukk.abort());
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        // Proxies that buffer (nginx) would hold the events back.
        'x-accel-buffering': 'no',
      });
      const skriv = async (tekst: string) => {
        if (!res.write(tekst)) await once(res, 'drain', { signal: lukk.signal }).catch(() => {});
      };
      try {
        await skriv(`retry: ${o.innstillinger.pollMs}\n\n`);
        let hjerteslag = Date.now() + o.innstillinger.hjerteslagMs;
        while (!lukk.signal.aborted) {
          const generasjon = o.varsler.generasjon;
          const side = await lesFeedside(o.db, o.pakke, { fra });
          for (const innslag of feedsideJson(side.innslag)) {
            await skriv(`id: ${innslag.sekvensnummer}\nevent: hendelse\ndata: ${JSON.stringify(innslag)}\n\n`);
          }
          fra = side.neste;
          if (side.full) continue;
          if (Date.now() >= hjerteslag) {
            const avslutning = await tilgangIkkeLenger(request.headers.authorization);
            if (avslutning) {
              await skriv(`event: avsluttet\ndata: ${JSON.stringify(avslutning)}\n\n`);
              break;
            }
            await skriv(': hjerteslag\n\n');
            hjerteslag = Date.now() + o.innstillinger.hjerteslagMs;
          }
          await o.varsler.vent(Math.min(o.innstillinger.pollMs, Math.max(hjerteslag - Date.now(), 0)), generasjon, lukk.signal);
        }
      } catch (feil) {
        if (!lukk.signal.aborted) request.log.error({ err: feil }, 'event stream failed');
      } finally {
        aapne.delete(lukk);
        avslutt(res);
      }
    });

    /** The token and the grant, as on connect; the refusal's FREG body when they no longer hold. */
    async function tilgangIkkeLenger(authorization: string | undefined) {
      try {
        await bekreftKonsument(o.db, o.verifier, { authorization, rettighetspakke: o.pakke, naa: o.klokke() });
        return undefined;
      } catch (feil) {
        if (feil instanceof Tilgangsfeil) return feil.tilFeilmelding();
        throw feil;
      }
    }
  };
}

function avslutt(res: ServerResponse): void {
  if (!res.writableEnded) res.end();
}

