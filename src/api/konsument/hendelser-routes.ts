import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { lesFeedside, type Feedside } from '../../access/feed/les-feedside.ts';
import { oppbevaringsgrense, type Oppbevaring } from '../../access/feed/oppbevaring.ts';
import { rettighetspakker, type Rettighetspakke } from '../../access/konsumenter/rettighetspakker.ts';
import { Tjeneste, type Revisjonslogg } from '../../access/revisjon/index.ts';
import { feedsideJson } from '../../access/view/feedinnslag.ts';
import { hendelseBulkoppslagJson, type HendelseBulkoppslag } from '../../access/view/hendelse-bulkoppslag.ts';
import { viewHendelse, type UtlevertHendelse } from '../../access/view/view.ts';
import { feedsideTilAtom } from '../../access/xml/atom.ts';
import { feedXsd, hendelseXsd } from '../../access/xml/hendelse-xsd.ts';
import { hendelseBulkoppslagTilXml, hendelseTilXml, sekvensnummerTilXml } from '../../access/xml/hendelse-xml.ts';
import { finnHendelser, sisteSekvensnummer, type FunnetHendelse } from '../../register/les-hendelser.ts';
import { finnPersondokumenter } from '../../register/les-person.ts';
import type { Db } from '../../store/db.ts';
import { ApiFeil } from '../feil/katalog.ts';
import { lesXmlBulkkropp, sjekkBulkstoerrelse } from './bulkkropp.ts';
import { feedStart } from './feed-start.ts';
import { velgMediatype, velgSvarformat } from './svarformat.ts';
import { loggUtlevering, send } from './utlever.ts';

/** Which event services a package offers (spec §1.3); the feed, the latest number and the XSDs every package has. */
export interface Hendelsestjenester {
  /** `hendelser/{id}` and `hendelser/bulkoppslag`: event documents. */
  readonly dokumenter: boolean;
  /** `hendelser/feed/tilpasset` (OAS 1.6.2, spec §1.3 confirms OMH only). */
  readonly tilpasset: boolean;
}

const bareFeed = { dokumenter: false, tilpasset: false } as const;

export const hendelsestjenester = {
  offentligMedHjemmel: { dokumenter: true, tilpasset: true },
  offentligUtenHjemmel: bareFeed,
  privatUtenHjemmel: bareFeed,
  privat: bareFeed,
  privatUtenFolkeregisteridentifikator: bareFeed,
  finans: bareFeed,
  presse: bareFeed,
  presseUtenFolkeregisteridentifikator: bareFeed,
  utstederAvElektroniskIdentitetsbevis: bareFeed,
  svalbardregister: bareFeed,
} as const satisfies Record<Rettighetspakke, Hendelsestjenester>;

export interface HendelserRoutesOptions {
  readonly db: Db;
  readonly revisjonslogg: Revisjonslogg;
  readonly pakke: Rettighetspakke;
  readonly oppbevaring: Oppbevaring;
  readonly klokke: () => Date;
}

const seq = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'First sequence number, inclusive; 0 or 1 read from the oldest retained event.' });
const FeedQuery = Type.Object({ seq });
const TilpassetQuery = Type.Object({ seq, kommunenummer: Type.String({ pattern: '^[0-9]{4}$', description: 'Municipality, 4 digits.' }) });
const Innslag = Type.Object({
  sekvensnummer: Type.Integer(),
  hendelse: Type.Object({
    folkeregisteridentifikator: Type.Optional(Type.String()),
    hendelsetype: Type.String(),
    hendelsesdokument: Type.Optional(Type.String()),
    persondokument: Type.Optional(Type.String()),
    ajourholdstidspunkt: Type.String({ format: 'date-time' }),
  }),
}, { title: 'LagretHendelseMedDokumentIdentifikatorer' });
const feedSvar = { 200: Type.Array(Innslag, { description: 'A page of at most 1000 entries; `[]` at the end. Atom with Accept application/atom+xml or application/xml.' }), 304: Type.Null({ description: 'Nothing new since the ETag in If-None-Match.' }) };

type Feedformat = 'json' | 'atom' | 'atomSomXml';
const feedformater: Readonly<Record<string, Feedformat>> = {
  'application/json': 'json',
  'application/atom+xml': 'atom',
  // Spec §3.1: FREG answers application/xml with the same Atom document (§11.10 decided in docs/hendelsesliste.md).
  'application/xml': 'atomSomXml',
  'text/xml': 'atomSomXml',
  'application/*': 'json',
  '*/*': 'json',
};
const sisteformater: Readonly<Record<string, 'json' | 'tekst' | 'xml'>> = {
  'application/json': 'json',
  'text/plain': 'tekst',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/*': 'json',
  'text/*': 'tekst',
  '*/*': 'json',
};

/** The event services of spec §1.4.7–§1.4.12 and §3 for one package, each only where spec §1.3 offers it. */
export function hendelserRoutes(o: HendelserRoutesOptions): FastifyPluginAsyncTypebox {
  const tjenester: Hendelsestjenester = hendelsestjenester[o.pakke];
  return async (app) => {
    lesXmlBulkkropp(app);

    const svarFeed = async (request: FastifyRequest, reply: FastifyReply, sti: string, seqVerdi: number, kommunenummer?: string) => {
      const format = velgMediatype(request.headers.accept, feedformater);
      const fra = await feedStart(o.oppbevaring, seqVerdi);
      const side = await lesFeedside(o.db, o.pakke, { fra, ...(kommunenummer ? { kommunenummer } : {}) });
      const etag = feedEtag(o.pakke, format, fra, side, kommunenummer);
      reply.header('etag', etag);
      if (treffer(request.headers['if-none-match'], etag)) return reply.code(304).send();
      if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(feedsideJson(side.innslag)));
      const base = `${request.protocol}://${request.host}${rettighetspakker[o.pakke].prefiks}v1/${sti}`;
      const lenke = (s: number) => `${base}?seq=${s}${kommunenummer ? `&kommunenummer=${kommunenummer}` : ''}`;
      const atom = feedsideTilAtom(side.innslag, {
        id: base,
        tittel: `Hendelsesliste – ${rettighetspakker[o.pakke].tittel}`,
        selv: lenke(seqVerdi),
        foerste: lenke(0),
        ...(side.full ? { neste: lenke(side.neste) } : {}),
        naa: o.klokke(),
      });
      return reply.type(`${format === 'atom' ? 'application/atom+xml' : 'application/xml'}; charset=utf-8`).send(atom);
    };

    app.get('/hendelser/feed', {
      schema: { description: "The package's event feed from `seq` (spec §3.1): pages of 1000 entries.", querystring: FeedQuery, response: feedSvar },
    }, async (request, reply) => svarFeed(request, reply, 'hendelser/feed', request.query.seq));

    if (tjenester.tilpasset) {
      app.get('/hendelser/feed/tilpasset', {
        schema: {
          description: 'The event feed of persons living in the municipality after the event, or moving out of it (spec §3.2).',
          querystring: TilpassetQuery,
          response: feedSvar,
        },
      }, async (request, reply) => svarFeed(request, reply, 'hendelser/feed/tilpasset', request.query.seq, request.query.kommunenummer));
    }

    app.get('/hendelser/siste/sekvensnummer', {
      schema: { description: "The register's latest sequence number (spec §3.3): a bare JSON number (`40241`), text/plain, or XML `<sekvensnummer><sekvensnummer>40241</sekvensnummer></sekvensnummer>`." },
    }, async (request, reply) => {
      const format = velgMediatype(request.headers.accept, sisteformater);
      const siste = await sisteSekvensnummer(o.db);
      if (format === 'tekst') return reply.type('text/plain; charset=utf-8').send(String(siste));
      if (format === 'xml') return reply.type('application/xml; charset=utf-8').send(sekvensnummerTilXml(siste));
      return reply.type('application/json; charset=utf-8').send(String(siste));
    });

    app.get('/hendelser/xsd', { schema: { description: "The event document's XSD (spec §1.4.7)." } }, async (_request, reply) =>
      reply.type('application/xml; charset=utf-8').send(hendelseXsd()),
    );
    app.get('/hendelser/feedxsd', { schema: { description: "The feed entries' XSD (spec §1.4.7)." } }, async (_request, reply) =>
      reply.type('application/xml; charset=utf-8').send(feedXsd()),
    );

    if (!tjenester.dokumenter) return;

    /** The event through the gate, with the person right after it, or why not (spec §1.4.11: 400 past the window). */
    const hendelsesdokumenter = async (ider: readonly string[]): Promise<Map<string, UtlevertHendelse | string>> => {
      const funnet = await finnHendelser(o.db, ider);
      const personer = await finnPersondokumenter(o.db, [...funnet.values()].map((f) => f.hendelse.persondokument));
      const grense = oppbevaringsgrense(o.klokke(), o.oppbevaring.maaneder).getTime();
      const utlever = (f: FunnetHendelse | undefined): UtlevertHendelse | string => {
        const person = f && personer.get(f.hendelse.persondokument);
        if (!f || !person) return 'Fant ikke hendelse';
        if (Date.parse(f.hendelse.ajourholdstidspunkt) < grense) return `Hendelsen er eldre enn ${o.oppbevaring.maaneder} måneder`;
        return viewHendelse(f.hendelse, o.pakke, person.dokument, {
          personId: f.personId,
          ...(person.gjeldendeBeskyttelse ? { gjeldendeBeskyttelse: person.gjeldendeBeskyttelse } : {}),
        });
      };
      return new Map(ider.map((id) => [id, utlever(funnet.get(id))]));
    };

    app.get('/hendelser/:hendelsesidentifikator', {
      schema: { description: 'An event document (spec §1.4.11, §3.4).', params: Type.Object({ hendelsesidentifikator: Type.String({ maxLength: 64 }) }) },
    }, async (request, reply) => {
      const format = velgSvarformat(request.headers.accept);
      const id = request.params.hendelsesidentifikator;
      const svar = (await hendelsesdokumenter([id])).get(id)!;
      if (typeof svar === 'string') throw svar === 'Fant ikke hendelse' ? new ApiFeil('dokumentIkkeFunnet') : new ApiFeil('ugyldigForespoersel', svar);
      const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.hendelse, [svar]);
      return send(reply, format, logget, () => svar.dokumentForHendelse, () => hendelseTilXml(svar));
    });

    app.post('/hendelser/bulkoppslag', {
      schema: {
        description: 'Many event documents (spec §1.4.12); at most 1000.',
        body: Type.Object({ dokumentidentifikator: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 10_000 }) }),
      },
    }, async (request, reply) => {
      const format = velgSvarformat(request.headers.accept, request.headers['content-type']);
      const ider = request.body.dokumentidentifikator;
      sjekkBulkstoerrelse(ider.length);
      const funnet = await hendelsesdokumenter(ider);
      const oppslag: HendelseBulkoppslag[] = ider.map((id) => {
        const svar = funnet.get(id)!;
        return typeof svar === 'string' ? { dokumentidentifikator: id, feilmelding: svar } : { dokumentidentifikator: id, utlevert: svar };
      });
      const logget = await loggUtlevering(request, o.revisjonslogg, Tjeneste.hendelserBulkoppslag, oppslag.flatMap((x) => (x.utlevert ? [x.utlevert] : [])));
      return send(reply, format, logget, () => hendelseBulkoppslagJson(oppslag), () => hendelseBulkoppslagTilXml(oppslag));
    });
  };
}

/**
 * Events are immutable and a page holds every entry the package may see from its start up to its last entry, so the
 * start, the last entry and the filter name the page's content; a page that grows gets a new tag.
 */
function feedEtag(pakke: Rettighetspakke, format: Feedformat, fra: number, side: Feedside, kommunenummer?: string): string {
  const sist = side.innslag.at(-1)?.sekvensnummer ?? 'tom';
  const noekkel = [pakke, format, kommunenummer ?? '', fra, sist, side.innslag.length].join('|');
  return `W/"${createHash('sha256').update(noekkel).digest('base64url').slice(0, 27)}"`;
}

function treffer(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bar = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bar(t) === bar(etag));
}
