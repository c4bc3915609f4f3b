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
  return rader.map((r) => ({
    sekvensnummer: Number(r.sekvensnummer),
    hendelsesidentifikator: r.hendelsesidentifikator,
    folkeregisteridentifikator: r.folkeregisteridentifikator,
    hendelsestype: r.hendelsestype,
    ajourholdstidspunkt: r.ajourholdstidspunkt,
    persondokument: r.persondokument,
    person: r.dokument.person,
    endringer: r.dokument.endringer,
  }));
}

export async function sisteSekvensnummer(db: Queryable): Promise<number> {
  const [rad] = await db.query<{ siste: number }>('select siste from sekvens');
  return Number(rad?.siste ?? 0);
}
