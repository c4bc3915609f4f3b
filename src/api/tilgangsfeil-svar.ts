import type { FastifyReply, FastifyRequest } from 'fastify';
import { Tilgangsfeil, TokenMissing, TokenScopeMissing } from '../access/tokens/tilgangsfeil.ts';

/**
 * Renders a refusal of access in FREG's `FolkeregisterFeilmelding` (spec §1.2) with the challenge RFC 6750 §3 asks
 * for. Logged by code only, never with the token.
 */
export function sendTilgangsfeil(request: FastifyRequest, reply: FastifyReply, feil: Tilgangsfeil): FastifyReply {
  return settTilgangsfeil(request, reply, feil).send(feil.tilFeilmelding());
}

/**
 * Status, challenge and log line of a refusal, for a caller that renders the body itself (the producer API answers
 * in XML): no error code when no token came (RFC 6750 §3.1 "SHOULD NOT"), `invalid_token` for any other 401,
 * `insufficient_scope` for a missing scope.
 */
export function settTilgangsfeil(request: FastifyRequest, reply: FastifyReply, feil: Tilgangsfeil): FastifyReply {
  request.log.info({ tilgangsfeil: feil.kode }, 'tilgang avvist');
  const utfordring =
    feil instanceof TokenMissing
      ? 'Bearer'
      : feil.httpStatus === 401
        ? 'Bearer error="invalid_token"'
        : feil instanceof TokenScopeMissing
          ? `Bearer error="insufficient_scope", scope="${feil.scope}"`
          : undefined;
  if (utfordring) reply.header('www-authenticate', utfordring);
  return reply.code(feil.httpStatus);
}
