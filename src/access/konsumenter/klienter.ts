import { randomUUID } from 'node:crypto';
import type { JWK } from 'jose';
import type { Db, Queryable } from '../../store/db.ts';
import { lesOffentligJwk } from './offentlig-jwk.ts';
import type { Organisasjonsnummer } from './organisasjonsnummer.ts';
import type { Klient } from './schema.ts';
import { finnes } from './tildelinger.ts';

/** A Maskinporten-style client: its id (the `iss` of its assertions), owner and public keys. */
export interface RegistrertKlient {
  readonly klientId: string;
  readonly organisasjonsnummer: Organisasjonsnummer;
  readonly noekler: JWK[];
}

export async function finnKlient(db: Queryable, klientId: string): Promise<RegistrertKlient | undefined> {
  const [rad] = await db.query<{ organisasjonsnummer: Organisasjonsnummer; noekler: { keys: JWK[] } }>(
    'select organisasjonsnummer, noekler from konsument_klient where klient_id = $1',
    [klientId],
  );
  return rad && { klientId, organisasjonsnummer: rad.organisasjonsnummer, noekler: rad.noekler.keys };
}

export async function listKlienter(db: Queryable, organisasjonsnummer: string): Promise<Klient[]> {
  const rader = await db.query<{ klient_id: string; noekler: { keys: JWK[] } }>(
    'select klient_id, noekler from konsument_klient where organisasjonsnummer = $1 order by klient_id collate "C"',
    [organisasjonsnummer],
  );
  return rader.map((r) => ({ klientId: r.klient_id, kid: r.noekler.keys.map((k) => k.kid ?? '') }));
}

export type Klientregistrering =
  | { ok: true; klient: Klient }
  | { ok: false; grunn: 'organisasjonFinnesIkke' | 'klientTilhoererAnnen' | 'noekkelFinnes' }
  | { ok: false; grunn: 'ugyldigNoekkel'; melding: string };

/**
 * Registers a public key for a client of the organisation: a new client (id generated when none is given), or one
 * more key for an existing client of the same organisation, which is how keys are rotated without downtime.
 */
export async function registrerKlient(
  db: Db,
  organisasjonsnummer: string,
  ny: { klientId?: string | undefined; jwk: unknown },
): Promise<Klientregistrering> {
  const tolket = await lesOffentligJwk(ny.jwk);
  if (!tolket.ok) return { ok: false, grunn: 'ugyldigNoekkel', melding: tolket.melding };
  const klientId = ny.klientId ?? randomUUID();
  return db.transaction(async (tx) => {
    if (!(await finnes(tx, organisasjonsnummer))) return { ok: false, grunn: 'organisasjonFinnesIkke' } as const;
    const [eksisterende] = await tx.query<{ organisasjonsnummer: string; noekler: { keys: JWK[] } }>(
      'select organisasjonsnummer, noekler from konsument_klient where klient_id = $1 for update',
      [klientId],
    );
    if (eksisterende && eksisterende.organisasjonsnummer !== organisasjonsnummer) {
      return { ok: false, grunn: 'klientTilhoererAnnen' } as const;
    }
    const noekler = eksisterende?.noekler.keys ?? [];
    if (noekler.some((k) => k.kid === tolket.jwk.kid)) return { ok: false, grunn: 'noekkelFinnes' } as const;
    const jwks = { keys: [...noekler, tolket.jwk] };
    await tx.query(
      `insert into konsument_klient (klient_id, organisasjonsnummer, noekler) values ($1, $2, $3)
       on conflict (klient_id) do update set noekler = excluded.noekler`,
      [klientId, organisasjonsnummer, jwks],
    );
    return { ok: true, klient: { klientId, kid: jwks.keys.map((k) => k.kid!) } } as const;
  });
}
