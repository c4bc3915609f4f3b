import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Rettighetspakke } from '../../access/konsumenter/rettighetspakker.ts';
import { Tjeneste, type Revisjonslogg } from '../../access/revisjon/index.ts';
import { bulkoppslagJson, type Bulkoppslag } from '../../access/view/bulkoppslag.ts';
import { parseParts, type Parts } from '../../access/view/parts.ts';
import { view, type Utlevert } from '../../access/view/view.ts';
import { Bulkrot, bulkoppslagTilXml, personTilXml } from '../../access/xml/til-xml.ts';
import { personXsd } from '../../access/xml/person-xsd.ts';
import { finnPersondokumenter, finnPersonerInTrx, type Arkivversjon } from '../../register/les-person.ts';
import type { Db } from '../../store/db.ts';
import { ApiFeil } from '../feil/katalog.ts';
import { lesXmlBulkkropp, sjekkBulkstoerrelse } from './bulkkropp.ts';
import { velgSvarformat } from './svarformat.ts';
import type { Oppslagstjenester } from './tjenestetabell.ts';
import { loggUtlevering, send } from './utlever.ts';

export interface PersonerRoutesOptions {
  readonly db: Db;
  readonly revisjonslogg: Revisjonslogg;
  readonly pakke: Rettighetspakke;
  readonly tjenester: Oppslagstjenester;
  readonly klokke: () => Date;
}

const PartQuery = Type.Object({ part: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })) });
const BulkQuery = Type.Composite([PartQuery, Type.Object({ somBestilt: Type.Optional(Type.Boolean()) })]);
const fnrMoenster = /^\d{11}$/;
/** Spec §1.4.3: an archive version replaced more than three years ago is no longer given out (400). */
const arkivOppbevaringMs = 3 * 365.25 * 24 * 3600 * 1000;

export function parts(part: readonly string[] | undefined, pakke: Rettighetspakke): Parts {
  const valg = parseParts(part ?? [], pakke);
  if (!valg.ok) throw new ApiFeil('ugyldigPart', valg.ugyldigPart);
  return valg.parts;
}

/** The person lookups of spec §1.4.1–§1.4.4 and §1.4.7 for one package, each only where spec §1.3 offers it. */
export function personerRoutes(o: PersonerRoutesOptions): FastifyPluginAsyncTypebox {
  return async (app) => {
    lesXmlBulkkropp(app);

    if (o.tjenester.person) {
      app.get('/personer/:personidentifikator', {
        schema: { description: 'The latest person document (spec §1.4.1).', params: Type.Object({ personidentifikator: Type.String() }), querystring: PartQuery },
      }, async (request, reply) => {
        const format = velgSvarformat(request.headers.accept);
        const valgt = parts(request.query.part, o.pakke);
        const nummer = request.params.personidentifikator;
        if (!fnrMoenster.test(nummer)) throw new ApiFeil('ugyldigIdentifikator');
        const person = (await finnPersonerInTrx(o.db, [nummer])).get(nummer);
        if (!person) throw new ApiFeil('personIkkeFunnet');
        const utlevert = view(person.dokument, o.pakke, valgt, { personId: person.personId });
        const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.person, [utlevert]);
        return send(reply, format, logget, () => utlevert.folkeregisterperson, () => personTilXml(utlevert));
      });
    }

    if (o.tjenester.bulkoppslag) {
      app.post('/personer/bulkoppslag', {
        schema: {
          description: 'Many persons, latest versions (spec §1.4.2); at most 1000 identifiers.',
          querystring: BulkQuery,
          // maxItems bounds validation work; the 1000 limit itself answers with its own error below.
          body: Type.Object({ foedselsEllerDNummer: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 10_000 }) }),
        },
      }, async (request, reply) => {
        const format = velgSvarformat(request.headers.accept, request.headers['content-type']);
        const valgt = parts(request.query.part, o.pakke);
        const bestilt = request.body.foedselsEllerDNummer;
        sjekkBulkstoerrelse(bestilt.length);
        const numre = request.query.somBestilt ? bestilt : [...new Set(bestilt)];
        const funnet = await finnPersonerInTrx(o.db, numre.filter((n) => fnrMoenster.test(n)));
        const oppslag: Bulkoppslag[] = numre.map((nummer) => {
          const person = funnet.get(nummer);
          return person
            ? { foedselsEllerDNummer: nummer, utlevert: view(person.dokument, o.pakke, valgt, { personId: person.personId }) }
            : { foedselsEllerDNummer: nummer, feilmelding: fnrMoenster.test(nummer) ? 'Fant ikke person' : 'Ugyldig fødsels- eller d-nummer' };
        });
        const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.bulkoppslag, utleverte(oppslag));
        return send(reply, format, logget, () => bulkoppslagJson(oppslag), () => bulkoppslagTilXml(oppslag, Bulkrot.personer));
      });
    }

    if (o.tjenester.arkiv) {
      const arkivversjon = (versjon: Arkivversjon | undefined): Arkivversjon | string => {
        if (!versjon) return 'Fant ikke dokument';
        if (versjon.erstattet && o.klokke().getTime() - Date.parse(versjon.erstattet) > arkivOppbevaringMs) {
          return 'Dokumentet har vært historisk i mer enn tre år';
        }
        return versjon;
      };
      const arkivview = (v: Arkivversjon, valgt: Parts) =>
        view(v.dokument, o.pakke, valgt, {
          personId: v.personId,
          dokumentidentifikator: v.dokumentidentifikator,
          ...(v.gjeldendeBeskyttelse ? { gjeldendeBeskyttelse: v.gjeldendeBeskyttelse } : {}),
        });

      app.get('/personer/arkiv/:dokumentidentifikator', {
        schema: { description: 'The person as it was right after an event (spec §1.4.3).', params: Type.Object({ dokumentidentifikator: Type.String({ maxLength: 64 }) }), querystring: PartQuery },
      }, async (request, reply) => {
        const format = velgSvarformat(request.headers.accept);
        const valgt = parts(request.query.part, o.pakke);
        const funnet = arkivversjon((await finnPersondokumenter(o.db, [request.params.dokumentidentifikator])).get(request.params.dokumentidentifikator));
        if (typeof funnet === 'string') throw funnet === 'Fant ikke dokument' ? new ApiFeil('dokumentIkkeFunnet') : new ApiFeil('ugyldigForespoersel', funnet);
        const utlevert = arkivview(funnet, valgt);
        const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.arkiv, [utlevert]);
        return send(reply, format, logget, () => utlevert.folkeregisterperson, () => personTilXml(utlevert));
      });

      app.post('/personer/bulkoppslag/arkiv', {
        schema: { description: 'Many archive versions (spec §1.4.4); at most 1000.', querystring: PartQuery, body: Type.Object({ dokumentidentifikator: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 10_000 }) }) },
      }, async (request, reply) => {
        const format = velgSvarformat(request.headers.accept, request.headers['content-type']);
        const valgt = parts(request.query.part, o.pakke);
        const ider = request.body.dokumentidentifikator;
        sjekkBulkstoerrelse(ider.length);
        const funnet = await finnPersondokumenter(o.db, ider);
        const oppslag: Bulkoppslag[] = ider.map((id) => {
          const v = arkivversjon(funnet.get(id));
          return typeof v === 'string' ? { dokumentidentifikator: id, feilmelding: v } : { dokumentidentifikator: id, utlevert: arkivview(v, valgt) };
        });
        const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.bulkoppslagArkiv, utleverte(oppslag));
        return send(reply, format, logget, () => bulkoppslagJson(oppslag), () => bulkoppslagTilXml(oppslag, Bulkrot.arkiv));
      });
    }

    if (o.tjenester.xsd) {
      app.get('/personer/xsd', { schema: { description: "The person document's XSD (spec §1.4.7)." } }, async (_request, reply) =>
        reply.type('application/xml; charset=utf-8').send(personXsd()),
      );
    }
  };
}

function utleverte(oppslag: readonly Bulkoppslag[]): Utlevert[] {
  return oppslag.flatMap((o) => (o.utlevert ? [o.utlevert] : []));
}
