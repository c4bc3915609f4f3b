import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Rettighetspakke } from '../../access/konsumenter/rettighetspakker.ts';
import { Tjeneste, type Revisjonslogg } from '../../access/revisjon/index.ts';
import { viewUttrekkstreff } from '../../access/view/view.ts';
import { Uttrekksrot, uttrekkTilXml } from '../../access/xml/til-xml.ts';
import type { Db } from '../../store/db.ts';
import type { UttrekkInnstillinger } from '../../uttrekk/innstillinger.ts';
import { bestillJobb, finnJobb, lesTreff, Uttrekksart, type Uttrekksvalg } from '../../uttrekk/jobber.ts';
import { kontrollerAarsintervaller, kontrollerKriterier, TilpassetUttrekkJobbRequest } from '../../uttrekk/kriterier.ts';
import { ApiFeil } from '../feil/katalog.ts';
import { velgSvarformat } from './svarformat.ts';
import type { Uttrekkstjenester } from './uttrekkstjenester.ts';
import { loggUtlevering, send } from './utlever.ts';

export interface UttrekkRoutesOptions {
  readonly db: Db;
  readonly revisjonslogg: Revisjonslogg;
  readonly pakke: Rettighetspakke;
  readonly tjenester: Uttrekkstjenester;
  readonly innstillinger: UttrekkInnstillinger;
  readonly klokke: () => Date;
  /** This process's worker, woken when an order arrives; without one, a worker elsewhere finds the job by polling. */
  readonly arbeider?: { vekk(): void };
}

const UttrekkJobbResponse = Type.Object(
  { jobbId: Type.Optional(Type.String({ description: 'The job (a UUID).' })), feilmelding: Type.Optional(Type.String()) },
  { description: 'OpenAPI `UttrekkJobbResponse`.' },
);
const UttrekkDataResponse = Type.Object(
  {
    dokumentidentifikator: Type.Optional(Type.Array(Type.String(), { description: 'Person-document ids (komplett).' })),
    foedselsEllerDNummer: Type.Optional(Type.Array(Type.String(), { description: 'Identity numbers (tilpasset).' })),
    feilmelding: Type.Optional(Type.String()),
  },
  { description: 'OpenAPI `UttrekkDataResponse`; `{}` after the last batch.' },
);
/** Retry-After on the job limit (seconds, spec §11.6): a job of a million persons takes minutes. */
const jobbgrenseVentSekunder = '60';

/**
 * The extract jobs of spec §4 for one package: order (`komplett`, `tilpasset`), then fetch batches from 0 until `{}`.
 * A job belongs to the organisation and package that ordered it; anyone else gets 410, as for an unknown job. Reading
 * a batch discloses who is in it: one audit row per person, committed before the answer (docs/uttrekk.md).
 */
export function uttrekkRoutes(o: UttrekkRoutesOptions): FastifyPluginAsyncTypebox {
  return async (app) => {
    if (!o.tjenester.komplett && !o.tjenester.tilpasset) return;
    const { batchstoerrelse } = o.innstillinger;

    const bestill = async (request: FastifyRequest, reply: FastifyReply, valg: Uttrekksvalg) => {
      const format = velgSvarformat(request.headers.accept);
      const jobbId = randomUUID();
      const utfall = await bestillJobb(o.db, {
        ...valg,
        jobbId,
        organisasjonsnummer: request.konsument.organisasjonsnummer,
        rettighetspakke: o.pakke,
        naa: o.klokke(),
        levetidMs: o.innstillinger.levetidMs,
        maksAktiveJobber: o.innstillinger.maksAktiveJobber,
      });
      if (utfall === 'forMange') throw new ApiFeil('forMangeUttrekksjobber', undefined, undefined, { 'retry-after': jobbgrenseVentSekunder });
      o.arbeider?.vekk();
      return format === 'xml'
        ? reply.type('application/xml; charset=utf-8').send(uttrekkTilXml(Uttrekksrot.jobb, { jobbId }))
        : reply.type('application/json; charset=utf-8').send(JSON.stringify({ jobbId }));
    };

    if (o.tjenester.komplett) {
      app.get('/uttrekk/komplett', {
        schema: {
          description: 'Orders an extract of every person as of a sequence number (spec §4.1); batches of person-document ids.',
          querystring: Type.Object({
            feedsekvensnr: Type.Optional(Type.String({ pattern: '^[0-9]{1,30}$', description: 'Defaults to, and is clamped to, the last.' })),
          }),
          response: { 200: UttrekkJobbResponse },
        },
      }, async (request, reply) => {
        const n = request.query.feedsekvensnr;
        return bestill(request, reply, { art: Uttrekksart.komplett, feedsekvensnr: n === undefined ? Number.MAX_SAFE_INTEGER : Math.min(Number(n), Number.MAX_SAFE_INTEGER) });
      });
    }

    if (o.tjenester.tilpasset) {
      app.post('/uttrekk/tilpasset', {
        schema: {
          description: 'Orders a tailored extract (spec §4.2); batches of identity numbers. JSON body only.',
          body: TilpassetUttrekkJobbRequest,
          response: { 200: UttrekkJobbResponse },
        },
        // Before validation, which would strip fields the schema does not know.
        preValidation: async (request) => {
          const feil = kontrollerKriterier(request.body);
          if (feil) throw new ApiFeil('ugyldigForespoersel', feil);
        },
      }, async (request, reply) => {
        const feil = kontrollerAarsintervaller(request.body);
        if (feil) throw new ApiFeil('ugyldigForespoersel', feil);
        return bestill(request, reply, { art: Uttrekksart.tilpasset, kriterier: request.body });
      });
    }

    app.get('/uttrekk/:jobbid/batch/:batchnr', {
      schema: {
        description: 'One batch of a job, from 0 (spec §4): 404 while not ready, `{}` after the last, 410 for an unknown or expired job.',
        params: Type.Object({ jobbid: Type.String({ maxLength: 64 }), batchnr: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }) }),
        response: { 200: UttrekkDataResponse },
      },
    }, async (request, reply) => {
      const format = velgSvarformat(request.headers.accept);
      const jobb = await finnJobb(o.db, request.params.jobbid);
      const egen = jobb && jobb.organisasjonsnummer === request.konsument.organisasjonsnummer && jobb.rettighetspakke === o.pakke;
      if (!jobb || !egen || jobb.utloeper.getTime() <= o.klokke().getTime()) throw new ApiFeil('uttrekkFinnesIkke');
      const fra = request.params.batchnr * batchstoerrelse;
      const til = fra + batchstoerrelse;
      if (!jobb.ferdig && jobb.antall < til) throw new ApiFeil('uttrekkIkkeKlar');
      const treff = fra < jobb.antall ? await lesTreff(o.db, jobb.jobbId, fra, til) : [];
      const utleverte = treff.map((t) => viewUttrekkstreff(t, o.pakke));
      const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.uttrekk, utleverte);
      const noekkel = jobb.art === Uttrekksart.komplett ? 'dokumentidentifikator' : 'foedselsEllerDNummer';
      const svar = utleverte.length > 0 ? { [noekkel]: utleverte.map((u) => u.identifikator) } : {};
      return send(reply, format, logget, () => svar, () => uttrekkTilXml(Uttrekksrot.data, svar));
    });
  };
}
