import type { FastifyReply, FastifyRequest } from 'fastify';
import { lesFormaal, type Revisjonslogg, type Tjeneste } from '../../access/revisjon/index.ts';
import type { Utlevert, UtlevertHendelse, UtlevertIdentifikator, UtlevertSoeketreff } from '../../access/view/view.ts';
import { ApiFeil } from '../feil/katalog.ts';

/**
 * Log before you tell (DESIGN.md principle 5): the audit rows of everything `view()` produced for this response are
 * committed before the body is sent. If logging fails, the request fails and nothing is disclosed. Only values the
 * gate made can be passed here, so no response of the consumer API can carry person data the gate did not render.
 */
const revidertMerke: unique symbol = Symbol('revidert');

/** The receipt that a response's disclosures are committed to the audit log; `send` requires it. */
export interface Revidert {
  readonly [revidertMerke]: true;
}

export async function loggUtlevering(
  request: FastifyRequest,
  revisjonslogg: Revisjonslogg,
  tjeneste: Tjeneste,
  utleverte: readonly (Utlevert | UtlevertHendelse | UtlevertSoeketreff | UtlevertIdentifikator)[],
): Promise<Revidert> {
  const kvittering: Revidert = { [revidertMerke]: true };
  if (utleverte.length === 0) return kvittering;
  const formaal = lesFormaal(request.headers.formaal);
  if (!formaal.ok) throw new ApiFeil('ugyldigForespoersel', formaal.feilmelding);
  const { organisasjonsnummer, leverandoer } = request.konsument;
  await revisjonslogg.registrer(
    utleverte.map(({ grunnlag }) => {
      if (grunnlag.personId === undefined) throw new Error('A disclosure without the person id cannot be logged');
      return {
        organisasjonsnummer,
        leverandoer,
        rettighetspakke: grunnlag.rettighetspakke,
        tjeneste,
        personidentifikator: grunnlag.folkeregisteridentifikator,
        personId: grunnlag.personId,
        parter: grunnlag.parter,
        formaal: formaal.formaal,
        forespoerselId: request.id,
        dokumentidentifikator: grunnlag.dokumentidentifikator,
      };
    }),
  );
  return kvittering;
}

/** Sends a body in the negotiated format, once its disclosures are logged (the receipt proves it). */
export function send(reply: FastifyReply, format: 'json' | 'xml', _logget: Revidert, json: () => unknown, xml: () => string): FastifyReply {
  return format === 'xml'
    ? reply.type('application/xml; charset=utf-8').send(xml())
    : reply.type('application/json; charset=utf-8').send(JSON.stringify(json()));
}
