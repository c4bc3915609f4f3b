import { importJWK, type CryptoKey, type JWK } from 'jose';
import type { Db } from '../../store/db.ts';
import { lagNoekkelpar } from './noekkelpar.ts';

export interface ServerNoekler {
  /** The key that signs new access tokens: the newest. */
  readonly signering: { kid: string; alg: string; noekkel: CryptoKey };
  /** Every public key, newest first: the issuer's JWKS (tokens signed by an older key still verify). */
  readonly offentlige: JWK[];
}

/**
 * The embedded issuer's keys, generated on the first start and stored in the database so that tokens survive a
 * restart and several instances on one PostgreSQL sign with the same key. The advisory lock makes two instances
 * starting together create one key, not two.
 *
 * NOTE: the private key is stored as a plain JWK; whoever can read the database can mint development tokens. The
 * embedded issuer is for development and small installations; production trusts Maskinporten (docs/tilgang.md).
 */
export async function hentServerNoekler(db: Db): Promise<ServerNoekler> {
  const rader = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7461003)');
    const finnes = await tx.query<Rad>(SELECT);
    if (finnes.length > 0) return finnes;
    const par = await lagNoekkelpar();
    await tx.query('insert into tokenutsteder_noekkel (kid, alg, privat_jwk, offentlig_jwk) values ($1, $2, $3, $4)', [
      par.kid,
      par.offentligJwk.alg,
      par.privatJwk,
      par.offentligJwk,
    ]);
    return tx.query<Rad>(SELECT);
  });
  const nyeste = rader[0]!;
  return {
    signering: { kid: nyeste.kid, alg: nyeste.alg, noekkel: (await importJWK(nyeste.privat_jwk, nyeste.alg)) as CryptoKey },
    offentlige: rader.map((r) => r.offentlig_jwk),
  };
}

interface Rad {
  kid: string;
  alg: string;
  privat_jwk: JWK;
  offentlig_jwk: JWK;
}

const SELECT = 'select kid, alg, privat_jwk, offentlig_jwk from tokenutsteder_noekkel order by opprettet desc, kid';
