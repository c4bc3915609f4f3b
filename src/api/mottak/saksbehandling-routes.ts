import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import type { Kommando } from '../../domain/kommando/kommando.ts';
import { osloTidspunkt } from '../../domain/tid.ts';
import { Kommandoskjema } from '../../intake/mottak/kommandoskjema.ts';
import { listAapneSaker, type Sak } from '../../intake/mottak/saker.ts';
import {
  avslaaSak, godkjennSak, taSak, visSak, type Saksoppsett, type Saksvar,
} from '../../intake/mottak/saksbehandling.ts';
import type { Db } from '../../store/db.ts';
import { ApiFeil } from '../feil/katalog.ts';
import { sendTilgangsfeil } from '../tilgangsfeil-svar.ts';
import { saksbehandlerTilgang } from './produsent-tilgang.ts';

export interface SaksbehandlingRoutesOptions extends Saksoppsett {
  readonly db: Db;
  readonly verifier: TokenVerifier;
}

const Begrunnelse = Type.Object(
  { kode: Type.String({ maxLength: 100, description: 'begrunnelseskode' }), tekst: Type.String({ maxLength: 4000 }) },
  { additionalProperties: false },
);

export const Saksoversikt = Type.Object({
  saksnummer: Type.Integer(),
  status: Type.Union([Type.Literal('aapen'), Type.Literal('avsluttet')]),
  utfall: Type.Optional(Type.String({ description: 'godkjent, avslaatt, avvist or registrert; a reopened case keeps its earlier one' })),
  opprettet: Type.String(),
  saksfrist: Type.Optional(Type.String()),
  begrunnelser: Type.Array(Begrunnelse, { description: 'Why the case needs a person' }),
  forslag: Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'The commands approving registers' }),
  personer: Type.Array(Type.String()),
  tildelt: Type.Optional(Type.String({ description: 'The case worker who took it' })),
});

const Saksnummer = Type.Object({ saksnummer: Type.Integer({ minimum: 1 }) });

export function saksoversikt(s: Sak): Static<typeof Saksoversikt> {
  return {
    saksnummer: s.saksnummer,
    status: s.status,
    ...(s.utfall ? { utfall: s.utfall } : {}),
    opprettet: osloTidspunkt(s.opprettet),
    ...(s.saksfrist ? { saksfrist: s.saksfrist } : {}),
    begrunnelser: [...s.begrunnelser],
    forslag: s.forslag as unknown as Record<string, unknown>[],
    personer: [...s.personer],
    ...(s.tildelt ? { tildelt: s.tildelt } : {}),
  };
}

/** A refusal of the case layer as the catalogue's error (the codes are the catalogue's names). */
export function svar<T>(s: Saksvar<T>): T {
  if (s.ok) return s.verdi;
  if (s.grunn === 'registreringAvvist') {
    throw new ApiFeil('registreringAvvist', undefined, Object.fromEntries(s.avvisninger.map((a, i) => [`avvisning${i + 1}`, `${a.kode}: ${a.tekst}`])));
  }
  throw new ApiFeil(s.grunn);
}

/**
 * The register authority's case API (docs/saksbehandling.md), `/folkeregisteret/saksbehandling/api/v1`: the queue of
 * open cases by deadline, taking one, seeing it (message, persons, reasons, history) and deciding it. Every step is
 * recorded with the case worker's identity from the token.
 */
export function saksbehandlingRoutes(o: SaksbehandlingRoutesOptions): FastifyPluginAsync {
  return async (plugin) => {
    const app = plugin.withTypeProvider<TypeBoxTypeProvider>();
    await app.register(saksbehandlerTilgang({ db: o.db, verifier: o.verifier, naa: o.klokke, avvis: sendTilgangsfeil }));
    const tags = ['saksbehandling'];

    app.get('/saker', {
      schema: {
        description: 'Open cases, earliest deadline first.',
        tags,
        querystring: Type.Object({ antall: Type.Integer({ minimum: 1, maximum: 500, default: 100 }), etter: Type.Optional(Type.Integer({ minimum: 0 })) }),
        response: { 200: Type.Object({ saker: Type.Array(Saksoversikt) }) },
      },
    }, async (request) => ({ saker: (await listAapneSaker(o.db, request.query)).map(saksoversikt) }));

    app.post('/saker/:saksnummer/tildeling', {
      schema: { description: 'Take the case (assign it to yourself).', tags, params: Saksnummer, response: { 200: Saksoversikt } },
    }, async (request) => saksoversikt(svar(await taSak(o.db, request.params.saksnummer, request.saksbehandler.ident, o))));

    app.get('/saker/:saksnummer', {
      schema: {
        description: 'The case with its message, attachments, the current documents of the persons concerned, and its history.',
        tags,
        params: Saksnummer,
      },
    }, async (request) => {
      const v = svar(await visSak(o.db, request.params.saksnummer, request.saksbehandler.ident, o));
      return {
        sak: saksoversikt(v.sak),
        melding: {
          ressurs: v.melding.ressurs,
          folkeregisterReferanse: v.melding.folkeregisterReferanse,
          avsendersMeldingsidentifikator: v.melding.avsendersMeldingsidentifikator,
          ...(v.melding.produsent ? { produsent: v.melding.produsent } : { innbygger: v.melding.innbygger }),
          mottatt: osloTidspunkt(v.melding.mottatt),
          xml: v.melding.xml,
          vedlegg: v.vedlegg,
        },
        personer: [...v.personer].map(([nummer, dokument]) => ({ nummer, persondokument: dokument })),
        historikk: v.historikk.map((h) => ({ ...h, tidspunkt: osloTidspunkt(h.tidspunkt) })),
      };
    });

    app.post('/saker/:saksnummer/godkjenning', {
      schema: {
        description: 'Approve: registers the proposal, or, with kommandoer, the corrected commands instead (all or nothing).',
        tags,
        params: Saksnummer,
        body: Type.Object({ kommandoer: Type.Optional(Type.Array(Kommandoskjema, { minItems: 1, maxItems: 50 })) }, { additionalProperties: false }),
        response: { 200: Saksoversikt },
      },
    }, async (request) => {
      const korrigert = request.body.kommandoer as unknown as Kommando[] | undefined;
      return saksoversikt(svar(await godkjennSak(o.db, request.params.saksnummer, request.saksbehandler.ident, korrigert, o)));
    });

    app.post('/saker/:saksnummer/avslag', {
      schema: {
        description: 'Reject with a reason the producer is told.',
        tags,
        params: Saksnummer,
        body: Type.Object({ begrunnelse: Begrunnelse }, { additionalProperties: false }),
        response: { 200: Saksoversikt },
      },
    }, async (request) =>
      saksoversikt(svar(await avslaaSak(o.db, request.params.saksnummer, request.saksbehandler.ident, request.body.begrunnelse, o))));
  };
}
