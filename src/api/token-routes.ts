import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyError } from 'fastify';
import { rettighetspakkenavn, rettighetspakker } from '../access/konsumenter/rettighetspakker.ts';
import { TILLATTE_ALGORITMER } from '../access/tokens/algoritmer.ts';
import type { InnebygdUtsteder } from '../access/tokens/innebygd-utsteder.ts';
import { JWT_BEARER, utfoerJwtBearerGrant } from '../access/tokens/jwt-bearer-grant.ts';
import { OAuthFeil, RequestInvalid } from '../access/tokens/oauth-feil.ts';
import type { Db } from '../store/db.ts';

export interface TokenRoutesOptions {
  readonly db: Db;
  readonly utsteder: InnebygdUtsteder;
  readonly klokkeslakkSekunder: number;
  readonly naa?: () => Date;
}

const TokenSvarSchema = Type.Object({
  access_token: Type.String({ description: 'JWT signert av tjenesten (spec §6.1).' }),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'Sekunder tokenet gjelder.' }),
  scope: Type.String(),
});
const OAuthFeilSchema = Type.Object({
  error: Type.String({ description: 'RFC 6749 §5.2: invalid_request, invalid_client, invalid_grant, invalid_scope, …' }),
  error_description: Type.String(),
});
// No cached copies of tokens or of refusals (RFC 6749 §5.1, §5.2).
const IKKE_LAGRE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/**
 * The embedded token service over HTTP: Maskinporten's token endpoint (RFC 7523 grant), the issuer's metadata
 * (RFC 8414) and its public keys. Registered only when the embedded issuer is on.
 */
export function tokenRoutes(options: TokenRoutesOptions): FastifyPluginAsyncTypebox {
  const { utsteder } = options;
  return async (app) => {
    // The token request is a form (RFC 6749 §4.1.3 via RFC 7523 §2.1); a small one.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    // Refusals in OAuth's shape, for a body Fastify cannot read too; everything else to the app's handler.
    app.setErrorHandler<FastifyError | OAuthFeil>((error, _request, reply) => {
      const ulesbar = (e: FastifyError) => e.validation !== undefined || e.statusCode === 400 || e.statusCode === 415;
      const oauth = error instanceof OAuthFeil ? error : ulesbar(error) ? new RequestInvalid() : undefined;
      if (!oauth) throw error;
      return reply.code(oauth.httpStatus).headers(IKKE_LAGRE).send(oauth.tilSvar());
    });

    app.post(
      '/token',
      {
        schema: {
          description: `Maskinportens JWT-bearer-grant: grant_type=${JWT_BEARER}&assertion=<JWT signert med klientens nøkkel>.`,
          consumes: ['application/x-www-form-urlencoded'],
          body: Type.Object({ grant_type: Type.Optional(Type.String()), assertion: Type.Optional(Type.String()) }),
          response: { 200: TokenSvarSchema, 400: OAuthFeilSchema, 401: OAuthFeilSchema },
        },
      },
      async (request, reply) => {
        if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) throw new RequestInvalid();
        const svar = await utfoerJwtBearerGrant(options.db, utsteder, request.body, options);
        return reply.headers(IKKE_LAGRE).send(svar);
      },
    );

    app.get(
      '/.well-known/oauth-authorization-server',
      { schema: { description: 'Utstederens metadata (RFC 8414 §2).' } },
      async () => ({
        issuer: utsteder.issuer,
        token_endpoint: utsteder.tokenEndpoint,
        jwks_uri: utsteder.jwksUri,
        grant_types_supported: [JWT_BEARER],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
        token_endpoint_auth_signing_alg_values_supported: [...TILLATTE_ALGORITMER],
        scopes_supported: rettighetspakkenavn.map((n) => rettighetspakker[n].scope),
      }),
    );

    app.get('/jwks', { schema: { description: 'Utstederens offentlige nøkler (RFC 7517 §5).' } }, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=300').send(utsteder.jwks),
    );
  };
}
