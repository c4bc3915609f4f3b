import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import { tilbakemeldingsfeedXml } from '../../intake/mottak/tilbakemelding-xml.ts';
import { lesTilbakemeldinger, type LagretTilbakemelding } from '../../intake/mottak/tilbakemeldinger.ts';
import type { Db } from '../../store/db.ts';
import { velgSvarformat } from '../konsument/svarformat.ts';
import { sendTilgangsfeil } from '../tilgangsfeil-svar.ts';
import { produsentTilgang } from './produsent-tilgang.ts';

export interface TilbakemeldingRoutesOptions {
  readonly db: Db;
  readonly verifier: TokenVerifier;
  readonly klokke: () => Date;
}

const Hendelse = Type.Object(
  {
    title: Type.String(),
    id: Type.String({ description: 'The feed sequence number of the event; pass it as seq to continue' }),
    updated: Type.String({ description: 'When the event happened (UTC)' }),
    hendelseinfo: Type.Object(
      {
        sak: Type.Object({}, { additionalProperties: true, description: 'saksnummer, opprettet, avsendersSaksreferanse, meldingsreferanse (and sakstype)' }),
        saksbeslutning: Type.Optional(Type.Object({}, { additionalProperties: true })),
        sakTilManuellBehandling: Type.Optional(Type.Object({}, { additionalProperties: true })),
      },
      { additionalProperties: true },
    ),
  },
  { description: 'An event in one of the producer\'s cases (spec §8.2)' },
);

/**
 * The producer's feedback feed (spec §8.2): `GET /folkeregisteret/tilbakemelding/api/v2/hendelser`, the events of the
 * calling organisation's own cases only. JSON items by default, Atom with FREG's `HendelserISak*` XML on
 * `Accept: application/xml`. A page is identified by the events in it, so its `ETag` changes exactly when its content
 * does, and `If-None-Match` gives 304.
 */
export function tilbakemeldingRoutes(o: TilbakemeldingRoutesOptions): FastifyPluginAsync {
  return async (plugin) => {
    const app = plugin.withTypeProvider<TypeBoxTypeProvider>();
    await app.register(produsentTilgang({ db: o.db, verifier: o.verifier, naa: o.klokke, avvis: sendTilgangsfeil }));
    app.get(
      '/folkeregisteret/tilbakemelding/api/v2/hendelser',
      {
        schema: {
          description: "A page of events in the calling producer's cases, from seq (inclusive) newer or older.",
          tags: ['tilbakemelding'],
          querystring: Type.Object({
            seq: Type.Integer({ minimum: 0, default: 1, description: 'Start here (inclusive)' }),
            direction: Type.Union([Type.Literal('nyere'), Type.Literal('eldre')], { default: 'nyere' }),
            pageSize: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
          }),
          response: { 200: Type.Array(Hendelse), 304: Type.Null() },
        },
      },
      async (request, reply) => {
        const format = velgSvarformat(request.headers.accept);
        const { seq, direction, pageSize } = request.query;
        const side = await lesTilbakemeldinger(o.db, request.produsent.organisasjonsnummer, { seq, retning: direction, antall: pageSize });
        const etag = `"${createHash('sha256').update(`${format}:${side.map((t) => t.sekvensnummer).join(',')}`).digest('base64url').slice(0, 27)}"`;
        reply.header('etag', etag).header('cache-control', 'no-cache');
        if (request.headers['if-none-match']?.split(',').some((e) => e.trim() === etag)) return reply.code(304).send(null);
        if (format === 'xml') {
          // Atom XML: outside the JSON response schema, which only describes the JSON form.
          const xml = tilbakemeldingsfeedXml(request.produsent.organisasjonsnummer, side, o.klokke().toISOString());
          return reply.type('application/xml').send(xml as never);
        }
        return side.map(tilJson);
      },
    );
  };
}

function tilJson(t: LagretTilbakemelding) {
  return { title: 'Hendelse i sak', id: String(t.sekvensnummer), updated: t.tidspunkt.toISOString(), hendelseinfo: t.hendelseinfo as { sak: object } };
}
