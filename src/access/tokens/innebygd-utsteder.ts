import { SignJWT, type JWK } from 'jose';
import type { Db } from '../../store/db.ts';
import type { AccessTokenClaims } from './access-token.ts';
import { hentServerNoekler } from './server-noekkel.ts';

/**
 * The embedded token service's identity and signing: a stand-in for Maskinporten in development (issue 4 point 4),
 * served at the root of this server (`/token`, `/jwks`, `/.well-known/oauth-authorization-server`).
 */
export interface InnebygdUtsteder {
  readonly issuer: string;
  readonly tokenEndpoint: string;
  readonly jwksUri: string;
  readonly jwks: { keys: JWK[] };
  readonly tokenLevetidSekunder: number;
  signer(claims: AccessTokenClaims): Promise<string>;
}

export async function startInnebygdUtsteder(
  db: Db,
  innstillinger: { issuer: string; tokenLevetidSekunder: number },
): Promise<InnebygdUtsteder> {
  const { signering, offentlige } = await hentServerNoekler(db);
  const { issuer } = innstillinger;
  return {
    issuer,
    tokenEndpoint: new URL('/token', issuer).href,
    jwksUri: new URL('/jwks', issuer).href,
    jwks: { keys: offentlige },
    tokenLevetidSekunder: innstillinger.tokenLevetidSekunder,
    signer: (claims) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: signering.alg, kid: signering.kid, typ: 'JWT' })
        .sign(signering.noekkel),
  };
}
