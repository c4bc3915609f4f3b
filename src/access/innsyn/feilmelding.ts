import { Type, type Static } from '@sinclair/typebox';

/** FREG's error body for 401/403/406 (`FolkeregisterFeilmelding`, spec §1.2), used for every innsyn error. */
export const FolkeregisterFeilmelding = Type.Object(
  {
    httpStatus: Type.Integer({ description: 'The HTTP status, repeated' }),
    alvorlighetsgrad: Type.String({ description: 'WARNING for the caller’s errors, ERROR for the server’s' }),
    feilkode: Type.String({ description: 'Stable code of the failure' }),
    feilmelding: Type.String({ description: 'What went wrong, in Norwegian; never tokens or identity numbers' }),
  },
  { description: 'FolkeregisterFeilmelding (spec §1.2)' },
);
export type FolkeregisterFeilmelding = Static<typeof FolkeregisterFeilmelding>;

/** The innsyn API's failures: status, code and text in one place. */
export const Innsynsfeil = {
  tokenMangler: [401, 'TokenMangler', 'Innlogging kreves: send et ID-porten-token som Bearer-token'],
  tokenUgyldig: [401, 'TokenUgyldig', 'Tokenet er ugyldig'],
  tokenUtloept: [401, 'TokenUtloept', 'Tokenet er utløpt'],
  ukjentUtsteder: [401, 'UkjentUtsteder', 'Tokenet er ikke utstedt av en godkjent innloggingstjeneste'],
  forLavtSikkerhetsnivaa: [401, 'ForLavtSikkerhetsnivaa', 'Innloggingen har for lavt sikkerhetsnivå'],
  ugyldigForespoersel: [400, 'UgyldigForespoersel', 'Ugyldig forespørsel'],
  ugyldigPersonidentifikator: [400, 'UgyldigPersonidentifikator', 'Ugyldig fødselsnummer eller D-nummer'],
  internFeil: [500, 'InternFeil', 'Feil i tjenesten. Vennligst prøv igjen seinere.'],
} as const satisfies Record<string, readonly [number, string, string]>;
export type Innsynsfeil = keyof typeof Innsynsfeil;

export function feilmelding(feil: Innsynsfeil): FolkeregisterFeilmelding {
  const [httpStatus, kode, tekst] = Innsynsfeil[feil];
  return {
    httpStatus,
    alvorlighetsgrad: httpStatus >= 500 ? 'ERROR' : 'WARNING',
    feilkode: `folkeregister.innsyn.${kode}`,
    feilmelding: tekst,
  };
}
