import type { Queryable } from '../../store/db.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';

/**
 * The deliverer's statements on `push_abonnement` (migration 0011). A claim is a lease row, not a held row lock:
 * delivery waits on a webhook, and a transaction held open over the network would stall PGlite's only connection.
 * Claims and cursor moves are single statements, so PostgreSQL's row locking makes two processes racing for one
 * subscription see each other's committed lease (READ COMMITTED re-checks the WHERE of an updated row).
 */
export interface Leid {
  readonly id: string;
  readonly organisasjonsnummer: string;
  readonly leverandoer?: string;
  readonly rettighetspakke: Rettighetspakke;
  readonly webhook: string;
  readonly hemmelighet: string;
  readonly hendelsestyper?: readonly string[];
  readonly kommunenummer?: string;
  readonly antall: number;
  readonly seq: number;
  readonly forsoek: number;
  /** This claim's token. */
  readonly leie: string;
}

const ledig = '(leie_til is null or leie_til < now())';

/** Subscriptions that may have something to deliver: behind the log, due, and not claimed. */
export async function finnForfalte(db: Queryable, siste: number, antall: number): Promise<string[]> {
  const rader = await db.query<{ id: string }>(
    `select id from push_abonnement where seq <= $1 and neste_forsoek <= now() and ${ledig} order by neste_forsoek limit $2`,
    [siste, antall],
  );
  return rader.map((r) => r.id);
}

export async function lei(db: Queryable, id: string, leie: string, sekunder: number): Promise<Leid | undefined> {
  const [r] = await db.query<{
    id: string; organisasjonsnummer: string; leverandoer: string | null; rettighetspakke: Rettighetspakke; webhook: string;
    hemmelighet: string; hendelsestyper: string[] | null; kommunenummer: string | null; antall: number; seq: number; forsoek: number;
  }>(
    `update push_abonnement set leie = $2, leie_til = now() + make_interval(secs => $3)
      where id = $1 and neste_forsoek <= now() and ${ledig}
     returning id, organisasjonsnummer, leverandoer, rettighetspakke, webhook, hemmelighet, hendelsestyper, kommunenummer,
               antall, seq, forsoek`,
    [id, leie, sekunder],
  );
  if (!r) return undefined;
  return {
    id: r.id, organisasjonsnummer: r.organisasjonsnummer, rettighetspakke: r.rettighetspakke, webhook: r.webhook,
    hemmelighet: r.hemmelighet, antall: Number(r.antall), seq: Number(r.seq), forsoek: Number(r.forsoek), leie,
    ...(r.leverandoer ? { leverandoer: r.leverandoer } : {}),
    ...(r.hendelsestyper ? { hendelsestyper: r.hendelsestyper } : {}),
    ...(r.kommunenummer ? { kommunenummer: r.kommunenummer } : {}),
  };
}

/** Extends a claim before a POST, so the lease outlasts the POST's timeout; false when the claim is gone. */
export async function fornyLeie(db: Queryable, l: Leid, sekunder: number): Promise<boolean> {
  const rader = await db.query(
    'update push_abonnement set leie_til = now() + make_interval(secs => $3) where id = $1 and leie = $2 and leie_til > now() returning 1',
    [l.id, l.leie, sekunder],
  );
  return rader.length > 0;
}

/**
 * Moves the cursor from `fra` to `til` under this claim: after a 2xx (`levert`), or past entries the filters left
 * out. False when the consumer moved the cursor meanwhile or the claim is gone; the cursor then stays as it is.
 */
export async function flyttMarkoer(db: Queryable, l: Leid, fra: number, til: number, levert: boolean): Promise<boolean> {
  const rader = await db.query(
    `update push_abonnement set seq = $4, forsoek = 0,
            siste_forsoek = case when $5 then now() else siste_forsoek end,
            sist_levert = case when $5 then now() else sist_levert end
      where id = $1 and leie = $2 and seq = $3 returning 1`,
    [l.id, l.leie, fra, til, levert],
  );
  return rader.length > 0;
}

/** A failed attempt: counted, shown to the consumer, retried after `ventetidMs`; the claim ends. */
export async function registrerFeil(db: Queryable, l: Leid, feil: string, ventetidMs: number, tellSomForsoek = true): Promise<void> {
  await db.query(
    `update push_abonnement set forsoek = forsoek + $5, siste_feil = $3, siste_forsoek = now(),
            neste_forsoek = now() + make_interval(secs => $4), leie = null, leie_til = null
      where id = $1 and leie = $2`,
    [l.id, l.leie, feil, ventetidMs / 1000, tellSomForsoek ? 1 : 0],
  );
}

export async function slippLeie(db: Queryable, l: Leid): Promise<void> {
  await db.query('update push_abonnement set leie = null, leie_til = null where id = $1 and leie = $2', [l.id, l.leie]);
}
