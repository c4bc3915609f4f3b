import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import { xmlTekst } from '../../access/xml/til-xml.ts';
import { ressurser, type Ressurs } from '../../intake/kontrakt.ts';
import type { Mottakskvittering, Vedlegg } from '../../intake/mottak/meldinger.ts';
import { mottaMelding } from '../../intake/mottak/motta.ts';
import { ressurstabell } from '../../intake/mottak/ressurstabell.ts';
import type { Db } from '../../store/db.ts';
import { ApiFeil } from '../feil/katalog.ts';
import { Meldingsfeil, sendFeilXml, sendTilgangsfeilXml } from './feilmelding-xml.ts';
import { produsentTilgang } from './produsent-tilgang.ts';

export interface MottakRoutesOptions {
  readonly db: Db;
  readonly verifier: TokenVerifier;
  readonly klokke: () => Date;
  /** Called after a new message is committed: wakes the worker. */
  readonly mottatt: () => void;
}

/**
 * Size limits (DESIGN.md principle 8). FREG documents none; the largest real message (a signed D-number request) is
 * tens of KB, so 1 MiB of XML is generous, and attachments (scanned documents) get 10 MiB each, 10 at most. Over a
 * limit: 413 in the producer error shape (docs/mottak.md).
 */
export const GRENSER = { xmlBytes: 1024 * 1024, vedleggBytes: 10 * 1024 * 1024, antallVedlegg: 10 } as const;

const grunnsti = '/folkeregisteret/mottak/api/';

/**
 * FREG's producer intake (spec §8.1): `POST /folkeregisteret/mottak/api/{ressurs}` with the message as XML, and
 * `{ressurs}.vedlegg` as multipart for resources that carry attachments. Order per request: token and scope (401/403),
 * `Accept` (406), size (413), DTD (400), well-formed and XSD-valid (400 with the errors), stored and committed, 202.
 */
export function mottakRoutes(o: MottakRoutesOptions): FastifyPluginAsync {
  return async (app) => {
    app.setErrorHandler(sendFeilXml);
    await app.register(produsentTilgang({ db: o.db, verifier: o.verifier, naa: o.klokke, avvis: sendTilgangsfeilXml }));
    app.addHook('onRequest', async (request) => {
      if (!godtarXml(request.headers.accept)) throw new ApiFeil('formatIkkeStoettet');
    });
    app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'buffer', bodyLimit: GRENSER.xmlBytes }, (_req, body, done) =>
      done(null, body),
    );
    await app.register(multipart, {
      limits: { fileSize: GRENSER.vedleggBytes, files: GRENSER.antallVedlegg + 1, fields: 1, fieldSize: GRENSER.xmlBytes, parts: GRENSER.antallVedlegg + 2 },
    });

    const motta = async (request: FastifyRequest, reply: FastifyReply, ressurs: Ressurs, xml: Buffer, vedlegg: readonly Vedlegg[]) => {
      const kvittering = await kontrollerOgLagre(o, request, ressurs, xml, vedlegg);
      if (kvittering.ny) o.mottatt();
      return reply.code(202).type('application/xml').send(meldingMottattXml(kvittering));
    };

    for (const ressurs of ressurser) {
      const schema = {
        description: `Send a message of the resource ${ressurs} (XML, ${ressurstabell[ressurs].xsd}).`,
        tags: ['mottak'],
        consumes: ['application/xml'],
        produces: ['application/xml'],
        response: { 202: { type: 'string', description: '<meldingMottatt> with folkeregisterReferanse and avsendersMeldingsidentifikator' } },
      };
      app.post(`${grunnsti}${ressurs}`, { schema, config: { ressurs } }, async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new ApiFeil('ugyldigForespoersel', 'Content-Type må være application/xml');
        return motta(request, reply, ressurs, request.body, []);
      });
      if (!ressurstabell[ressurs].vedlegg) continue;
      app.post(
        `${grunnsti}${ressurs}.vedlegg`,
        { schema: { ...schema, description: `${schema.description} As multipart/form-data: part "rekvisisjon" = the XML, one file part per multipartnavn.`, consumes: ['multipart/form-data'] }, config: { ressurs } },
        async (request, reply) => {
          if (!request.isMultipart()) throw new ApiFeil('ugyldigForespoersel', 'Content-Type må være multipart/form-data');
          const { xml, vedlegg } = await lesDeler(request);
          return motta(request, reply, ressurs, xml, vedlegg);
        },
      );
    }
  };
}

async function kontrollerOgLagre(
  o: MottakRoutesOptions,
  request: FastifyRequest,
  ressurs: Ressurs,
  kropp: Buffer,
  vedlegg: readonly Vedlegg[],
): Promise<Mottakskvittering> {
  const mottak = await mottaMelding(o.db, {
    avsender: { produsent: request.produsent.organisasjonsnummer },
    ressurs,
    xml: utf8(kropp),
    vedlegg,
    mottatt: o.klokke(),
  });
  if (!mottak.ok) throw new Meldingsfeil(mottak.feil, mottak.meldinger);
  return mottak.kvittering;
}

/** The parts of a `.vedlegg` request: `rekvisisjon` (as a field or a file) and the attachments, read to memory. */
async function lesDeler(request: FastifyRequest): Promise<{ xml: Buffer; vedlegg: Vedlegg[] }> {
  let xml: Buffer | undefined;
  const vedlegg: Vedlegg[] = [];
  for await (const del of request.parts()) {
    if (del.fieldname === 'rekvisisjon') {
      xml = del.type === 'file' ? await del.toBuffer() : Buffer.from(String(del.value));
      if (xml.length > GRENSER.xmlBytes) throw new ApiFeil('meldingForStor');
    } else if (del.type === 'file') {
      vedlegg.push({ multipartnavn: del.filename, innholdstype: del.mimetype, innhold: await del.toBuffer() });
    } else {
      throw new Meldingsfeil('ugyldigVedlegg', [`Ukjent felt ${del.fieldname.slice(0, 50)}: bare rekvisisjon og vedlegg (filer)`]);
    }
  }
  if (!xml) throw new Meldingsfeil('ugyldigVedlegg', ['Delen rekvisisjon (meldingens XML) mangler']);
  return { xml, vedlegg };
}

const dekoder = new TextDecoder('utf-8', { fatal: true });

/** FREG's messages are UTF-8 (spec §8.1); anything else is refused rather than guessed. */
function utf8(kropp: Buffer): string {
  try {
    return dekoder.decode(kropp);
  } catch {
    throw new Meldingsfeil('ugyldigMelding', ['Meldingen er ikke gyldig UTF-8']);
  }
}

/** The 202 body of spec §8.1. */
export function meldingMottattXml(k: Mottakskvittering): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><meldingMottatt>' +
    `<folkeregisterReferanse>${k.folkeregisterReferanse}</folkeregisterReferanse>` +
    `<avsendersMeldingsidentifikator>${xmlTekst(k.avsendersMeldingsidentifikator)}</avsendersMeldingsidentifikator>` +
    '</meldingMottatt>'
  );
}

/** FREG answers 406 when `Accept` does not allow XML (spec §8.1); none, `*\/*` and `application/*` do. */
export function godtarXml(accept: string | undefined): boolean {
  if (!accept || !accept.trim()) return true;
  return accept.split(',').some((del) => {
    const [type, ...parametre] = del.trim().toLowerCase().split(';').map((s) => s.trim());
    const q = parametre.find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) <= 0) return false;
    return type === 'application/xml' || type === 'text/xml' || type === 'application/*' || type === '*/*' || type === 'text/*';
  });
}
