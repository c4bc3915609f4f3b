import { xmlTekst } from '../../access/xml/til-xml.ts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Tilgangsfeil } from '../../access/tokens/tilgangsfeil.ts';
import { ApiFeil, feilkatalog, type Feilkode } from '../feil/katalog.ts';
import { settTilgangsfeil } from '../tilgangsfeil-svar.ts';

/** A refusal of a producer message with the list of what is wrong (XSD errors, attachment mismatches). */
export class Meldingsfeil extends ApiFeil {
  constructor(kode: Feilkode, readonly valideringsfeil: readonly string[] = []) {
    super(kode);
  }
}

/**
 * The producer API's error body: FREG's `folkeregisterFeilmelding` in XML (spec §8.1), with the validation errors as
 * repeated `tilleggsinformasjon/valideringsfeil`.
 */
export function feilmeldingXml(f: {
  httpStatus: number;
  feilkode: string;
  feilmelding: string;
  valideringsfeil?: readonly string[] | undefined;
}): string {
  const tillegg = f.valideringsfeil?.length
    ? `<tilleggsinformasjon>${f.valideringsfeil.map((v) => `<valideringsfeil>${xmlTekst(v)}</valideringsfeil>`).join('')}</tilleggsinformasjon>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?><folkeregisterFeilmelding>' +
    `<httpStatus>${f.httpStatus}</httpStatus><alvorlighetsgrad>${f.httpStatus >= 500 ? 'ERROR' : 'WARNING'}</alvorlighetsgrad>` +
    `<feilkode>${xmlTekst(f.feilkode)}</feilkode><feilmelding>${xmlTekst(f.feilmelding)}</feilmelding>${tillegg}</folkeregisterFeilmelding>`
  );
}

export function sendTilgangsfeilXml(request: FastifyRequest, reply: FastifyReply, feil: Tilgangsfeil): FastifyReply {
  const { httpStatus, feilkode, feilmelding } = feil.tilFeilmelding();
  return settTilgangsfeil(request, reply, feil).type('application/xml').send(feilmeldingXml({ httpStatus, feilkode, feilmelding }));
}

/** The producer API's error handler: everything in the XML shape; internals only in the log. */
export function sendFeilXml(error: FastifyError | ApiFeil, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const feil = tilApiFeil(error);
  const def = feilkatalog[feil.kode];
  if (def.status >= 500) request.log.error({ err: error }, 'request failed');
  const feilmelding = feil.detalj ? `${def.melding}: ${feil.detalj}` : def.melding;
  return reply
    .code(def.status)
    .type('application/xml')
    .send(feilmeldingXml({ httpStatus: def.status, feilkode: def.feilkode, feilmelding, valideringsfeil: feil instanceof Meldingsfeil ? feil.valideringsfeil : undefined }));
}

function tilApiFeil(error: FastifyError | ApiFeil): ApiFeil {
  if (error instanceof ApiFeil) return error;
  const status = (error as FastifyError).statusCode;
  // Fastify's body limit and @fastify/multipart's file, field and part limits all answer 413.
  if (status === 413) return new ApiFeil('meldingForStor');
  if (status === 406) return new ApiFeil('formatIkkeStoettet');
  if ((error as FastifyError).validation || status === 400 || status === 415) return new ApiFeil('ugyldigForespoersel', error.message);
  return new ApiFeil('internFeil');
}
