import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { Queryable } from '../../store/db.ts';
import type { Tokenkrav } from './innbyggertoken.ts';
import type { InnsynInnstillinger } from './innstillinger.ts';
import { hentUtviklingsnokkel, utviklingsutsteder } from './utviklingsinnlogging.ts';

/**
 * What a citizen's token must satisfy, from the innsyn settings: the configured ID-porten-style issuers, and the
 * development login's key when it is on. For citizen APIs outside innsyn (their own move report, a demand for manual
 * review), so a citizen logs in once for all of them.
 */
export async function byggInnbyggerkrav(db: Queryable, innstillinger: InnsynInnstillinger): Promise<Tokenkrav> {
  const utstedere = new Map<string, JWTVerifyGetKey>(
    innstillinger.utstedere.map((u) => [u.issuer, createRemoteJWKSet(new URL(u.jwksUri))]),
  );
  if (innstillinger.utviklingsinnlogging) {
    utstedere.set(utviklingsutsteder, createLocalJWKSet({ keys: [(await hentUtviklingsnokkel(db)).offentlig] }));
  }
  return { utstedere, audience: innstillinger.audience, acr: innstillinger.acr };
}
