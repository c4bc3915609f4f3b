import { klassifiser } from '../../domain/identitetsnummer/index.ts';
import type { LagretHendelse } from '../../domain/hendelse.ts';
import type { Kommando } from '../../domain/kommando/kommando.ts';
import { registrerInTrx, type Skriveoppsett } from '../../register/registrer.ts';
import type { Queryable } from '../../store/db.ts';
import type { Begrunnelse } from '../kontrakt.ts';
import type { Registrertperson } from './tilbakemeldingshendelse.ts';

export type Registrering =
  | { readonly ok: true; readonly hendelser: readonly LagretHendelse[]; readonly opprettet: readonly Registrertperson[] }
  | { readonly ok: false; readonly avvisninger: readonly Begrunnelse[] };

/**
 * A message's commands registered all or nothing, inside the caller's transaction. The register's batch semantics
 * (a refused command is skipped, the rest go on) suit the synthetic population, not a message: half a birth must
 * never be registered. A savepoint undoes the batch when decide refused any of its commands; the caller's
 * transaction goes on, so the refusal can become a case in it.
 */
export async function registrerAlleInTrx(
  tx: Queryable,
  kommandoer: readonly Kommando[],
  oppsett: Skriveoppsett,
  idag: string,
): Promise<Registrering> {
  if (kommandoer.length === 0) return { ok: true, hendelser: [], opprettet: [] };
  await tx.query('savepoint registrer_alle');
  const utfall = await registrerInTrx(tx, kommandoer, oppsett);
  const avvisninger = utfall.flatMap((u) => (u.ok ? [] : [{ kode: u.avvisning.kode, tekst: u.avvisning.melding }]));
  if (avvisninger.length > 0) {
    await tx.query('rollback to savepoint registrer_alle');
    return { ok: false, avvisninger };
  }
  await tx.query('release savepoint registrer_alle');
  const opprettet = kommandoer.flatMap((k, i) => {
    const u = utfall[i]!;
    if (k.type !== 'opprettPerson' || !u.ok || u.hendelser.length === 0) return [];
    return [registrertperson(u.hendelser[0]!, idag, k.foedselsdato)];
  });
  return { ok: true, hendelser: utfall.flatMap((u) => (u.ok ? u.hendelser : [])), opprettet };
}

/** The person an event is about, as the feedback names them (spec §8.2 `skalTildeleDNummer`, `opprettetFolkeregisterperson`). */
export function registrertperson(hendelse: LagretHendelse, idag: string, foedselsdato?: string): Registrertperson {
  const k = klassifiser(hendelse.folkeregisteridentifikator, idag);
  return {
    nummer: hendelse.folkeregisteridentifikator,
    identifikatortype: k.type,
    avvikerFraFoedselsdato: foedselsdato !== undefined && k.foedselsdato !== foedselsdato,
    registreringstidspunkt: hendelse.ajourholdstidspunkt,
    gyldighetstidspunkt: hendelse.ajourholdstidspunkt,
  };
}
