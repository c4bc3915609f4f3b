import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { byggInnbyggerkrav } from '../../access/innsyn/innbyggerkrav.ts';
import { feilmelding, verifiserInnbyggertoken, type InnsynInnstillinger } from '../../access/innsyn/index.ts';
import { alleIdentifikatorer } from '../../domain/person/persondokument.ts';
import { flyttemeldingSomXml } from '../../intake/mottak/innbyggerflytting.ts';
import { mottaMelding } from '../../intake/mottak/motta.ts';
import { listSakerForPersoner, type Sak } from '../../intake/mottak/saker.ts';
import { kreveManuellBehandling, type Saksoppsett } from '../../intake/mottak/saksbehandling.ts';
import { finnPerson } from '../../register/les-person.ts';
import type { Db } from '../../store/db.ts';
import { ApiFeil } from '../feil/katalog.ts';
import { saksoversikt, svar } from './saksbehandling-routes.ts';

export interface InnbyggerRoutesOptions extends Saksoppsett {
  readonly db: Db;
  readonly innstillinger: InnsynInnstillinger;
  readonly mottatt: () => void;
}

const Nummer = Type.String({ pattern: '^\\d{11}$' });
const Flyttemelding = Type.Object(
  {
    flyttedato: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The day you move (YYYY-MM-DD)' }),
    nyAdresse: Type.Object(
      {
        adressenavn: Type.String({ minLength: 1, maxLength: 200 }),
        husnummer: Type.Optional(Type.String({ pattern: '^\\d{1,4}$' })),
        husbokstav: Type.Optional(Type.String({ pattern: '^[A-Za-z]$' })),
        bruksenhetsnummer: Type.Optional(Type.String({ pattern: '^[HKLU]\\d{4}$', description: 'The flat, e.g. H0101' })),
        postnummer: Type.String({ pattern: '^\\d{4}$' }),
      },
      { additionalProperties: false },
    ),
    medflyttere: Type.Optional(Type.Array(Nummer, { maxItems: 20, description: 'Others who move with you (children, spouse)' })),
  },
  { additionalProperties: false, description: 'A move report (folkeregisterloven § 6-1)' },
);

const Kvittering = Type.Object({ folkeregisterReferanse: Type.String(), avsendersMeldingsidentifikator: Type.String() });
const MinSak = Type.Object({
  saksnummer: Type.Integer(),
  status: Type.String(),
  utfall: Type.Optional(Type.String()),
  opprettet: Type.String(),
  saksfrist: Type.Optional(Type.String()),
  begrunnelser: Type.Array(Type.Object({ kode: Type.String(), tekst: Type.String() })),
});

/** A case as its citizen sees it: no proposal, no other persons' numbers. */
function minSak(s: Sak): Static<typeof MinSak> {
  const { saksnummer, status, utfall, opprettet, saksfrist, begrunnelser } = saksoversikt(s);
  return { saksnummer, status, ...(utfall ? { utfall } : {}), opprettet, ...(saksfrist ? { saksfrist } : {}), begrunnelser };
}

/**
 * Citizens' own errands with the register (`/folkeregisteret/innbygger/api/v1`), logged in as for innsyn (ID-porten,
 * or the development login): report a move (§ 6-1), see the cases about them, and demand manual review of an
 * automated decision (§ 9-4 second paragraph).
 */
export function innbyggerRoutes(o: InnbyggerRoutesOptions): FastifyPluginAsync {
  return async (plugin) => {
    const app = plugin.withTypeProvider<TypeBoxTypeProvider>();
    const krav = await byggInnbyggerkrav(o.db, o.innstillinger);
    if (!app.hasRequestDecorator('innbygger')) app.decorateRequest('innbygger', null);
    app.addHook('onRequest', async (request, reply) => {
      const tolkning = await verifiserInnbyggertoken(request.headers.authorization, krav, o.klokke());
      if (tolkning.ok) {
        request.innbygger = tolkning.innbygger;
        return;
      }
      reply.header('www-authenticate', `Bearer realm="innbygger"${tolkning.feil === 'tokenMangler' ? '' : ', error="invalid_token"'}`);
      return reply.code(feilmelding(tolkning.feil).httpStatus).send(feilmelding(tolkning.feil));
    });
    const tags = ['innbygger'];
    const mineNumre = async (pid: string) => {
      const person = await finnPerson(o.db, pid);
      return person ? alleIdentifikatorer(person.dokument) : [pid];
    };

    app.post('/flyttemelding', {
      schema: { description: 'Report your move (folkeregisterloven § 6-1); processed like any move report.', tags, body: Flyttemelding, response: { 202: Kvittering } },
    }, async (request, reply) => {
      const pid = request.innbygger!.pid;
      const naa = o.klokke();
      const bygget = flyttemeldingSomXml(pid, request.body, naa);
      if (!bygget.ok) throw new ApiFeil('ugyldigMelding', bygget.feil);
      const mottak = await mottaMelding(o.db, { avsender: { innbygger: pid }, ressurs: 'flyttemelding_fra_posten_v1', xml: bygget.xml, vedlegg: [], mottatt: naa });
      if (!mottak.ok) throw new ApiFeil('ugyldigMelding', mottak.meldinger.join('; '));
      const { kvittering } = mottak;
      o.mottatt();
      return reply.code(202).send({ folkeregisterReferanse: kvittering.folkeregisterReferanse, avsendersMeldingsidentifikator: kvittering.avsendersMeldingsidentifikator });
    });

    app.get('/saker', {
      schema: { description: 'The cases about you, newest first.', tags, response: { 200: Type.Object({ saker: Type.Array(MinSak) }) } },
    }, async (request) => {
      const saker = await listSakerForPersoner(o.db, await mineNumre(request.innbygger!.pid));
      return { saker: saker.map(minSak) };
    });

    app.post('/saker/:saksnummer/manuell-behandling', {
      schema: {
        description: 'Demand that an automated decision about you is reviewed by a case worker (folkeregisterloven § 9-4 second paragraph).',
        tags,
        params: Type.Object({ saksnummer: Type.Integer({ minimum: 1 }) }),
        body: Type.Object({ merknad: Type.String({ maxLength: 2000, description: 'What you think is wrong' }) }, { additionalProperties: false }),
        response: { 200: MinSak },
      },
    }, async (request) => {
      const numre = await mineNumre(request.innbygger!.pid);
      return minSak(svar(await kreveManuellBehandling(o.db, request.params.saksnummer, numre, request.body.merknad, o)));
    });
  };
}
