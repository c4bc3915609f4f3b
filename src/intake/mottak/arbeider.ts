import { osloDato, osloTidspunkt } from '../../domain/tid.ts';
import type { Skriveoppsett } from '../../register/registrer.ts';
import type { Db, Queryable } from '../../store/db.ts';
import type { Begrunnelse, Vurdering } from '../kontrakt.ts';
import { markerBehandletInTrx, taNesteMeldingInTrx, type LagretMelding } from './meldinger.ts';
import { meldTilbakeInTrx, saksfrist } from './meld-tilbake.ts';
import { MeldingIkkeStoettet, type Meldingsregeltabell } from './regeltabell.ts';
import { lesRegisterfakta, type Adressekontroll } from './registerfakta.ts';
import { registrerAlleInTrx, registrertperson, type Registrering } from './registrer-alle.ts';
import { opprettSakInTrx, skrivHistorikkInTrx, type NySak } from './saker.ts';
import type { Saksutfall } from './tilbakemeldingshendelse.ts';

export interface Mottaksoppsett {
  readonly regler: Meldingsregeltabell;
  readonly skriveoppsett: Skriveoppsett;
  readonly adresseFinnes: Adressekontroll;
  readonly klokke: () => Date;
  /** Calendar days a case worker has for a manual case (default 5, FREG's example in spec §8.2). */
  readonly saksfristDager?: number;
  /** Where rule faults are reported (the message itself becomes a manual case). */
  readonly loggFeil?: (feil: unknown, melding: string) => void;
}

// Any number will do as long as nothing else in the register takes it; the migration lock is 7461001.
const ARBEIDERLAAS = 7461009;

export type Runde = 'behandlet' | 'tom' | 'opptatt';

/**
 * Processes the oldest accepted message, all in ONE transaction: the worker lock, the message row, the register's
 * write lock, the facts, the pure judgement, the registration and/or the case, the feedback event, and the message
 * marked done. A crash anywhere leaves the message pending and nothing of it written; a commit leaves it done once.
 * One message at a time per register, whichever server process runs it: the advisory lock is keyed by the register's
 * schema (advisory locks are per database, and two registers may share one in schemas of their own), so a second
 * process of the same register finds it taken and waits for its next wake-up.
 *
 * NOTE: never let a rule's exception roll the transaction back: the message would block the queue forever. Rule
 * faults become manual cases; only database faults roll back (and the message is retried).
 */
export async function behandleNeste(db: Db, o: Mottaksoppsett): Promise<Runde> {
  return db.transaction(async (tx) => {
    const [laas] = await tx.query<{ laast: boolean }>('select pg_try_advisory_xact_lock($1, hashtext(current_schema())) as laast', [ARBEIDERLAAS]);
    if (!laas!.laast) return 'opptatt';
    const melding = await taNesteMeldingInTrx(tx);
    if (!melding) return 'tom';
    // The register's write lock before the facts are read: the rules judge the persons decide will see.
    await tx.query('select siste from sekvens for update');
    await behandle(tx, melding, o);
    return 'behandlet';
  });
}

async function behandle(tx: Queryable, melding: LagretMelding, o: Mottaksoppsett): Promise<void> {
  const naa = o.klokke();
  const idag = osloDato(naa);
  const { vurdering, personer } = await vurder(tx, melding, o, idag);
  const frist = saksfrist(idag, o.saksfristDager ?? 5);
  let sak: Omit<NySak, 'meldingId' | 'opprettet'>;
  let utfall: Saksutfall;
  if (vurdering.utfall === 'automatisk') {
    const r = await registrerAlleInTrx(tx, vurdering.kommandoer, { ...o.skriveoppsett, klokke: o.klokke }, idag);
    if (r.ok) {
      const numre = [...personer, ...r.hendelser.map((h) => h.folkeregisteridentifikator)];
      sak = { status: 'avsluttet', utfall: 'registrert', saksfrist: null, begrunnelser: [], forslag: vurdering.kommandoer, personer: unike(numre) };
      utfall = beslutning('registrert', naa, [], r);
    } else {
      // The rules found it plain, decide did not (the register changed, or a case the rules did not foresee): a
      // case worker looks at it with decide's reasons (docs/mottak.md).
      sak = { status: 'aapen', utfall: null, saksfrist: frist, begrunnelser: r.avvisninger, forslag: vurdering.kommandoer, personer };
      utfall = { type: 'manuell', saksfrist: frist, begrunnelser: r.avvisninger };
    }
  } else if (vurdering.utfall === 'manuell') {
    sak = { status: 'aapen', utfall: null, saksfrist: frist, begrunnelser: vurdering.begrunnelser, forslag: vurdering.forslag, personer };
    utfall = { type: 'manuell', saksfrist: frist, begrunnelser: vurdering.begrunnelser };
  } else {
    sak = { status: 'avsluttet', utfall: 'avvist', saksfrist: null, begrunnelser: vurdering.begrunnelser, forslag: [], personer };
    utfall = beslutning('avvist', naa, vurdering.begrunnelser);
  }
  const saksnummer = await opprettSakInTrx(tx, { ...sak, meldingId: melding.id, opprettet: naa });
  await skrivHistorikkInTrx(tx, saksnummer, {
    tidspunkt: naa,
    aktoer: 'system',
    handling: 'opprettet',
    detaljer: { vurdering: vurdering.utfall, utfall: sak.utfall, begrunnelser: sak.begrunnelser },
  });
  await meldTilbakeInTrx(tx, melding, { saksnummer, opprettet: naa }, utfall, naa);
  await markerBehandletInTrx(tx, melding.id, naa);
}

/** The saksbeslutning of a decided case, with the person a registration created or changed (spec §8.2). */
export function beslutning(
  b: 'registrert' | 'godkjent' | 'avvist' | 'avslaatt',
  naa: Date,
  begrunnelser: readonly Begrunnelse[],
  registrering?: Extract<Registrering, { ok: true }>,
): Saksutfall {
  const foerste = registrering?.hendelser[0];
  return {
    type: 'beslutning',
    beslutning: b,
    tidspunkt: osloTidspunkt(naa),
    begrunnelser,
    opprettet: registrering?.opprettet[0],
    endret: foerste && registrertperson(foerste, osloDato(naa)),
  };
}

/**
 * The pure judgement with the facts it asks for. A rule that throws (a bug, or a resource without rules yet) gives
 * a manual case instead of an exception: the message must neither be lost nor block the queue.
 */
async function vurder(
  tx: Queryable,
  melding: LagretMelding,
  o: Mottaksoppsett,
  idag: string,
): Promise<{ vurdering: Vurdering; personer: string[] }> {
  const regler = o.regler[melding.ressurs];
  const tolket = vernet(o, melding, () => {
    const t = regler.tolk(melding.xml);
    return { melding: t, behov: regler.behov(t) };
  });
  if (!tolket.ok) return { vurdering: tolket.manuell, personer: [] };
  const personer = unike(tolket.verdi.behov.personnumre);
  // Outside the guard: a database fault must roll the transaction back (and the message be retried), not become a case.
  const fakta = await lesRegisterfakta(tx, tolket.verdi.behov, o.adresseFinnes, idag);
  const vurdert = vernet(o, melding, () => regler.vurder(tolket.verdi.melding, fakta));
  return { vurdering: vurdert.ok ? vurdert.verdi : vurdert.manuell, personer };
}

function vernet<T>(o: Mottaksoppsett, melding: LagretMelding, fn: () => T): { ok: true; verdi: T } | { ok: false; manuell: Vurdering } {
  try {
    return { ok: true, verdi: fn() };
  } catch (feil) {
    if (!(feil instanceof MeldingIkkeStoettet)) o.loggFeil?.(feil, `reglene for ${melding.ressurs} feilet`);
    const begrunnelse: Begrunnelse =
      feil instanceof MeldingIkkeStoettet
        ? { kode: 'ikkeStoettet', tekst: 'Meldingstypen har ingen automatiske kontroller; saken behandles manuelt' }
        : { kode: 'kontrollFeilet', tekst: 'De automatiske kontrollene kunne ikke fullføres; saken behandles manuelt' };
    return { ok: false, manuell: { utfall: 'manuell', begrunnelser: [begrunnelse], forslag: [] } };
  }
}

function unike(numre: readonly string[]): string[] {
  return [...new Set(numre)];
}
