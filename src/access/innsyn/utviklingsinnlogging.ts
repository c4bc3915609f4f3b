import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { Queryable } from '../../store/db.ts';

/** The development login's issuer; accepted only while the development login is on. */
export const utviklingsutsteder = 'urn:folkeregister:innsyn:utviklingsinnlogging';

export interface Utviklingsnokkel {
  readonly privat: JWK;
  readonly offentlig: JWK;
}

/**
 * The development login's ES256 key, made on first use and kept in the database so that tokens survive restarts.
 * Two servers starting at once both insert; `on conflict do nothing` keeps the first, and both read it back.
 */
export async function hentUtviklingsnokkel(db: Queryable): Promise<Utviklingsnokkel> {
  const les = async () =>
    (await db.query<{ privat_jwk: JWK; offentlig_jwk: JWK }>('select privat_jwk, offentlig_jwk from innsyn_utviklingsnokkel'))[0];
  let rad = await les();
  if (!rad) {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const offentlig = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(offentlig);
    const utvid = (jwk: JWK): JWK => ({ ...jwk, kid, alg: 'ES256', use: 'sig' });
    await db.query('insert into innsyn_utviklingsnokkel (privat_jwk, offentlig_jwk) values ($1, $2) on conflict (id) do nothing', [
      utvid(await exportJWK(privateKey)),
      utvid(offentlig),
    ]);
    rad = (await les())!;
  }
  return { privat: rad.privat_jwk, offentlig: rad.offentlig_jwk };
}

/** A token shaped like ID-porten's (`pid`, `acr`), signed by the development key. */
export async function utstedUtviklingstoken(
  nokkel: Utviklingsnokkel,
  krav: { pid: string; audience: string; naa: Date; levetidSekunder: number },
): Promise<string> {
  const iat = Math.floor(krav.naa.getTime() / 1000);
  return new SignJWT({ pid: krav.pid, acr: 'idporten-loa-high', amr: ['utvikling'] })
    .setProtectedHeader({ alg: 'ES256', kid: nokkel.privat.kid!, typ: 'at+jwt' })
    .setIssuer(utviklingsutsteder)
    .setAudience(krav.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + krav.levetidSekunder)
    .sign(await importJWK(nokkel.privat, 'ES256'));
}
