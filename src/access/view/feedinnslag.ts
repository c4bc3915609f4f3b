import type { Egenskapsendring } from '../../domain/hendelse.ts';
import { Adressegradering } from '../../domain/persondokument/kodeverk.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { reglerFor } from './pakketabell.ts';
import { adresseelementer, harHjemmelFor, skjermVersjon, strengeste, type Skjerming } from './skjerm-versjon.ts';

/**
 * The gate for the event feed (spec §3.1, §3.5): what a package sees of one stored event as a thin feed entry
 * (`LagretHendelseMedDokumentIdentifikatorer`), or nothing. Pure, and the only maker of `Feedinnslag`, which the feed's
 * renderers require. A thin entry names a person and a kind of change, never a value; what it may name follows the
 * package's row of the disclosure table (`pakketabell.ts`) and the feed rules below. Rules in prose:
 * docs/hendelsesliste.md.
 */
const feedinnslagMerke: unique symbol = Symbol('feedinnslag');

/** One stored event as the feed reads it (`hendelse` row with the columns of migration 0006). */
export interface Feedhendelse {
  readonly sekvensnummer: number;
  readonly hendelsesidentifikator: string;
  readonly folkeregisteridentifikator: string;
  readonly hendelsestype: string;
  readonly ajourholdstidspunkt: string;
  /** Absent for an event that leaves no person document (`personErOpphoertSomDublett`, spec §3.1). */
  readonly persondokument?: string;
  readonly endringer: readonly Egenskapsendring[];
  /** The person's `adressebeskyttelse` right after the event; `ugradert` when none. */
  readonly adressebeskyttelse: string;
  /** The grading of the residential address(es) behind the event's municipality columns. */
  readonly bostedsgradering: string;
}

/** `HendelseMedDokumentIdentifikatorer` in FREG's key order (spec §3.1). */
export interface HendelseMedDokumentIdentifikatorer {
  readonly folkeregisteridentifikator?: string;
  readonly hendelsetype: string;
  readonly hendelsesdokument?: string;
  readonly persondokument?: string;
  readonly ajourholdstidspunkt: string;
}

export interface Feedinnslag {
  readonly [feedinnslagMerke]: true;
  readonly sekvensnummer: number;
  readonly hendelse: HendelseMedDokumentIdentifikatorer;
}

/**
 * Per package, beyond the element table: `endringIPerson` hides the nature of every change from privat and presse
 * (spec §3.5); document ids only where the package can use them, i.e. where event documents and archive versions are
 * offered (spec §1.3: OMH). Identity numbers follow the table's `identitetsnummer` rule.
 */
interface Feedregler {
  readonly hendelsetype: 'egen' | 'endringIPerson';
  readonly dokumentidentifikatorer: boolean;
}
const egen = { hendelsetype: 'egen', dokumentidentifikatorer: false } as const;
const skjult = { hendelsetype: 'endringIPerson', dokumentidentifikatorer: false } as const;

export const feedregler = {
  offentligMedHjemmel: { hendelsetype: 'egen', dokumentidentifikatorer: true },
  offentligUtenHjemmel: egen,
  privatUtenHjemmel: egen,
  finans: egen,
  utstederAvElektroniskIdentitetsbevis: egen,
  svalbardregister: egen,
  privat: skjult,
  presse: skjult,
  privatUtenFolkeregisteridentifikator: skjult,
  presseUtenFolkeregisteridentifikator: skjult,
} as const satisfies Record<Rettighetspakke, Feedregler>;

/** The generic type of spec §3.5. */
export const endringIPerson = 'endringIPerson';

/** The `hendelsetype` the package sees for a stored `hendelsestype`. */
export function vistHendelsetype(pakke: Rettighetspakke, hendelsestype: string): string {
  return feedregler[pakke].hendelsetype === 'egen' ? hendelsestype : endringIPerson;
}

/** `personErOppdatert` has no event document ("ingen tykk hendelse", spec §3.1). */
const utenHendelsesdokument: ReadonlySet<string> = new Set(['personErOppdatert']);

export interface Feedutvalg {
  /**
   * The entry was picked by the person's municipality (`feed/tilpasset`): the municipality is part of the address,
   * so the package must have the legal basis for that address's grading and the person's protection.
   */
  readonly etterKommune?: boolean;
}

export function viewFeedinnslag(h: Feedhendelse, pakke: Rettighetspakke, utvalg: Feedutvalg = {}): Feedinnslag | undefined {
  const regler = reglerFor(pakke);
  const s: Skjerming = { regler, beskyttelse: h.adressebeskyttelse, visIdentitetsnummer: regler.identitetsnummer !== 'aldri' };
  if (utvalg.etterKommune && !harHjemmelFor(regler, strengeste(h.adressebeskyttelse, h.bostedsgradering))) return undefined;
  // An event without element changes is a bare "re-read the person" signal and goes to everyone.
  if (h.endringer.length > 0 && !h.endringer.some((e) => erSynlig(e, s))) return undefined;
  const dokumenter = feedregler[pakke].dokumentidentifikatorer;
  return {
    [feedinnslagMerke]: true,
    sekvensnummer: h.sekvensnummer,
    hendelse: {
      ...(s.visIdentitetsnummer ? { folkeregisteridentifikator: h.folkeregisteridentifikator } : {}),
      hendelsetype: vistHendelsetype(pakke, h.hendelsestype),
      ...(dokumenter && !utenHendelsesdokument.has(h.hendelsestype) ? { hendelsesdokument: h.hendelsesidentifikator } : {}),
      ...(dokumenter && h.persondokument ? { persondokument: h.persondokument } : {}),
      ajourholdstidspunkt: h.ajourholdstidspunkt,
    },
  };
}

/**
 * Whether the package would see anything of one element change: an element of its table whose new value survives the
 * field-level rules. An annulment carries no value; an annulled address of a person whose protection the package has
 * no basis for was never visible to it, nor were a `strengtFortrolig` person's moves abroad.
 */
function erSynlig(e: Egenskapsendring, s: Skjerming): boolean {
  if (!s.regler.elementer.includes(e.element)) return false;
  if (e.verdi) return skjermVersjon(e.element, e.verdi, true, s) !== undefined;
  if (adresseelementer.has(e.element)) return harHjemmelFor(s.regler, s.beskyttelse);
  if (e.element === 'innflytting' || e.element === 'utflytting') return s.beskyttelse !== Adressegradering.strengtFortrolig;
  return true;
}

/** The JSON array of a feed page (spec §3.1). */
export function feedsideJson(innslag: readonly Feedinnslag[]): { sekvensnummer: number; hendelse: HendelseMedDokumentIdentifikatorer }[] {
  return innslag.map((i) => ({ sekvensnummer: i.sekvensnummer, hendelse: i.hendelse }));
}
