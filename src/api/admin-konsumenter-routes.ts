import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyRequest } from 'fastify';
import { registrerKlient } from '../access/konsumenter/klienter.ts';
import { listOrganisasjoner, opprettOrganisasjon } from '../access/konsumenter/organisasjoner.ts';
import { finnKonsumentOversikt } from '../access/konsumenter/oversikt.ts';
import {
  Delegering, Klient, KonsumentOversikt, NyDelegering, NyKlient, NyOrganisasjon, NyStans, Organisasjon,
  OrganisasjonsnummerSchema, RettighetspakkeSchema, Stans,
} from '../access/konsumenter/schema.ts';
import { lesTidspunkt, registrerStans } from '../access/konsumenter/stans.ts';
import { delegerRettighetspakke, tildelRettighetspakke, trekkTilbakeRettighetspakke } from '../access/konsumenter/tildelinger.ts';
import { FolkeregisterFeilmelding } from '../access/tokens/tilgangsfeil.ts';
import type { TokenVerifier } from '../access/tokens/token-verifier.ts';
import type { Db } from '../store/db.ts';
import { adminTilgang } from './admin-tilgang.ts';
import { sendAdminfeil } from './admin-konsumenter-feil.ts';

export interface AdminKonsumenterOptions {
  readonly db: Db;
  readonly verifier: TokenVerifier;
  readonly adminNoekkel?: string | undefined;
  readonly naa?: () => Date;
}

const STI = '/admin/v1/konsumenter';
const Orgnr = Type.Object({ organisasjonsnummer: OrganisasjonsnummerSchema });
const OrgnrOgPakke = Type.Object({ organisasjonsnummer: OrganisasjonsnummerSchema, rettighetspakke: RettighetspakkeSchema });
const Feil = { 400: FolkeregisterFeilmelding, 401: FolkeregisterFeilmelding, 403: FolkeregisterFeilmelding };
const MedOrg = { ...Feil, 404: FolkeregisterFeilmelding, 409: FolkeregisterFeilmelding };

/** Who changed what in the consumer registry, for the operator's log (organisation numbers are not personal data). */
function logg(request: FastifyRequest, handling: string, organisasjonsnummer: string): void {
  request.log.info({ handling, organisasjonsnummer, administrator: request.administrator }, 'konsumentregisteret endret');
}

/** The consumer registry's admin API (`/admin/v1/konsumenter…`): organisations, packages, client keys, delegations, revocations. */
export function adminKonsumenterRoutes(options: AdminKonsumenterOptions): FastifyPluginAsyncTypebox {
  const { db } = options;
  return async (app) => {
    await app.register(adminTilgang(options));
    // Unreadable bodies and schema refusals in the same FREG body as every other refusal here. A schema message names
    // the field, not its value, so it is passed on; a parser's message may quote the body, so it is not.
    app.setErrorHandler<FastifyError>((error, _request, reply) => {
      if (error.validation) return sendAdminfeil(reply, 'ugyldigForespoersel', error.message);
      if (error.statusCode === 400 || error.statusCode === 415) return sendAdminfeil(reply, 'ugyldigForespoersel');
      throw error;
    });

    app.post(
      STI,
      {
        schema: { description: 'Registrer en konsumentorganisasjon.', body: NyOrganisasjon, response: { 201: Organisasjon, ...MedOrg } },
      },
      async (request, reply) => {
        if ((await opprettOrganisasjon(db, request.body)) === 'finnesAllerede') return sendAdminfeil(reply, 'finnesAllerede');
        logg(request, 'opprett', request.body.organisasjonsnummer);
        return reply.code(201).send({ administrator: false, ...request.body, rettighetspakker: [] });
      },
    );

    app.get(
      STI,
      { schema: { description: 'Alle konsumentorganisasjoner.', response: { 200: Type.Array(Organisasjon), ...Feil } } },
      async () => listOrganisasjoner(db),
    );

    app.get(
      `${STI}/:organisasjonsnummer`,
      {
        schema: {
          description: 'Én organisasjon med klienter, delegeringer og stans.',
          params: Orgnr,
          response: { 200: KonsumentOversikt, ...MedOrg },
        },
      },
      async (request, reply) => {
        const oversikt = await finnKonsumentOversikt(db, request.params.organisasjonsnummer);
        return oversikt ?? sendAdminfeil(reply, 'organisasjonFinnesIkke');
      },
    );

    const pakkesti = `${STI}/:organisasjonsnummer/rettighetspakker/:rettighetspakke`;
    const pakkeskjema = (description: string) => ({ description, params: OrgnrOgPakke, response: { 204: Type.Null(), ...MedOrg } });
    app.put(pakkesti, { schema: pakkeskjema('Tildel en rettighetspakke.') }, async (request, reply) => {
      const { organisasjonsnummer, rettighetspakke } = request.params;
      const utfall = await tildelRettighetspakke(db, organisasjonsnummer, rettighetspakke);
      if (utfall !== 'tildelt') return sendAdminfeil(reply, utfall);
      logg(request, `tildel ${rettighetspakke}`, organisasjonsnummer);
      return reply.code(204).send(null);
    });

    const trekkTilbake = pakkeskjema('Trekk tilbake en rettighetspakke og delegeringene av den.');
    app.delete(pakkesti, { schema: trekkTilbake }, async (request, reply) => {
      const { organisasjonsnummer, rettighetspakke } = request.params;
      const utfall = await trekkTilbakeRettighetspakke(db, organisasjonsnummer, rettighetspakke);
      if (utfall !== 'trukketTilbake') return sendAdminfeil(reply, utfall);
      logg(request, `trekk tilbake ${rettighetspakke}`, organisasjonsnummer);
      return reply.code(204).send(null);
    });

    app.post(
      `${STI}/:organisasjonsnummer/klienter`,
      {
        schema: {
          description: 'Registrer en klient med offentlig nøkkel, eller en nøkkel til for en klient (nøkkelbytte).',
          params: Orgnr,
          body: NyKlient,
          response: { 201: Klient, ...MedOrg },
        },
      },
      async (request, reply) => {
        const utfall = await registrerKlient(db, request.params.organisasjonsnummer, request.body);
        if (!utfall.ok) return sendAdminfeil(reply, utfall.grunn, utfall.grunn === 'ugyldigNoekkel' ? utfall.melding : undefined);
        logg(request, `klient ${utfall.klient.klientId}`, request.params.organisasjonsnummer);
        return reply.code(201).send(utfall.klient);
      },
    );

    app.post(
      `${STI}/:organisasjonsnummer/delegeringer`,
      {
        schema: {
          description: 'Deleger en rettighetspakke organisasjonen har, til en leverandør (spec §6.1).',
          params: Orgnr,
          body: NyDelegering,
          response: { 201: Delegering, ...MedOrg },
        },
      },
      async (request, reply) => {
        const { organisasjonsnummer } = request.params;
        const { leverandoer, rettighetspakke } = request.body;
        const utfall = await delegerRettighetspakke(db, organisasjonsnummer, leverandoer, rettighetspakke);
        if (utfall !== 'delegert') return sendAdminfeil(reply, utfall === 'ikkeTildelt' ? 'delegeringUtenTildeling' : utfall);
        logg(request, `deleger ${rettighetspakke} til ${leverandoer}`, organisasjonsnummer);
        return reply.code(201).send({ organisasjonsnummer, leverandoer, rettighetspakke });
      },
    );

    app.post(
      `${STI}/:organisasjonsnummer/stans`,
      {
        schema: {
          description: 'Stans tilgangen for perioden [fra, til) (folkeregisterloven § 12-2).',
          params: Orgnr,
          body: NyStans,
          response: { 201: Stans, ...MedOrg },
        },
      },
      async (request, reply) => {
        const fra = lesTidspunkt(request.body.fra);
        const til = lesTidspunkt(request.body.til);
        if (!fra || !til) return sendAdminfeil(reply, 'ugyldigPeriode');
        const utfall = await registrerStans(db, request.params.organisasjonsnummer, { fra, til, grunn: request.body.grunn });
        if (utfall !== 'registrert') return sendAdminfeil(reply, utfall === 'tomPeriode' ? 'ugyldigPeriode' : utfall);
        logg(request, 'stans', request.params.organisasjonsnummer);
        return reply.code(201).send({ fra: fra.toISOString(), til: til.toISOString(), grunn: request.body.grunn });
      },
    );
  };
}
