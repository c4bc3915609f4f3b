import { osloDato } from '../../domain/tid.ts';
import type { Kommando } from '../../domain/kommando/kommando.ts';
import type { Persondokument } from '../../domain/person/persondokument.ts';
import { finnPersonerInTrx } from '../../register/les-person.ts';
import type { Skriveoppsett } from '../../register/registrer.ts';
import type { Db, Queryable } from '../../store/db.ts';
import type { Begrunnelse } from '../kontrakt.ts';
import { beslutning } from './arbeider.ts';
import { finnMelding, listVedlegg, type LagretMelding } from './meldinger.ts';
import { meldTilbakeInTrx, saksfrist } from './meld-tilbake.ts';
import { registrerAlleInTrx } from './registrer-alle.ts';
import { endreSakInTrx, laasSakInTrx, lesHistorikk, skrivHistorikkInTrx, type Historikkpost, type Sak } from './saker.ts';

/**
 * What the register authority does with cases (docs/saksbehandling.md), and a citizen's demand for manual review
 * (folkeregisterloven § 9-4 second paragraph). Each step is one transaction on the locked case, recorded in the case
 * history with who did it, together with the feedback to the producer: the decision, its history row and its feedback
 * exist together or not at all. Refusals are values; the routes map `grunn` to the error catalogue.
 */
export interface Saksoppsett {
  readonly skriveoppsett: Skriveoppsett;
  readonly klokke: () => Date;
  readonly saksfristDager?: number;
}

export type Saksgrunn = 'sakIkkeFunnet' | 'sakErAvsluttet' | 'sakErAapen' | 'sakTildeltAnnen' | 'sakIkkeTildelt' | 'sakIkkeAutomatisk';
export type Saksvar<T> =
  | { readonly ok: true; readonly verdi: T }
  | { readonly ok: false; readonly grunn: Saksgrunn }
  | { readonly ok: false; readonly grunn: 'registreringAvvist'; readonly avvisninger: readonly Begrunnelse[] };

const nei = (grunn: Saksgrunn) => ({ ok: false, grunn }) as const;

/** The case worker takes an open case (or already has it). */
export async function taSak(db: Db, saksnummer: number, ident: string, o: Saksoppsett): Promise<Saksvar<Sak>> {
  return db.transaction(async (tx) => {
    const sak = await laasSakInTrx(tx, saksnummer);
    if (!sak) return nei('sakIkkeFunnet');
    if (sak.status !== 'aapen') return nei('sakErAvsluttet');
    if (sak.tildelt && sak.tildelt !== ident) return nei('sakTildeltAnnen');
    if (!sak.tildelt) {
      await endreSakInTrx(tx, saksnummer, { tildelt: ident });
      await skrivHistorikkInTrx(tx, saksnummer, { tidspunkt: o.klokke(), aktoer: ident, handling: 'tildelt', detaljer: {} });
    }
    return { ok: true, verdi: { ...sak, tildelt: ident } };
  });
}

export interface Saksinnsyn {
  readonly sak: Sak;
  readonly melding: LagretMelding;
  readonly vedlegg: readonly { multipartnavn: string; innholdstype: string; stoerrelse: number }[];
  /** The current documents of the persons the case concerns, by the number the case names them with. */
  readonly personer: ReadonlyMap<string, Persondokument>;
  readonly historikk: readonly Historikkpost[];
}

/**
 * The case with its message and persons, for a case worker. Showing persons is a disclosure: the history row saying
 * who saw which numbers is committed before the caller answers (DESIGN.md principle 5).
 */
export async function visSak(db: Db, saksnummer: number, ident: string, o: Saksoppsett): Promise<Saksvar<Saksinnsyn>> {
  return db.transaction(async (tx) => {
    const sak = await laasSakInTrx(tx, saksnummer);
    if (!sak) return nei('sakIkkeFunnet');
    const lastet = await finnPersonerInTrx(tx, sak.personer);
    const personer = new Map([...lastet].map(([n, p]) => [n, p.dokument] as const));
    await skrivHistorikkInTrx(tx, saksnummer, { tidspunkt: o.klokke(), aktoer: ident, handling: 'vist', detaljer: { personer: [...personer.keys()] } });
    const melding = (await finnMelding(tx, sak.meldingId))!;
    return {
      ok: true,
      verdi: { sak, melding, vedlegg: await listVedlegg(tx, sak.meldingId), personer, historikk: await lesHistorikk(tx, saksnummer) },
    };
  });
}

/**
 * Approves a case the caller has taken. Without `korrigert`, the case's proposal is registered (nothing, when the
 * case was reopened after an automated registration: approving then confirms it). With `korrigert`, the case worker's
 * commands are registered instead. All or nothing: a refused command changes nothing and the case stays open.
 */
export async function godkjennSak(
  db: Db,
  saksnummer: number,
  ident: string,
  korrigert: readonly Kommando[] | undefined,
  o: Saksoppsett,
): Promise<Saksvar<Sak>> {
  return db.transaction(async (tx) => {
    const sjekk = await laasTildelt(tx, saksnummer, ident);
    if (!sjekk.ok) return sjekk;
    const sak = sjekk.verdi;
    const naa = o.klokke();
    const gjenaapnet = sak.utfall !== null;
    const kommandoer = korrigert ?? (sak.utfall === 'registrert' ? [] : sak.forslag);
    const r = await registrerAlleInTrx(tx, kommandoer, { ...o.skriveoppsett, klokke: o.klokke }, osloDato(naa));
    if (!r.ok) return { ok: false, grunn: 'registreringAvvist', avvisninger: r.avvisninger } as const;
    // A reopened case confirmed as it stood keeps its decision; anything registered now is a new one.
    const utfall = gjenaapnet && kommandoer.length === 0 ? sak.utfall : 'godkjent';
    const personer = [...new Set([...sak.personer, ...r.hendelser.map((h) => h.folkeregisteridentifikator)])];
    await endreSakInTrx(tx, saksnummer, { status: 'avsluttet', utfall, avsluttet: naa, personer, ...(korrigert ? { forslag: korrigert } : {}) });
    await skrivHistorikkInTrx(tx, saksnummer, {
      tidspunkt: naa,
      aktoer: ident,
      handling: korrigert ? 'korrigertOgGodkjent' : 'godkjent',
      detaljer: { ...(korrigert ? { kommandoer: korrigert } : {}), sekvensnummer: r.hendelser.map((h) => h.sekvensnummer) },
    });
    if (utfall === 'godkjent') await meldTilbake(tx, sak, beslutning('godkjent', naa, [], r), naa);
    return { ok: true, verdi: { ...sak, status: 'avsluttet', utfall, avsluttet: naa, personer, ...(korrigert ? { forslag: korrigert } : {}) } };
  });
}

/**
 * Rejects a case the caller has taken, with the reason the producer is told. A reopened case's rejection refuses the
 * citizen's demand: the earlier decision stands and the producer, told of it already, hears nothing new.
 */
export async function avslaaSak(db: Db, saksnummer: number, ident: string, begrunnelse: Begrunnelse, o: Saksoppsett): Promise<Saksvar<Sak>> {
  return db.transaction(async (tx) => {
    const sjekk = await laasTildelt(tx, saksnummer, ident);
    if (!sjekk.ok) return sjekk;
    const sak = sjekk.verdi;
    const naa = o.klokke();
    const utfall = sak.utfall ?? 'avslaatt';
    await endreSakInTrx(tx, saksnummer, { status: 'avsluttet', utfall, avsluttet: naa });
    await skrivHistorikkInTrx(tx, saksnummer, { tidspunkt: naa, aktoer: ident, handling: 'avslaatt', detaljer: { begrunnelse } });
    if (sak.utfall === null) await meldTilbake(tx, sak, beslutning('avslaatt', naa, [begrunnelse]), naa);
    return { ok: true, verdi: { ...sak, status: 'avsluttet', utfall, avsluttet: naa } };
  });
}

/**
 * A person's demand that an automated decision about them be reviewed by a case worker (folkeregisterloven § 9-4
 * second paragraph): the case opens again with a new deadline and the demand as its reason; the producer is told the
 * case went to manual handling. Only decisions no case worker has made or reviewed, and only the person's own.
 */
export async function kreveManuellBehandling(
  db: Db,
  saksnummer: number,
  personensNumre: readonly string[],
  merknad: string,
  o: Saksoppsett,
): Promise<Saksvar<Sak>> {
  return db.transaction(async (tx) => {
    const sak = await laasSakInTrx(tx, saksnummer);
    if (!sak || !sak.personer.some((n) => personensNumre.includes(n))) return nei('sakIkkeFunnet');
    if (sak.status === 'aapen') return nei('sakErAapen');
    const historikk = await lesHistorikk(tx, saksnummer);
    if (sak.utfall === 'godkjent' || sak.utfall === 'avslaatt' || historikk.some((h) => h.aktoer !== 'system' && h.aktoer !== 'innbygger')) {
      return nei('sakIkkeAutomatisk');
    }
    const naa = o.klokke();
    const frist = saksfrist(osloDato(naa), o.saksfristDager ?? 5);
    const krav: Begrunnelse = { kode: 'kravOmManuellBehandling', tekst: 'Den registrerte har krevd manuell behandling (folkeregisterloven § 9-4 annet ledd)' };
    const begrunnelser = [...sak.begrunnelser, krav];
    await endreSakInTrx(tx, saksnummer, { status: 'aapen', saksfrist: frist, begrunnelser, tildelt: null, avsluttet: null });
    await skrivHistorikkInTrx(tx, saksnummer, { tidspunkt: naa, aktoer: 'innbygger', handling: 'gjenaapnet', detaljer: { merknad } });
    await meldTilbake(tx, sak, { type: 'manuell', saksfrist: frist, begrunnelser: [krav] }, naa);
    return { ok: true, verdi: { ...sak, status: 'aapen', saksfrist: frist, begrunnelser, tildelt: null, avsluttet: null } };
  });
}

async function laasTildelt(tx: Queryable, saksnummer: number, ident: string): Promise<Saksvar<Sak>> {
  const sak = await laasSakInTrx(tx, saksnummer);
  if (!sak) return nei('sakIkkeFunnet');
  if (sak.status !== 'aapen') return nei('sakErAvsluttet');
  if (!sak.tildelt) return nei('sakIkkeTildelt');
  if (sak.tildelt !== ident) return nei('sakTildeltAnnen');
  return { ok: true, verdi: sak };
}

async function meldTilbake(tx: Queryable, sak: Sak, utfall: Parameters<typeof meldTilbakeInTrx>[3], naa: Date): Promise<void> {
  const melding = (await finnMelding(tx, sak.meldingId))!;
  await meldTilbakeInTrx(tx, melding, { saksnummer: sak.saksnummer, opprettet: sak.opprettet }, utfall, naa);
}
