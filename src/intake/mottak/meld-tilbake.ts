import { osloTidspunkt } from '../../domain/tid.ts';
import type { Queryable } from '../../store/db.ts';
import type { LagretMelding } from './meldinger.ts';
import { ressurstabell } from './ressurstabell.ts';
import { tilbakemeldingshendelse, type Saksutfall } from './tilbakemeldingshendelse.ts';
import { skrivTilbakemeldingInTrx } from './tilbakemeldinger.ts';

/**
 * Tells the producer what became of its case, in the caller's transaction (the one that made the decision, so the
 * event exists exactly when the decision does). Nothing for a citizen's own report (they read their cases directly)
 * and nothing for resources FREG gives no feedback for (flytting fra Posten).
 */
export async function meldTilbakeInTrx(
  tx: Queryable,
  melding: LagretMelding,
  sak: { saksnummer: number; opprettet: Date },
  utfall: Saksutfall,
  naa: Date,
): Promise<void> {
  const kontrakt = ressurstabell[melding.ressurs].tilbakemelding;
  if (!melding.produsent || !kontrakt) return;
  const hendelse = tilbakemeldingshendelse(
    kontrakt,
    {
      sakstype: melding.ressurs,
      saksnummer: sak.saksnummer,
      opprettet: osloTidspunkt(sak.opprettet),
      avsendersSaksreferanse: melding.avsendersSaksreferanse ?? undefined,
      avsendersMeldingsidentifikator: melding.avsendersMeldingsidentifikator,
      folkeregisterReferanse: melding.folkeregisterReferanse,
    },
    utfall,
  );
  await skrivTilbakemeldingInTrx(tx, { produsent: melding.produsent, saksnummer: sak.saksnummer, tidspunkt: naa, hendelse });
}

/** The deadline of a manual case: `dager` calendar days from today (FREG's example: five, spec §8.2). */
export function saksfrist(idag: string, dager: number): string {
  const d = new Date(`${idag}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dager);
  return d.toISOString().slice(0, 10);
}
