import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Oppbevaring } from '../../access/feed/oppbevaring.ts';
import type { Rettighetspakke } from '../../access/konsumenter/rettighetspakker.ts';
import {
  finnAbonnement, finnAbonnementer, flyttAbonnement, opprettAbonnement, slettAbonnement, type Abonnement, type Eier,
} from '../../access/push/abonnement.ts';
import type { Hendelsesvarsler } from '../../access/push/hendelsesvarsler.ts';
import type { Pushinnstillinger } from '../../access/push/innstillinger.ts';
import { nyHemmelighet } from '../../access/push/signatur.ts';
import { lesWebhookUrl } from '../../access/push/webhook-url.ts';
import { endringIPerson } from '../../access/view/feedinnslag.ts';
import { Hendelsestype } from '../../domain/persondokument/kodeverk.ts';
import { sisteSekvensnummer } from '../../register/les-hendelser.ts';
import type { Db } from '../../store/db.ts';
import { ApiFeil } from '../feil/katalog.ts';
import { feedStart } from './feed-start.ts';
import { hendelsestjenester } from './hendelser-routes.ts';

export interface AbonnementRoutesOptions {
  readonly db: Db;
  readonly pakke: Rettighetspakke;
  readonly oppbevaring: Oppbevaring;
  readonly varsler: Hendelsesvarsler;
  readonly innstillinger: Pushinnstillinger;
}

const seq = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Sequence number; 0 or 1 mean the oldest retained event (as the feed).' });
const hendelsestyper = Type.Array(Type.Union([...Object.values(Hendelsestype), endringIPerson].map((t) => Type.Literal(t))), {
  minItems: 1, maxItems: 100, uniqueItems: true,
  description: "Only these `hendelsetype`s, as the package's feed names them (so only `endringIPerson` for PRI and PRE).",
});
const kommunenummer = Type.String({ pattern: '^[0-9]{4}$', description: 'Only persons living in, or moving out of, this municipality (as `hendelser/feed/tilpasset`; only where the package has it).' });
const antall = Type.Integer({ minimum: 1, maximum: 1000, description: 'Entries per delivery at most (default 1000, the feed page).' });

const NyttAbonnement = Type.Object({
  webhook: Type.String({ maxLength: 2048, description: 'Where deliveries are POSTed: https, or http to loopback (or anywhere if the operator allows).' }),
  hendelsestyper: Type.Optional(hendelsestyper),
  kommunenummer: Type.Optional(kommunenummer),
  antall: Type.Optional(antall),
  seq: Type.Optional({ ...seq, description: 'First sequence number to deliver; without it, the next event to be registered.' }),
}, { additionalProperties: false });

const tid = Type.String({ format: 'date-time' });
const AbonnementSchema = Type.Object({
  id: Type.String(),
  webhook: Type.String(),
  hendelsestyper: Type.Optional(Type.Array(Type.String())),
  kommunenummer: Type.Optional(Type.String()),
  antall: Type.Integer(),
  seq: Type.Integer({ description: 'The next sequence number to deliver: everything before it was acknowledged with 2xx (or filtered out).' }),
  opprettet: tid,
  forsoek: Type.Integer({ description: 'Failed attempts in a row; 0 after a delivery.' }),
  nesteForsoek: Type.String({ format: 'date-time', description: 'Not before this the next attempt is made.' }),
  sisteForsoek: Type.Optional(tid),
  sisteFeil: Type.Optional(Type.String({ description: 'Why the latest failed attempt failed, or why delivery is stopped.' })),
  sistLevert: Type.Optional(tid),
}, { title: 'Abonnement' });
const OpprettetSchema = Type.Composite([AbonnementSchema, Type.Object({
  hemmelighet: Type.String({ description: 'The signing secret, shown this once (docs/push.md "Verifying a delivery").' }),
})], { title: 'OpprettetAbonnement' });
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const sti = '/hendelser/abonnementer';

/**
 * Push subscriptions of the package's event feed (docs/push.md), a service beyond FREG's: the organisation of the
 * token owns what it makes under this package; another organisation, or the same under another package, finds
 * nothing (404). The deliverer (`src/access/push/pushlevering.ts`) does the rest.
 */
export function abonnementRoutes(o: AbonnementRoutesOptions): FastifyPluginAsyncTypebox {
  const tilpasset = hendelsestjenester[o.pakke].tilpasset;
  return async (app) => {
    const eier = (request: { konsument: { organisasjonsnummer: string } }): Eier => ({ organisasjonsnummer: request.konsument.organisasjonsnummer, rettighetspakke: o.pakke });
    const funnet = (a: Abonnement | undefined): Abonnement => {
      if (!a) throw new ApiFeil('abonnementIkkeFunnet');
      return a;
    };

    app.post(sti, {
      schema: { description: 'Subscribes a webhook to the feed: the answer holds the signing secret, once.', body: NyttAbonnement, response: { 201: OpprettetSchema } },
    }, async (request, reply) => {
      const b = request.body;
      const webhook = lesWebhookUrl(b.webhook, o.innstillinger);
      if (!webhook.ok) throw new ApiFeil('ugyldigForespoersel', webhook.grunn);
      // The municipality filter says where a person lives: only for packages whose feed offers it (spec §3.2).
      if (b.kommunenummer && !tilpasset) throw new ApiFeil('ugyldigForespoersel', 'kommunenummer er ikke tilgjengelig for rettighetspakken');
      const start = b.seq === undefined ? (await sisteSekvensnummer(o.db)) + 1 : await feedStart(o.oppbevaring, b.seq);
      const hemmelighet = nyHemmelighet();
      const { leverandoer } = request.konsument;
      const a = await opprettAbonnement(o.db, eier(request), {
        webhook: webhook.url, hemmelighet, antall: b.antall ?? 1000, seq: start,
        ...(leverandoer ? { leverandoer } : {}),
        ...(b.hendelsestyper ? { hendelsestyper: b.hendelsestyper } : {}),
        ...(b.kommunenummer ? { kommunenummer: b.kommunenummer } : {}),
      }, o.innstillinger.maksAbonnementer);
      if (!a) throw new ApiFeil('ugyldigForespoersel', `høyst ${o.innstillinger.maksAbonnementer} abonnementer per rettighetspakke`);
      o.varsler.vekk();
      return reply.code(201).header('location', `${request.url.replace(/\/$/, '')}/${a.id}`).send({ ...a, hemmelighet });
    });

    app.get(sti, {
      schema: { description: "The organisation's subscriptions under this package.", response: { 200: Type.Array(AbonnementSchema) } },
    }, async (request) => finnAbonnementer(o.db, eier(request)));

    app.get(`${sti}/:id`, {
      schema: { description: 'One subscription with its cursor and its latest attempt and error.', params: IdParams, response: { 200: AbonnementSchema } },
    }, async (request) => funnet(await finnAbonnement(o.db, eier(request), request.params.id)));

    app.delete(`${sti}/:id`, {
      schema: { description: 'Ends a subscription; a delivery in flight may still arrive.', params: IdParams, response: { 204: Type.Null() } },
    }, async (request, reply) => {
      if (!(await slettAbonnement(o.db, eier(request), request.params.id))) throw new ApiFeil('abonnementIkkeFunnet');
      return reply.code(204).send(null);
    });

    app.put(`${sti}/:id/seq`, {
      schema: {
        description: 'Moves the cursor: back to have entries delivered again, or forward to skip them. Delivery resumes at once.',
        params: IdParams,
        body: Type.Object({ seq }, { additionalProperties: false }),
        response: { 200: AbonnementSchema },
      },
    }, async (request) => {
      const start = await feedStart(o.oppbevaring, request.body.seq);
      const a = funnet(await flyttAbonnement(o.db, eier(request), request.params.id, start));
      o.varsler.vekk();
      return a;
    });
  };
}
