import type { FastifyReply } from 'fastify';
import type { FolkeregisterFeilmelding } from '../access/tokens/tilgangsfeil.ts';

const P = 'ske.folkeregister.admin.';

/** The admin API's refusals, in the same FREG body as the consumer API's (docs/tilgang.md lists them). */
export const adminfeilkatalog = {
  organisasjonFinnesIkke: { httpStatus: 404, feilkode: `${P}OrganisasjonFinnesIkkeException`, feilmelding: 'Organisasjonen er ikke registrert.' },
  leverandoerFinnesIkke: { httpStatus: 404, feilkode: `${P}LeverandoerFinnesIkkeException`, feilmelding: 'Leverandøren er ikke registrert som organisasjon.' },
  ikkeTildelt: { httpStatus: 404, feilkode: `${P}RettighetspakkeIkkeTildeltException`, feilmelding: 'Organisasjonen har ikke denne rettighetspakken.' },
  finnesAllerede: { httpStatus: 409, feilkode: `${P}OrganisasjonFinnesException`, feilmelding: 'Organisasjonen er allerede registrert.' },
  delegeringUtenTildeling: { httpStatus: 409, feilkode: `${P}DelegeringUtenTilgangException`, feilmelding: 'Bare rettighetspakker organisasjonen har, kan delegeres (spec §6.1).' },
  klientTilhoererAnnen: { httpStatus: 409, feilkode: `${P}KlientTilhoererAnnenException`, feilmelding: 'Klient-id-en tilhører en annen organisasjon.' },
  noekkelFinnes: { httpStatus: 409, feilkode: `${P}NoekkelFinnesException`, feilmelding: 'Klienten har allerede en nøkkel med denne kid.' },
  ugyldigForespoersel: { httpStatus: 400, feilkode: `${P}UgyldigForespoerselException`, feilmelding: 'Forespørselen følger ikke skjemaet (se /openapi.json).' },
  ugyldigNoekkel: { httpStatus: 400, feilkode: `${P}UgyldigNoekkelException`, feilmelding: 'Nøkkelen kan ikke registreres.' },
  ugyldigPeriode: { httpStatus: 400, feilkode: `${P}UgyldigPeriodeException`, feilmelding: 'Perioden må ha gyldige tidspunkter og slutte etter at den begynner.' },
} as const satisfies Record<string, { httpStatus: 400 | 404 | 409; feilkode: string; feilmelding: string }>;

export type Adminfeil = keyof typeof adminfeilkatalog;

export function sendAdminfeil(reply: FastifyReply, feil: Adminfeil, detalj?: string): FastifyReply {
  const { httpStatus, feilkode, feilmelding } = adminfeilkatalog[feil];
  const body: FolkeregisterFeilmelding = {
    httpStatus,
    alvorlighetsgrad: 'WARNING',
    feilkode,
    feilmelding,
    ...(detalj ? { tilleggsinformasjon: { detalj } } : {}),
  };
  return reply.code(httpStatus).send(body);
}
