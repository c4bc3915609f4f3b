import type { Queryable } from '../../store/db.ts';
import type { Tilbakemeldingskontrakt } from './ressurstabell.ts';
import type { Tilbakemeldingshendelse } from './tilbakemeldingshendelse.ts';

/** A stored feedback event: one item of a producer's feed (spec §8.2). */
export interface LagretTilbakemelding {
  readonly sekvensnummer: number;
  readonly saksnummer: number;
  readonly kontrakt: Tilbakemeldingskontrakt;
  readonly tidspunkt: Date;
  readonly hendelseinfo: Record<string, unknown>;
}

/**
 * Appends a feedback event in the caller's transaction. The number comes from the single counter row, locked until
 * commit: numbers are gap-free and handed out in commit order, so a producer that has read past N never later finds
 * a new event ≤ N. Callers that also register take the register's `sekvens` lock first (registrerInTrx), then this
 * one, always in that order.
 */
export async function skrivTilbakemeldingInTrx(
  tx: Queryable,
  t: { produsent: string; saksnummer: number; tidspunkt: Date; hendelse: Tilbakemeldingshendelse },
): Promise<number> {
  const [rad] = await tx.query<{ siste: number }>(
    'update tilbakemelding_sekvens set siste = siste + 1 returning siste',
  );
  const sekvensnummer = Number(rad!.siste);
  await tx.query(
    `insert into tilbakemelding (sekvensnummer, produsent, saksnummer, kontrakt, tidspunkt, hendelseinfo)
     values ($1, $2, $3, $4, $5, $6)`,
    [sekvensnummer, t.produsent, t.saksnummer, t.hendelse.kontrakt, t.tidspunkt.toISOString(), t.hendelse.hendelseinfo],
  );
  return sekvensnummer;
}

export type Retning = 'nyere' | 'eldre';

/**
 * A page of one producer's feed: from `seq` (inclusive) upwards for `nyere`, downwards for `eldre`, at most `antall`.
 * Only the producer's own cases: the feed is filtered by the organisation the token proved.
 */
export async function lesTilbakemeldinger(
  db: Queryable,
  produsent: string,
  side: { seq: number; retning: Retning; antall: number },
): Promise<LagretTilbakemelding[]> {
  const nyere = side.retning === 'nyere';
  const rader = await db.query<{ sekvensnummer: number | string; saksnummer: number | string; kontrakt: Tilbakemeldingskontrakt; tidspunkt: Date | string; hendelseinfo: Record<string, unknown> }>(
    `select sekvensnummer, saksnummer, kontrakt, tidspunkt, hendelseinfo from tilbakemelding
      where produsent = $1 and ${nyere ? 'sekvensnummer >= $2' : 'sekvensnummer <= $2'}
      order by sekvensnummer ${nyere ? 'asc' : 'desc'} limit $3`,
    [produsent, side.seq, side.antall],
  );
  return rader.map((r) => ({
    sekvensnummer: Number(r.sekvensnummer),
    saksnummer: Number(r.saksnummer),
    kontrakt: r.kontrakt,
    tidspunkt: new Date(r.tidspunkt),
    hendelseinfo: r.hendelseinfo,
  }));
}
