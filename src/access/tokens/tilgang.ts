import { createLocalJWKSet, createRemoteJWKSet } from 'jose';
import type { Db } from '../../store/db.ts';
import { startInnebygdUtsteder, type InnebygdUtsteder } from './innebygd-utsteder.ts';
import type { Tilgangsinnstillinger } from './innstillinger.ts';
import { lagTokenVerifier, type TokenVerifier, type Utsteder } from './token-verifier.ts';

export interface Tilgang {
  readonly verifier: TokenVerifier;
  /** The embedded token service, when it is on. */
  readonly utsteder?: InnebygdUtsteder;
}

/**
 * The one place that decides whose tokens are trusted: the configured external issuers (their JWKS fetched and
 * cached by jose, refetched when an unknown `kid` appears, so Maskinporten's key rotation needs no restart) and the
 * embedded issuer, whose keys are in our own database.
 */
export async function startTilgang(db: Db, innstillinger: Tilgangsinnstillinger, naa?: () => Date): Promise<Tilgang> {
  const utsteder = innstillinger.innebygdUtsteder && (await startInnebygdUtsteder(db, innstillinger.innebygdUtsteder));
  const utstedere: Utsteder[] = innstillinger.eksterneUtstedere.map((u) => ({
    issuer: u.issuer,
    noekler: createRemoteJWKSet(new URL(u.jwksUri)),
  }));
  if (utsteder) utstedere.push({ issuer: utsteder.issuer, noekler: createLocalJWKSet(utsteder.jwks) });
  const verifier = lagTokenVerifier({
    utstedere,
    mottakere: innstillinger.mottakere,
    klokkeslakkSekunder: innstillinger.klokkeslakkSekunder,
    ...(naa ? { naa } : {}),
  });
  return { verifier, ...(utsteder ? { utsteder } : {}) };
}
