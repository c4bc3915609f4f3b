import { AUD_UNSPECIFIED } from './access-token.ts';

/**
 * Token and access settings, read from the environment in one place (to move into `src/config.ts`). Bad values stop
 * the start with a message naming the variable: a register that silently trusts the wrong issuer is worse than one
 * that does not start.
 */
export interface Tilgangsinnstillinger {
  /** External issuers (Maskinporten) whose tokens are accepted, with their JWKS address. */
  readonly eksterneUtstedere: readonly { issuer: string; jwksUri: string }[];
  /** The embedded token service, or undefined when it is off. */
  readonly innebygdUtsteder?: { issuer: string; tokenLevetidSekunder: number };
  /** Accepted `aud` values of access tokens. */
  readonly mottakere: readonly string[];
  readonly klokkeslakkSekunder: number;
  /** Requests per IP per window (FREG: 60 000 a minute, spec §9). */
  readonly ipGrense: { antall: number; vinduSekunder: number };
  /** A static bearer key for the admin API, for operators and bootstrapping; undefined disables it. */
  readonly adminNoekkel?: string;
}

export function lesTilgangsinnstillinger(env: NodeJS.ProcessEnv = process.env): Tilgangsinnstillinger {
  const eksterneUtstedere = lesUtstedere(env.FOLKEREGISTER_TOKEN_ISSUERS);
  // On by default when nothing else can issue tokens, so development uses the real flow (issue 4 point 4).
  const innebygdPaa = env.FOLKEREGISTER_INNEBYGD_UTSTEDER
    ? lesBoolsk('FOLKEREGISTER_INNEBYGD_UTSTEDER', env.FOLKEREGISTER_INNEBYGD_UTSTEDER)
    : eksterneUtstedere.length === 0;
  const adminNoekkel = env.FOLKEREGISTER_ADMIN_NOEKKEL || undefined;
  // Sent as a bearer token, so it must be a b64token (RFC 6750 §2.1); 32 characters make guessing hopeless.
  if (adminNoekkel !== undefined && !/^[A-Za-z0-9\-._~+/]{32,}$/.test(adminNoekkel)) {
    throw new Error('FOLKEREGISTER_ADMIN_NOEKKEL må ha minst 32 tegn av A–Z, a–z, 0–9, -._~+/ (f.eks. `openssl rand -hex 32`).');
  }
  return {
    eksterneUtstedere,
    ...(innebygdPaa
      ? {
          innebygdUtsteder: {
            issuer: lesUrl('FOLKEREGISTER_ISSUER', env.FOLKEREGISTER_ISSUER ?? `http://localhost:${env.PORT ?? 8080}/`),
            tokenLevetidSekunder: lesHeltall('FOLKEREGISTER_TOKEN_LEVETID', env.FOLKEREGISTER_TOKEN_LEVETID, 120),
          },
        }
      : {}),
    mottakere: (env.FOLKEREGISTER_TOKEN_AUDIENCE ?? AUD_UNSPECIFIED).split(',').map((s) => s.trim()).filter(Boolean),
    klokkeslakkSekunder: lesHeltall('FOLKEREGISTER_KLOKKESLAKK', env.FOLKEREGISTER_KLOKKESLAKK, 10),
    ipGrense: {
      antall: lesHeltall('FOLKEREGISTER_IP_GRENSE', env.FOLKEREGISTER_IP_GRENSE, 60_000),
      vinduSekunder: lesHeltall('FOLKEREGISTER_IP_VINDU', env.FOLKEREGISTER_IP_VINDU, 60),
    },
    ...(adminNoekkel ? { adminNoekkel } : {}),
  };
}

function lesUtstedere(json: string | undefined): { issuer: string; jwksUri: string }[] {
  if (!json) return [];
  let liste: unknown;
  try {
    liste = JSON.parse(json);
  } catch {
    throw new Error(
      'FOLKEREGISTER_TOKEN_ISSUERS må være JSON: [{"issuer": "https://maskinporten.no/", "jwksUri": "https://maskinporten.no/jwk"}]',
    );
  }
  if (!Array.isArray(liste)) throw new Error('FOLKEREGISTER_TOKEN_ISSUERS må være en JSON-liste.');
  return liste.map((u: { issuer?: unknown; jwksUri?: unknown }) => {
    if (typeof u?.issuer !== 'string' || typeof u.jwksUri !== 'string') {
      throw new Error('Hver utsteder i FOLKEREGISTER_TOKEN_ISSUERS må ha "issuer" og "jwksUri".');
    }
    return { issuer: u.issuer, jwksUri: lesUrl('FOLKEREGISTER_TOKEN_ISSUERS', u.jwksUri) };
  });
}

function lesUrl(navn: string, verdi: string): string {
  if (!URL.canParse(verdi)) throw new Error(`${navn}: ${JSON.stringify(verdi)} er ikke en URL.`);
  return verdi;
}

export function lesHeltall(navn: string, verdi: string | undefined, standard: number): number {
  if (verdi === undefined || verdi === '') return standard;
  const tall = Number(verdi);
  if (!Number.isInteger(tall) || tall < 0) throw new Error(`${navn} må være et heltall ≥ 0.`);
  return tall;
}

export function lesBoolsk(navn: string, verdi: string): boolean {
  if (verdi === 'true') return true;
  if (verdi === 'false') return false;
  throw new Error(`${navn} må være true eller false.`);
}
