import { osloMidnatt } from '../../domain/tid.ts';
import type { Queryable } from '../../store/db.ts';

export interface Stansperiode {
  readonly fra: Date;
  readonly til: Date;
  readonly grunn: string;
}

/**
 * Revokes an organisation's access for the half-open period [fra, til): folkeregisterloven § 12-2 ("Tap av rett til
 * å få utlevert opplysninger"). Its calls then fail with 403 until the period ends; the row stays as history.
 */
export async function registrerStans(
  db: Queryable,
  organisasjonsnummer: string,
  periode: Stansperiode,
): Promise<'registrert' | 'organisasjonFinnesIkke' | 'tomPeriode'> {
  if (periode.til.getTime() <= periode.fra.getTime()) return 'tomPeriode';
  const rader = await db.query(
    `insert into konsument_stans (organisasjonsnummer, fra, til, grunn)
     select organisasjonsnummer, $2::timestamptz, $3::timestamptz, $4 from konsument_organisasjon where organisasjonsnummer = $1
     returning id`,
    [organisasjonsnummer, periode.fra.toISOString(), periode.til.toISOString(), periode.grunn],
  );
  return rader.length > 0 ? 'registrert' : 'organisasjonFinnesIkke';
}

/** `2026-03-01` is midnight at the start of that day in Norway; otherwise an ISO 8601 instant with its offset. */
export function lesTidspunkt(tekst: string): Date | undefined {
  const verdi = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(tekst) ? osloMidnatt(tekst) : tekst;
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})$/.test(verdi)) return undefined;
  const tid = new Date(verdi);
  return Number.isNaN(tid.getTime()) ? undefined : tid;
}
