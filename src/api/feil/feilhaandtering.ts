import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiFeil, feilkatalog, feilkropp } from './katalog.ts';

/**
 * The one error handler: every error leaves in its FREG shape. Schema validation failures are 400 with the field
 * named; anything unexpected is a 500 without internals in the body (the log has them, under the request id).
 */
export function brukFeilhaandtering(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiFeil, request, reply) => {
    const feil = tilApiFeil(error);
    if (feilkatalog[feil.kode].status >= 500) request.log.error({ err: error }, 'request failed');
    for (const [navn, verdi] of Object.entries(feil.headers ?? {})) reply.header(navn, verdi);
    return reply.code(feilkatalog[feil.kode].status).type('application/json').send(feilkropp(feil, request.id));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).type('application/json').send(feilkropp(new ApiFeil('ressursIkkeFunnet'), request.id)),
  );
}

function tilApiFeil(error: FastifyError | ApiFeil): ApiFeil {
  if (error instanceof ApiFeil) return error;
  if ((error as FastifyError).validation) {
    return new ApiFeil('ugyldigForespoersel', `${(error as FastifyError).validationContext ?? ''} ${error.message}`.trim());
  }
  const status = (error as FastifyError).statusCode;
  if (status === 415 || status === 400 || status === 413) return new ApiFeil('ugyldigForespoersel', error.message);
  if (status === 406) return new ApiFeil('formatIkkeStoettet');
  return new ApiFeil('internFeil');
}
