import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../store/db.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';

/**
 * Push subscriptions as stored (migration 0011): the consumer API's reads and writes. Every read and write names the
 * owner, the organisation and package of the token, so another organisation's subscription is simply not found.
 */
export interface Eier {
  readonly organisasjonsnummer: string;
  readonly rettighetspakke: Rettighetspakke;
}

export interface Abonnement {
  readonly id: string;
  readonly webhook: string;
  readonly hendelsestyper?: string[];
  readonly kommunenummer?: string;
  readonly antall: number;
  /** The next sequence number to deliver. */
  readonly seq: number;
  readonly opprettet: string;
  /** Failed attempts in a row; 0 when the last attempt was delivered. */
  readonly forsoek: number;
  readonly nesteForsoek: string;
  readonly sisteForsoek?: string;
  readonly sisteFeil?: string;
  readonly sistLevert?: string;
}

export interface NyttAbonnement {
  readonly webhook: string;
  readonly hemmelighet: string;
  readonly leverandoer?: string;
  readonly hendelsestyper?: readonly string[];
  readonly kommunenummer?: string;
  readonly antall: number;
  readonly seq: number;
}

export interface Abonnementsrad {
  id: string;
  webhook: string;
  hendelsestyper: string[] | null;
  kommunenummer: string | null;
  antall: number;
  seq: number;
  opprettet: Date | string;
  forsoek: number;
  neste_forsoek: Date | string;
  siste_forsoek: Date | string | null;
  siste_feil: string | null;
  sist_levert: Date | string | null;
}

export const abonnementskolonner = `id, webhook, hendelsestyper, kommunenummer, antall, seq, opprettet, forsoek, neste_forsoek,
  siste_forsoek, siste_feil, sist_levert`;

export function tilAbonnement(r: Abonnementsrad): Abonnement {
  const tid = (t: Date | string) => new Date(t).toISOString();
  return {
    id: r.id,
    webhook: r.webhook,
    ...(r.hendelsestyper ? { hendelsestyper: r.hendelsestyper } : {}),
    ...(r.kommunenummer ? { kommunenummer: r.kommunenummer } : {}),
    antall: Number(r.antall),
    seq: Number(r.seq),
    opprettet: tid(r.opprettet),
    forsoek: Number(r.forsoek),
    nesteForsoek: tid(r.neste_forsoek),
    ...(r.siste_forsoek ? { sisteForsoek: tid(r.siste_forsoek) } : {}),
    ...(r.siste_feil ? { sisteFeil: r.siste_feil } : {}),
    ...(r.sist_levert ? { sistLevert: tid(r.sist_levert) } : {}),
  };
}

/** Stores a new subscription unless the owner already has `maks`; `undefined` then. */
export async function opprettAbonnement(db: Queryable, eier: Eier, ny: NyttAbonnement, maks: number): Promise<Abonnement | undefined> {
  const [rad] = await db.query<Abonnementsrad>(
    `insert into push_abonnement (id, organisasjonsnummer, leverandoer, rettighetspakke, webhook, hemmelighet,
                                  hendelsestyper, kommunenummer, antall, seq)
     select $1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10
      where (select count(*) from push_abonnement where organisasjonsnummer = $2 and rettighetspakke = $4) < $11
     returning ${abonnementskolonner}`,
    [
      randomBytes(16).toString('hex'), eier.organisasjonsnummer, ny.leverandoer ?? null, eier.rettighetspakke, ny.webhook,
      ny.hemmelighet, ny.hendelsestyper ?? null, ny.kommunenummer ?? null, ny.antall, ny.seq, maks,
    ],
  );
  return rad && tilAbonnement(rad);
}

export async function finnAbonnementer(db: Queryable, eier: Eier): Promise<Abonnement[]> {
  const rader = await db.query<Abonnementsrad>(
    `select ${abonnementskolonner} from push_abonnement where organisasjonsnummer = $1 and rettighetspakke = $2 order by opprettet, id`,
    [eier.organisasjonsnummer, eier.rettighetspakke],
  );
  return rader.map(tilAbonnement);
}

export async function finnAbonnement(db: Queryable, eier: Eier, id: string): Promise<Abonnement | undefined> {
  const [rad] = await db.query<Abonnementsrad>(
    `select ${abonnementskolonner} from push_abonnement where id = $1 and organisasjonsnummer = $2 and rettighetspakke = $3`,
    [id, eier.organisasjonsnummer, eier.rettighetspakke],
  );
  return rad && tilAbonnement(rad);
}

export async function slettAbonnement(db: Queryable, eier: Eier, id: string): Promise<boolean> {
  const rader = await db.query(
    'delete from push_abonnement where id = $1 and organisasjonsnummer = $2 and rettighetspakke = $3 returning 1',
    [id, eier.organisasjonsnummer, eier.rettighetspakke],
  );
  return rader.length > 0;
}

/**
 * Moves the cursor, back to replay or forward to skip, and retries at once. A delivery in flight then fails to move
 * the cursor after it (the deliverer moves it only from where it read), so the consumer's move wins.
 */
export async function flyttAbonnement(db: Queryable, eier: Eier, id: string, seq: number): Promise<Abonnement | undefined> {
  const [rad] = await db.query<Abonnementsrad>(
    `update push_abonnement set seq = $4, forsoek = 0, neste_forsoek = now()
      where id = $1 and organisasjonsnummer = $2 and rettighetspakke = $3 returning ${abonnementskolonner}`,
    [id, eier.organisasjonsnummer, eier.rettighetspakke, seq],
  );
  return rad && tilAbonnement(rad);
}
