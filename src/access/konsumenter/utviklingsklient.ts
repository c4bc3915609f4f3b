import type { JWK } from 'jose';
import type { Db } from '../../store/db.ts';
import { lagNoekkelpar } from '../tokens/noekkelpar.ts';
import { registrerKlient } from './klienter.ts';
import { opprettOrganisasjon, settAdministrator } from './organisasjoner.ts';
import type { Rettighetspakke } from './rettighetspakker.ts';
import { delegerRettighetspakke, tildelRettighetspakke } from './tildelinger.ts';
import { tildelRessurs } from '../produsenter/tilganger.ts';
import type { Ressurs } from '../../intake/kontrakt.ts';

export interface Utviklingsoenske {
  readonly organisasjonsnummer: string;
  readonly leverandoer?: string | undefined;
  readonly rettighetspakker: readonly Rettighetspakke[];
  readonly administrator: boolean;
  /** Producer resources to grant (docs/mottak.md). */
  readonly ressurser?: readonly Ressurs[];
}

export interface Utviklingsklient {
  readonly klientId: string;
  readonly privatJwk: JWK;
}

/**
 * A development client that can get a token for what is asked: the organisation (and vendor) registered, the packages
 * granted (and delegated), and a client `utvikling-<orgnr>` of whoever calls, whose private key is kept in
 * `konsument_utviklingsnoekkel` so `folkeregister token` can sign its assertion. Idempotent.
 *
 * NOTE: development only. It grants whatever is asked; the command using it refuses to run when the embedded issuer
 * is off, and production consumers register their own public keys (docs/tilgang.md).
 */
export async function sikreUtviklingsklient(db: Db, oenske: Utviklingsoenske): Promise<Utviklingsklient> {
  const { organisasjonsnummer, leverandoer } = oenske;
  for (const nummer of [organisasjonsnummer, ...(leverandoer ? [leverandoer] : [])]) {
    await opprettOrganisasjon(db, { organisasjonsnummer: nummer, navn: `Utviklingsorganisasjon ${nummer}` });
  }
  if (oenske.administrator) await settAdministrator(db, organisasjonsnummer, true);
  for (const pakke of oenske.rettighetspakker) {
    await tildelRettighetspakke(db, organisasjonsnummer, pakke);
    if (leverandoer) await delegerRettighetspakke(db, organisasjonsnummer, leverandoer, pakke);
  }
  for (const ressurs of oenske.ressurser ?? []) await tildelRessurs(db, organisasjonsnummer, ressurs);
  const eier = leverandoer ?? organisasjonsnummer;
  const klientId = `utvikling-${eier}`;
  const [lagret] = await db.query<{ privat_jwk: JWK }>(
    'select privat_jwk from konsument_utviklingsnoekkel where klient_id = $1',
    [klientId],
  );
  if (lagret) return { klientId, privatJwk: lagret.privat_jwk };
  const par = await lagNoekkelpar();
  const registrert = await registrerKlient(db, eier, { klientId, jwk: par.offentligJwk });
  if (!registrert.ok) throw new Error(`Kunne ikke registrere utviklingsklienten ${klientId}: ${registrert.grunn}`);
  await db.query('insert into konsument_utviklingsnoekkel (klient_id, privat_jwk) values ($1, $2)', [klientId, par.privatJwk]);
  return { klientId, privatJwk: par.privatJwk };
}
