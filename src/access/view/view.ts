import { Adressegradering } from '../../domain/persondokument/kodeverk.ts';
import { elementnavn } from '../../domain/persondokument/elementer.ts';
import type { DokumentForHendelse, Folkeregisterperson } from '../../domain/persondokument/schema/index.ts';
import type { LagretHendelse } from '../../domain/hendelse.ts';
import {
  erEnkeltelement,
  folkeregisteridentifikator,
  gjeldendeVerdi,
  versjoner,
  type Elementversjon,
  type Persondokument,
} from '../../domain/person/persondokument.ts';
import { tilFolkeregisterperson, tilHendelse } from '../../domain/person/til-freg.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { reglerFor } from './pakketabell.ts';
import type { Parts } from './parts.ts';
import { harHjemmelFor, skjermVersjon, strengeste, type Skjerming } from './skjerm-versjon.ts';

/**
 * THE disclosure gate (DESIGN.md principle 4, STYLE.md §3): the only code that turns a person document or an event
 * into consumer output. Lookups, bulk lookups, search hits, archive versions, event documents, extracts, push payloads
 * and certificates all call `view` or `viewHendelse`; consumer responses require the branded result, which no other
 * module can make because the brand's symbol never leaves this file.
 * NOTE: pure. It neither writes the audit row nor sends; the caller logs `grunnlag` durably before the response
 * leaves (principle 5), so a result that is never sent is never logged.
 */
const utlevertMerke: unique symbol = Symbol('utlevert');

/** What the audit log needs of one disclosure (spec §6.3); the route adds organisation, service and time. */
export interface Utleveringsgrunnlag {
  /** The person's identity number in use, also when the package may not see it (the log is internal). */
  readonly folkeregisteridentifikator: string;
  readonly personId?: number;
  readonly rettighetspakke: Rettighetspakke;
  readonly parter: readonly string[];
  /** The archive version or event document disclosed, when not the current person. */
  readonly dokumentidentifikator?: string;
}

export interface Utlevert {
  readonly [utlevertMerke]: true;
  readonly folkeregisterperson: Folkeregisterperson;
  readonly grunnlag: Utleveringsgrunnlag;
}

export interface UtlevertHendelse {
  readonly [utlevertMerke]: true;
  readonly dokumentForHendelse: DokumentForHendelse;
  readonly grunnlag: Utleveringsgrunnlag;
}

/** Where the document came from, for the audit: the register's person id, and the archive version if not current. */
export interface Opphav {
  readonly personId?: number;
  readonly dokumentidentifikator?: string;
  /**
   * The person's protection NOW, when the document is an older version: an archive version from before a
   * `strengtFortrolig` still holds the home address the protection removed, and must be screened by today's level.
   */
  readonly gjeldendeBeskyttelse?: string;
}

function skjerming(dokument: Persondokument, pakke: Rettighetspakke, parts: Pick<Parts, 'elementer'>, opphav: Opphav = {}): Skjerming {
  const regler = reglerFor(pakke);
  const iDokumentet = gjeldendeVerdi(dokument, 'adressebeskyttelse')?.graderingsnivaa;
  const beskyttelse = strengeste(typeof iDokumentet === 'string' ? iDokumentet : Adressegradering.ugradert, opphav.gjeldendeBeskyttelse);
  const visIdentitetsnummer =
    regler.identitetsnummer === 'alltid' ||
    (regler.identitetsnummer === 'paaForespoersel' && parts.elementer.has('identifikasjonsnummer'));
  return { regler, beskyttelse, visIdentitetsnummer };
}

export function view(dokument: Persondokument, pakke: Rettighetspakke, parts: Parts, opphav: Opphav = {}): Utlevert {
  const s = skjerming(dokument, pakke, parts, opphav);
  const utvalg: Record<string, Elementversjon | Elementversjon[]> = {};
  for (const element of elementnavn) {
    // The table is checked again here: `parts` may come from anywhere, the table is the law.
    if (!parts.elementer.has(element) || !s.regler.elementer.includes(element)) continue;
    const medHistorikk = parts.historikk.has(element) && s.regler.historikk.includes(element);
    const synlige = versjoner(dokument, element).flatMap((v) => {
      const gjeldende = v.erGjeldende !== false;
      const skjermet = gjeldende || medHistorikk ? skjermVersjon(element, v, gjeldende, s) : undefined;
      return skjermet ? [skjermet] : [];
    });
    if (synlige.length > 0) utvalg[element] = erEnkeltelement(element) ? synlige[0]! : synlige;
  }
  return {
    [utlevertMerke]: true,
    // tilFolkeregisterperson emits the Folkeregisterperson shape; test/access/view.spec.ts validates every output.
    folkeregisterperson: tilFolkeregisterperson(utvalg as Persondokument) as Folkeregisterperson,
    grunnlag: {
      folkeregisteridentifikator: folkeregisteridentifikator(dokument),
      ...(opphav.personId !== undefined ? { personId: opphav.personId } : {}),
      rettighetspakke: pakke,
      parter: parts.parter,
      ...(opphav.dokumentidentifikator !== undefined ? { dokumentidentifikator: opphav.dokumentidentifikator } : {}),
    },
  };
}

/** Thrown when a route offers event documents to a package that cannot have them (a bug, not a refusal). */
export class HendelsesdokumentIkkeTilgjengelig extends Error {
  override readonly name = 'HendelsesdokumentIkkeTilgjengelig';
}

/**
 * An event document (spec §3.4) for a package, through the same table: element changes the package may not see are
 * left out, statuses masked, graded addresses and identity numbers removed from the payloads. `person` is the
 * person's document right after the event (`hendelse.persondokument`), whose protection governs.
 * An event document names its person by number, so a package that may not always see numbers cannot have one (spec
 * §1.3 gives event documents to OMH only).
 */
export function viewHendelse(hendelse: LagretHendelse, pakke: Rettighetspakke, person: Persondokument, opphav: Opphav = {}): UtlevertHendelse {
  const s = skjerming(person, pakke, { elementer: new Set() }, opphav);
  if (s.regler.identitetsnummer !== 'alltid') throw new HendelsesdokumentIkkeTilgjengelig(`Pakken ${pakke} får ikke hendelsesdokumenter`);
  const endringer = hendelse.endringer.flatMap((e) => {
    if (!s.regler.elementer.includes(e.element)) return [];
    if (!e.verdi) return [e];
    const verdi = skjermVersjon(e.element, e.verdi, true, s);
    return verdi ? [{ ...e, verdi }] : [];
  });
  return {
    [utlevertMerke]: true,
    dokumentForHendelse: {
      dokumentidentifikator: hendelse.hendelsesidentifikator,
      skjemaversjon: '1.0',
      hendelse: tilHendelse({ ...hendelse, endringer }) as DokumentForHendelse['hendelse'],
    },
    grunnlag: {
      folkeregisteridentifikator: hendelse.folkeregisteridentifikator,
      ...(opphav.personId !== undefined ? { personId: opphav.personId } : {}),
      rettighetspakke: pakke,
      parter: [],
      dokumentidentifikator: hendelse.hendelsesidentifikator,
    },
  };
}

/** One person found by `personer/soek` (spec §1.4.6), as the gate lets a package see it: the identity number only. */
export interface UtlevertSoeketreff {
  readonly [utlevertMerke]: true;
  readonly foedselsEllerDNummer: string;
  readonly grunnlag: Utleveringsgrunnlag;
}

/** Thrown when a route offers the hit list to a package that may not see identity numbers (a bug, not a refusal). */
export class SoeketreffIkkeTilgjengelig extends Error {
  override readonly name = 'SoeketreffIkkeTilgjengelig';
}

/**
 * A search hit for a package. A hit list is nothing but identity numbers, so a package that may not always see them
 * cannot have one (spec §1.3 offers `soek` only to such packages). A hit is itself a disclosure of what it matched:
 * found by an address, it says the person lives there, so a hit whose matching addresses are all graded beyond the
 * package's right (spec §5.4) is withheld (undefined), whatever the query that produced it did.
 */
export function viewSoeketreff(
  treff: { readonly personId: number; readonly folkeregisteridentifikator: string; readonly adressebeskyttelse?: string },
  pakke: Rettighetspakke,
): UtlevertSoeketreff | undefined {
  if (reglerFor(pakke).identitetsnummer !== 'alltid') throw new SoeketreffIkkeTilgjengelig(`Pakken ${pakke} får ikke treffliste`);
  if (!adressetreffSynlig(treff, pakke)) return undefined;
  return {
    [utlevertMerke]: true,
    foedselsEllerDNummer: treff.folkeregisteridentifikator,
    grunnlag: { folkeregisteridentifikator: treff.folkeregisteridentifikator, personId: treff.personId, rettighetspakke: pakke, parter: [] },
  };
}

/**
 * Whether a hit found by address criteria may count for the package. The search matched only addresses the package
 * may see; this checks it again, independently, by the person's protection: a `fortrolig` person's every address is
 * graded `fortrolig` and a `strengtFortrolig` person has none to show (spec §5.4), so a package without that right must
 * never find them by address, whatever the query did. A hit found without address criteria (no
 * `adressebeskyttelse`) always counts. Used for hit lists and by `entydigsoek` before it counts its hits.
 */
export function adressetreffSynlig(treff: { readonly adressebeskyttelse?: string }, pakke: Rettighetspakke): boolean {
  return treff.adressebeskyttelse === undefined || harHjemmelFor(reglerFor(pakke), treff.adressebeskyttelse);
}
/** Thrown when a route offers extracts to a package that cannot have them (a bug, not a refusal). */
export class UttrekkIkkeTilgjengelig extends Error {
  override readonly name = 'UttrekkIkkeTilgjengelig';
}

/** One entry of an extract batch (spec §4): a person's identity number, or the document version that names them. */
export interface UtlevertIdentifikator {
  readonly [utlevertMerke]: true;
  readonly identifikator: string;
  readonly grunnlag: Utleveringsgrunnlag;
}

export interface Uttrekkstreff {
  readonly personId: number;
  /** The person's number in use when the extract ran. */
  readonly folkeregisteridentifikator: string;
  /** The document version (`uttrekk/komplett`); absent in a tailored extract, which gives out the number. */
  readonly dokumentidentifikator?: string;
}

/**
 * An extract's entry for a package. A document id names a person as surely as their number, so extracts of either
 * kind are only for packages that always see identity numbers (spec §1.3 offers them to none of the others).
 * What the criteria may reveal is decided in `uttrekksutvalg.ts` before the entry exists.
 */
export function viewUttrekkstreff(treff: Uttrekkstreff, pakke: Rettighetspakke): UtlevertIdentifikator {
  if (reglerFor(pakke).identitetsnummer !== 'alltid') throw new UttrekkIkkeTilgjengelig(`Pakken ${pakke} får ikke uttrekk`);
  return {
    [utlevertMerke]: true,
    identifikator: treff.dokumentidentifikator ?? treff.folkeregisteridentifikator,
    grunnlag: {
      folkeregisteridentifikator: treff.folkeregisteridentifikator,
      personId: treff.personId,
      rettighetspakke: pakke,
      parter: [],
      ...(treff.dokumentidentifikator !== undefined ? { dokumentidentifikator: treff.dokumentidentifikator } : {}),
    },
  };
}
