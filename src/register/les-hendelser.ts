import type { Queryable } from '../store/db.ts';
import type { Egenskapsendring, LagretHendelse } from '../domain/hendelse.ts';

interface HendelseRad {
  sekvensnummer: number;
  hendelsesidentifikator: string;
  folkeregisteridentifikator: string;
  hendelsestype: string;
  ajourholdstidspunkt: string;
  persondokument: string;
  dokument: { person: string; endringer: Egenskapsendring[] };
}

/** Events from `fra` (inclusive) in sekvensnummer order: the log as consumers read it. */
export async function lesHendelser(db: Queryable, fra: number, antall: number): Promise<LagretHendelse[]> {
  const rader = await db.query<HendelseRad>(
    `select sekvensnummer, hendelsesidentifikator, folkeregisteridentifikator, hendelsestype, ajourholdstidspunkt,
            persondokument, dokument
       from hendelse where sekvensnummer >= $1 order by sekvensnummer limit $2`,
    [fra, antall],
  );
  return rader.map(tilLagretHendelse);
}

function tilLagretHendelse(r: HendelseRad): LagretHendelse {
  return {
    sekvensnummer: Number(r.sekvensnummer),
    hendelsesidentifikator: r.hendelsesidentifikator,
    folkeregisteridentifikator: r.folkeregisteridentifikator,
    hendelsestype: r.hendelsestype,
    ajourholdstidspunkt: r.ajourholdstidspunkt,
    persondokument: r.persondokument,
    person: r.dokument.person,
    endringer: r.dokument.endringer,
  };
}

/** A stored event and whose it is, for event documents (spec §3.4). */
export interface FunnetHendelse {
  readonly hendelse: LagretHendelse;
  readonly personId: number;
}

/** Events by their `hendelsesidentifikator` (`GET hendelser/{id}` and its bulk form). */
export async function finnHendelser(db: Queryable, ider: readonly string[]): Promise<Map<string, FunnetHendelse>> {
  const rader = await db.query<HendelseRad & { person_id: number }>(
    `select sekvensnummer, hendelsesidentifikator, folkeregisteridentifikator, hendelsestype, ajourholdstidspunkt,
            persondokument, dokument, person_id::int as person_id
       from hendelse where hendelsesidentifikator in (select jsonb_array_elements_text($1::jsonb))`,
    [ider],
  );
  return new Map(rader.map((r) => [r.hendelsesidentifikator, { hendelse: tilLagretHendelse(r), personId: Number(r.person_id) }]));
}

export async function sisteSekvensnummer(db: Queryable): Promise<number> {
  const [rad] = await db.query<{ siste: number }>('select siste from sekvens');
  return Number(rad?.siste ?? 0);
}
