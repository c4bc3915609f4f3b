import type { FastifyError, FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { Folkeregisteridentifikator } from '../domain/identitetsnummer/index.ts';
import { osloTidspunkt } from '../domain/tid.ts';
import type { Db } from '../store/db.ts';
import {
  feilmelding, finnPersonId, FolkeregisterFeilmelding, hentUtviklingsnokkel, Innsynsomfang, lesOppslag,
  utstedUtviklingstoken, utviklingsutsteder, verifiserInnbyggertoken,
  type Innbygger, type InnsynInnstillinger, type Innsynsfeil, type Oppslagsrad,
} from '../access/innsyn/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the innsyn API's token check: the logged-in citizen. */
    innbygger: Innbygger | null;
  }
}

export interface InnsynRoutesOptions {
  db: Db;
  innstillinger: InnsynInnstillinger;
  klokke?: () => Date;
}

const Organisasjon = Type.Object({ organisasjonsnummer: Type.String(), navn: Type.Optional(Type.String()) });
const Oppslag = Type.Object({
  tidspunkt: Type.String({ description: 'When the data was disclosed, Norwegian time with offset' }),
  organisasjon: Type.Object(Organisasjon.properties, { description: 'Who received the data (the data controller)' }),
  leverandoer: Type.Optional(Type.Object(Organisasjon.properties, { description: 'The vendor that called for it' })),
  rettighetspakke: Type.String({ description: 'The rights package, by its name in the rights-package table' }),
  tjeneste: Type.String({ description: 'The service, e.g. personer/{id}' }),
  personidentifikator: Type.String({ description: 'Which of your identity numbers was used' }),
  parter: Type.Array(Type.String(), { description: 'The parts of the document asked for' }),
  formaal: Type.Optional(Type.String({ description: 'The purpose the consumer stated' })),
  innsynsrelevant: Type.Boolean({ description: 'Covered by your right of access, folkeregisterloven § 10-1 (3)' }),
});
const Oppslagsside = Type.Object({
  oppslag: Type.Array(Oppslag, { description: 'Newest first' }),
  neste: Type.Optional(Type.String({ description: 'The next page, when there is one' })),
});

const organisasjon = (organisasjonsnummer: string, navn: string | null) => ({ organisasjonsnummer, ...(navn ? { navn } : {}) });

function tilOppslag(r: Oppslagsrad): Static<typeof Oppslag> {
  return {
    tidspunkt: osloTidspunkt(r.tidspunkt),
    organisasjon: organisasjon(r.organisasjonsnummer, r.organisasjonsnavn),
    ...(r.leverandoer ? { leverandoer: organisasjon(r.leverandoer, r.leverandoernavn) } : {}),
    rettighetspakke: r.rettighetspakke,
    tjeneste: r.tjeneste,
    personidentifikator: r.personidentifikator,
    parter: r.parter,
    ...(r.formaal ? { formaal: r.formaal } : {}),
    innsynsrelevant: r.innsynsrelevant,
  };
}

function feil(reply: FastifyReply, f: Innsynsfeil): FastifyReply {
  return reply.code(feilmelding(f).httpStatus).send(feilmelding(f));
}

/**
 * The citizens' API (STYLE.md §3: one audience, one plugin with its own token check): `GET /innsyn/v1/oppslag`, who
 * was given the caller's data; and, when on, the development login that issues tokens like ID-porten's.
 */
export function innsynRoutes(options: InnsynRoutesOptions): FastifyPluginAsync {
  const { db, innstillinger } = options;
  const klokke = options.klokke ?? (() => new Date());
  return async (plugin) => {
    const app = plugin.withTypeProvider<TypeBoxTypeProvider>();
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.validation) return feil(reply, 'ugyldigForespoersel');
      request.log.error(error);
      return feil(reply, 'internFeil');
    });
    const utstedere = new Map<string, JWTVerifyGetKey>(
      innstillinger.utstedere.map((u) => [u.issuer, createRemoteJWKSet(new URL(u.jwksUri))]),
    );
    if (innstillinger.utviklingsinnlogging) utstedere.set(utviklingsutsteder, await utviklingsinnlogging(app, db, innstillinger, klokke));
    const krav = { utstedere, audience: innstillinger.audience, acr: innstillinger.acr };
    app.decorateRequest('innbygger', null);
    await app.register(async (beskyttet) => {
      beskyttet.addHook('onRequest', async (request, reply) => {
        const tolkning = await verifiserInnbyggertoken(request.headers.authorization, krav, klokke());
        if (tolkning.ok) {
          request.innbygger = tolkning.innbygger;
          return;
        }
        // RFC 6750 §3; a too weak login asks for a stronger one (RFC 9470).
        const utfordring = tolkning.feil === 'forLavtSikkerhetsnivaa'
          ? `error="insufficient_user_authentication", acr_values="${innstillinger.acr.join(' ')}"`
          : tolkning.feil === 'tokenMangler' ? '' : 'error="invalid_token"';
        reply.header('www-authenticate', `Bearer realm="innsyn"${utfordring ? `, ${utfordring}` : ''}`);
        return feil(reply, tolkning.feil);
      });
      beskyttet.withTypeProvider<TypeBoxTypeProvider>().get(
        '/innsyn/v1/oppslag',
        {
          schema: {
            description: 'Who was given your data, newest first (folkeregisterloven § 10-1 third paragraph).',
            querystring: Type.Object({
              antall: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
              foer: Type.Optional(Type.Integer({ minimum: 1, description: 'Continue after this place in the log' })),
            }),
            response: { 200: Oppslagsside, 400: FolkeregisterFeilmelding, 401: FolkeregisterFeilmelding, 500: FolkeregisterFeilmelding },
          },
        },
        async (request, reply) => {
          const { antall, foer } = request.query;
          reply.header('cache-control', 'no-store');
          const personId = await finnPersonId(db, request.innbygger!.pid);
          if (personId === undefined) return { oppslag: [] };
          const rader = await lesOppslag(db, personId, { alle: innstillinger.omfang === Innsynsomfang.alle, antall: antall + 1, foer });
          const side = rader.slice(0, antall);
          return {
            oppslag: side.map(tilOppslag),
            ...(rader.length > antall ? { neste: `/innsyn/v1/oppslag?antall=${antall}&foer=${side.at(-1)!.loepenummer}` } : {}),
          };
        },
      );
    });
  };
}

const Tokensvar = Type.Object({ access_token: Type.String(), token_type: Type.Literal('Bearer'), expires_in: Type.Integer() });
const utviklingstokenLevetid = 3600;

/**
 * Development only: `GET /innsyn/dev/login?pid=…` issues a token like ID-porten's for any valid identity number, signed
 * by a key kept in the database, published at `GET /innsyn/dev/jwks`. Returns that key set for the token check.
 */
async function utviklingsinnlogging(
  app: FastifyInstance,
  db: Db,
  innstillinger: InnsynInnstillinger,
  klokke: () => Date,
): Promise<JWTVerifyGetKey> {
  const nokkel = await hentUtviklingsnokkel(db);
  const typet = app.withTypeProvider<TypeBoxTypeProvider>();
  typet.get('/innsyn/dev/jwks', async () => ({ keys: [nokkel.offentlig] }));
  typet.get(
    '/innsyn/dev/login',
    {
      schema: {
        description: "Development only: a token like ID-porten's for any identity number.",
        querystring: Type.Object({ pid: Type.String() }),
        response: { 200: Tokensvar, 400: FolkeregisterFeilmelding },
      },
    },
    async (request, reply) => {
      if (!Folkeregisteridentifikator.is(request.query.pid)) return feil(reply, 'ugyldigPersonidentifikator');
      const token = await utstedUtviklingstoken(nokkel, {
        pid: request.query.pid,
        audience: innstillinger.audience,
        naa: klokke(),
        levetidSekunder: utviklingstokenLevetid,
      });
      // A token response is never cached (RFC 6749 §5.1).
      return reply.header('cache-control', 'no-store').send({ access_token: token, token_type: 'Bearer' as const, expires_in: utviklingstokenLevetid });
    },
  );
  return createLocalJWKSet({ keys: [nokkel.offentlig] });
}
