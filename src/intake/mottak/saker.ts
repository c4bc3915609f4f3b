import type { Kommando } from '../../domain/kommando/kommando.ts';
import type { Queryable } from '../../store/db.ts';
import type { Begrunnelse } from '../kontrakt.ts';

/** FREG's decisions in a case (spec §8.2 `beslutning`; `avbrutt` is not used here). */
export type Beslutning = 'godkjent' | 'avslaatt' | 'avvist' | 'registrert';

/** A case (sak): what became of one message (spec §8.2), open while a case worker must decide. */
export interface Sak {
  readonly saksnummer: number;
  readonly meldingId: number;
  readonly opprettet: Date;
  readonly status: 'aapen' | 'avsluttet';
  readonly utfall: Beslutning | null;
  readonly saksfrist: string | null;
  readonly begrunnelser: readonly Begrunnelse[];
  readonly forslag: readonly Kommando[];
  readonly personer: readonly string[];
  readonly tildelt: string | null;
  readonly avsluttet: Date | null;
}

export interface NySak {
  readonly meldingId: number;
  readonly opprettet: Date;
  readonly status: Sak['status'];
  readonly utfall: Beslutning | null;
  readonly saksfrist: string | null;
  readonly begrunnelser: readonly Begrunnelse[];
  readonly forslag: readonly Kommando[];
  readonly personer: readonly string[];
}

export async function opprettSakInTrx(tx: Queryable, sak: NySak): Promise<number> {
  const [rad] = await tx.query<{ saksnummer: number }>(
    `insert into sak (melding_id, opprettet, status, utfall, saksfrist, begrunnelser, forslag, personer, avsluttet)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text[], case when $3 = 'avsluttet' then $2::timestamptz end)
     returning saksnummer`,
    [sak.meldingId, sak.opprettet.toISOString(), sak.status, sak.utfall, sak.saksfrist, sak.begrunnelser, sak.forslag, sak.personer],
  );
  return Number(rad!.saksnummer);
}

const kolonner = `saksnummer, melding_id, opprettet, status, utfall, saksfrist::text as saksfrist, begrunnelser, forslag,
  personer, tildelt, avsluttet`;

interface SakRad {
  saksnummer: number | string;
  melding_id: number | string;
  opprettet: Date | string;
  status: Sak['status'];
  utfall: Beslutning | null;
  saksfrist: string | null;
  begrunnelser: Begrunnelse[];
  forslag: Kommando[];
  personer: string[];
  tildelt: string | null;
  avsluttet: Date | string | null;
}

function tilSak(r: SakRad): Sak {
  return {
    saksnummer: Number(r.saksnummer),
    meldingId: Number(r.melding_id),
    opprettet: new Date(r.opprettet),
    status: r.status,
    utfall: r.utfall,
    saksfrist: r.saksfrist,
    begrunnelser: r.begrunnelser,
    forslag: r.forslag,
    personer: r.personer,
    tildelt: r.tildelt,
    avsluttet: r.avsluttet === null ? null : new Date(r.avsluttet),
  };
}

export async function finnSak(db: Queryable, saksnummer: number): Promise<Sak | undefined> {
  const [rad] = await db.query<SakRad>(`select ${kolonner} from sak where saksnummer = $1`, [saksnummer]);
  return rad && tilSak(rad);
}

/** The case locked for the caller's transaction: decisions on one case are serialised. */
export async function laasSakInTrx(tx: Queryable, saksnummer: number): Promise<Sak | undefined> {
  const [rad] = await tx.query<SakRad>(`select ${kolonner} from sak where saksnummer = $1 for update`, [saksnummer]);
  return rad && tilSak(rad);
}

export async function finnSakForMelding(db: Queryable, meldingId: number): Promise<Sak | undefined> {
  const [rad] = await db.query<SakRad>(`select ${kolonner} from sak where melding_id = $1`, [meldingId]);
  return rad && tilSak(rad);
}

export type Saksendring = Partial<Pick<Sak, 'status' | 'utfall' | 'saksfrist' | 'begrunnelser' | 'forslag' | 'personer' | 'tildelt' | 'avsluttet'>>;

export async function endreSakInTrx(tx: Queryable, saksnummer: number, endring: Saksendring): Promise<void> {
  const felt = Object.entries(endring).filter(([, v]) => v !== undefined);
  if (felt.length === 0) return;
  const kolonnenavn: Record<keyof Saksendring, string> = {
    status: 'status', utfall: 'utfall', saksfrist: 'saksfrist', begrunnelser: 'begrunnelser', forslag: 'forslag',
    personer: 'personer', tildelt: 'tildelt', avsluttet: 'avsluttet',
  };
  const sett = felt.map(([k], i) => `${kolonnenavn[k as keyof Saksendring]} = $${i + 2}`).join(', ');
  const verdier = felt.map(([, v]) => (v instanceof Date ? v.toISOString() : v));
  await tx.query(`update sak set ${sett} where saksnummer = $1`, [saksnummer, ...verdier]);
}

/** Open cases, earliest deadline first (then oldest): the case workers' queue. */
export async function listAapneSaker(db: Queryable, side: { antall: number; etter?: number | undefined }): Promise<Sak[]> {
  const rader = await db.query<SakRad>(
    `select ${kolonner} from sak where status = 'aapen' and saksnummer > $1
      order by saksfrist nulls last, saksnummer limit $2`,
    [side.etter ?? 0, side.antall],
  );
  return rader.map(tilSak);
}

/** The cases that concern a person (any of the numbers given), newest first: a citizen's own view. */
export async function listSakerForPersoner(db: Queryable, numre: readonly string[]): Promise<Sak[]> {
  const rader = await db.query<SakRad>(
    `select ${kolonner} from sak where personer && $1::text[] order by saksnummer desc limit 100`,
    [numre],
  );
  return rader.map(tilSak);
}

/** One step in a case, by whom (a case worker's ident, `system`, or `innbygger`). */
export interface Historikkpost {
  readonly tidspunkt: Date;
  readonly aktoer: string;
  readonly handling: 'opprettet' | 'tildelt' | 'vist' | 'godkjent' | 'korrigertOgGodkjent' | 'avslaatt' | 'gjenaapnet';
  readonly detaljer: Record<string, unknown>;
}

export async function skrivHistorikkInTrx(tx: Queryable, saksnummer: number, post: Historikkpost): Promise<void> {
  await tx.query(
    'insert into sakshistorikk (saksnummer, tidspunkt, aktoer, handling, detaljer) values ($1, $2, $3, $4, $5)',
    [saksnummer, post.tidspunkt.toISOString(), post.aktoer, post.handling, post.detaljer],
  );
}

export async function lesHistorikk(db: Queryable, saksnummer: number): Promise<Historikkpost[]> {
  const rader = await db.query<{ tidspunkt: Date | string; aktoer: string; handling: Historikkpost['handling']; detaljer: Record<string, unknown> }>(
    'select tidspunkt, aktoer, handling, detaljer from sakshistorikk where saksnummer = $1 order by id',
    [saksnummer],
  );
  return rader.map((r) => ({ ...r, tidspunkt: new Date(r.tidspunkt) }));
}
