import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { SIGNERINGSALGORITME } from './algoritmer.ts';

export interface Noekkelpar {
  readonly kid: string;
  readonly privatJwk: JWK;
  readonly offentligJwk: JWK;
}

/** A fresh RSA 2048 signing key pair; `kid` is the public key's thumbprint (RFC 7638), stable and collision-free. */
export async function lagNoekkelpar(): Promise<Noekkelpar> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNERINGSALGORITME, { extractable: true, modulusLength: 2048 });
  const offentlig = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(offentlig);
  const felles = { kid, alg: SIGNERINGSALGORITME, use: 'sig' };
  return { kid, privatJwk: { ...(await exportJWK(privateKey)), ...felles }, offentligJwk: { ...offentlig, ...felles } };
}
