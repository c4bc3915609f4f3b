import type { Egenskapsendring } from '../../domain/hendelse.ts';
import { Adressegradering } from '../../domain/persondokument/kodeverk.ts';
import { sisteSekvensnummer } from '../../register/les-hendelser.ts';
import type { Queryable } from '../../store/db.ts';
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { endringIPerson, feedregler, viewFeedinnslag, type Feedhendelse, type Feedinnslag } from '../view/feedinnslag.ts';

/**
 * THE read of the event feed for one package: HTTP pages (`hendelser/feed`, `…/tilpasset`) and push delivery both
 * read through here, so what a package gets is decided once, by `viewFeedinnslag`. Sequence numbers are the
 * register's, global and gap-free; a package's feed skips the events it may not see (spec §3.1: "possibly gappy").
 */
export interface Feedvalg {
  /** First sequence number to read, inclusive. Values below 1 read from 1; retention is the caller's check. */
  readonly fra: number;
  /** Entries wanted; the HTTP feed's pages are fixed at 1000 (spec §3.1). */
  readonly antall?: number;
  /** Only events of persons living in, or moving out of, this municipality (spec §3.2, docs/hendelsesliste.md). */
  readonly kommunenummer?: string;
  /** Only these `hendelsetype`s, as the package sees them (so `endringIPerson` for privat and presse). */
  readonly hendelsestyper?: readonly string[];
}

export interface Feedside {
  readonly innslag: readonly Feedinnslag[];
  /** The sequence number to read from next: after the last entry of a full page, else after everything read. */
  readonly neste: number;
  /** Whether the page holds `antall` entries (more may follow at once); a page that is not full is the end for now. */
  readonly full: boolean;
  /** The register's last sequence number when the page was read; nothing above it was looked at. */
  readonly siste: number;
}

export const sidestoerrelse = 1000;

interface Rad {
  sekvensnummer: number;
  hendelsesidentifikator: string;
  folkeregisteridentifikator: string;
  hendelsestype: string;
  ajourholdstidspunkt: string;
  persondokument: string | null;
  endringer: Egenskapsendring[];
  adressebeskyttelse: string | null;
  bostedsgradering: string | null;
}

const kolonner = `sekvensnummer, hendelsesidentifikator, folkeregisteridentifikator, hendelsestype, ajourholdstidspunkt,
  persondokument, dokument -> 'endringer' as endringer, adressebeskyttelse, bostedsgradering`;

/**
 * One slice of the log from `$1` in sekvensnummer order. Only a lower bound and a limit, so the plan is an ordered
 * index range that stops after `$2` rows whatever the estimates (an upper bound made PostgreSQL choose a bitmap scan of
 * the whole range and a sort); rows past the last committed number read first are dropped in JavaScript instead.
 * With a municipality, one ordered range per column of migration 0006, merged.
 */
function sql(kommune: boolean, typer: boolean): string {
  const vilkaar = `sekvensnummer >= $1${typer ? ' and hendelsestype = any($3::text[])' : ''}`;
  const kommuneparam = typer ? '$4' : '$3';
  if (!kommune) return `select ${kolonner} from hendelse where ${vilkaar} order by sekvensnummer limit $2`;
  return `select * from (
    (select ${kolonner} from hendelse where kommunenummer = ${kommuneparam} and ${vilkaar} order by sekvensnummer limit $2)
    union all
    (select ${kolonner} from hendelse where fraflyttingskommunenummer = ${kommuneparam} and ${vilkaar} order by sekvensnummer limit $2)
  ) u order by sekvensnummer limit $2`;
}

/**
 * Reads the package's entries from `fra`, reading the log in slices until the page is full or everything up to the
 * last committed sequence number (read first) has been looked at. Bounded by that number, a page only ever holds
 * committed events and a later read of the same `fra` returns the same entries and maybe more, never others.
 */
export async function lesFeedside(db: Queryable, pakke: Rettighetspakke, valg: Feedvalg): Promise<Feedside> {
  const antall = valg.antall ?? sidestoerrelse;
  if (!Number.isSafeInteger(valg.fra) || !Number.isSafeInteger(antall) || antall < 1) throw new RangeError('fra and antall must be whole numbers');
  const fra = Math.max(1, valg.fra);
  const siste = await sisteSekvensnummer(db);
  const typer = lagredeTyper(pakke, valg.hendelsestyper);
  const innslag: Feedinnslag[] = [];
  const slutt = { innslag, neste: Math.max(fra, siste + 1), full: false, siste };
  if (typer?.length === 0) return slutt;
  const etterKommune = valg.kommunenummer !== undefined;
  const tekst = sql(etterKommune, typer !== undefined);
  for (let neste = fra; neste <= siste; ) {
    const params = [neste, antall, ...(typer ? [typer] : []), ...(etterKommune ? [valg.kommunenummer] : [])];
    const rader = await db.query<Rad>(tekst, params);
    for (const rad of rader) {
      if (Number(rad.sekvensnummer) > siste) return slutt;
      const i = viewFeedinnslag(feedhendelse(rad), pakke, { etterKommune });
      if (i && innslag.push(i) === antall) return { innslag, neste: Number(rad.sekvensnummer) + 1, full: true, siste };
    }
    if (rader.length < antall) break;
    neste = Number(rader.at(-1)!.sekvensnummer) + 1;
  }
  return slutt;
}

/**
 * The stored types to ask the database for, from the types the package sees: for packages that see every type as
 * `endringIPerson`, asking for it means every type, and asking only for others means none.
 */
function lagredeTyper(pakke: Rettighetspakke, vist: readonly string[] | undefined): readonly string[] | undefined {
  if (vist === undefined || feedregler[pakke].hendelsetype === 'egen') return vist;
  return vist.includes(endringIPerson) ? undefined : [];
}

function feedhendelse(r: Rad): Feedhendelse {
  const { persondokument, endringer, adressebeskyttelse, bostedsgradering, ...hendelse } = r;
  return {
    ...hendelse,
    sekvensnummer: Number(r.sekvensnummer),
    ...(persondokument ? { persondokument } : {}),
    endringer: endringer ?? [],
    // Written by every event since migration 0006 and filled in for older ones by it; a missing value is treated as
    // the strictest, so an unknown protection hides rather than shows.
    adressebeskyttelse: adressebeskyttelse ?? Adressegradering.strengtFortrolig,
    bostedsgradering: bostedsgradering ?? Adressegradering.strengtFortrolig,
  };
}
