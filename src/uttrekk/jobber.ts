import type { Rettighetspakke } from '../access/konsumenter/rettighetspakker.ts';
import type { Db } from '../store/db.ts';
import type { Uttrekkskriterier } from './kriterier.ts';
import { komplettUtvalg, tilpassetUtvalg } from './utvalg-sql.ts';

/**
 * The extract jobs' storage (`uttrekk_jobb`, `uttrekk_treff`, migration 0008): ordering with the per-organisation
 * limit, claiming a job with a lease, computing one range of person ids, reading a batch, releasing, expiring.
 * Each function is one transaction or one statement; the worker (`arbeider.ts`) strings them together.
 */
export const Uttrekksart = { komplett: 'komplett', tilpasset: 'tilpasset' } as const;
export type Uttrekksart = (typeof Uttrekksart)[keyof typeof Uttrekksart];

export interface Jobb {
  readonly jobbId: string;
  readonly organisasjonsnummer: string;
  readonly rettighetspakke: Rettighetspakke;
  readonly art: Uttrekksart;
  /** Rows written so far; all of them once `ferdig`. */
  readonly antall: number;
  readonly ferdig: boolean;
  readonly utloeper: Date;
}

/** What is extracted: everyone as of a sequence number, or the persons meeting criteria now. */
export type Uttrekksvalg =
  | { readonly art: typeof Uttrekksart.komplett; readonly feedsekvensnr: number }
  | { readonly art: typeof Uttrekksart.tilpasset; readonly kriterier: Uttrekkskriterier };

export type Bestilling = Uttrekksvalg & {
  readonly jobbId: string;
  readonly organisasjonsnummer: string;
  readonly rettighetspakke: Rettighetspakke;
  readonly naa: Date;
  readonly levetidMs: number;
  readonly maksAktiveJobber: number;
};

/** Serialises orders per organisation, so two at once cannot both pass the limit. */
const bestillingslaas = 7461008;

/**
 * Records an order, unless the organisation already has `maksAktiveJobber` unfinished jobs (spec §4: the 11th is
 * refused). The job covers the persons that exist now (`oevre_person_id`); a `komplett` job's sequence number is
 * clamped to the log's last (spec §4.1).
 */
export async function bestillJobb(db: Db, b: Bestilling): Promise<'bestilt' | 'forMange'> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2::text))', [bestillingslaas, b.organisasjonsnummer]);
    const [aktive] = await tx.query<{ n: number }>(
      `select count(*)::int as n from uttrekk_jobb where organisasjonsnummer = $1 and tilstand = 'venter' and utloeper > $2`,
      [b.organisasjonsnummer, b.naa],
    );
    if (aktive!.n >= b.maksAktiveJobber) return 'forMange';
    await tx.query(
      `insert into uttrekk_jobb (jobb_id, organisasjonsnummer, rettighetspakke, art, kriterier, feedsekvensnr,
                                 oevre_person_id, bestilt, utloeper)
       select $1::uuid, $2, $3, $4, $5::jsonb, least($6::bigint, (select siste from sekvens)),
              (select coalesce(max(person_id), 0) from person), $7, $8`,
      [
        b.jobbId,
        b.organisasjonsnummer,
        b.rettighetspakke,
        b.art,
        b.art === Uttrekksart.tilpasset ? b.kriterier : null,
        b.art === Uttrekksart.komplett ? b.feedsekvensnr : null,
        b.naa,
        new Date(b.naa.getTime() + b.levetidMs),
      ],
    );
    return 'bestilt';
  });
}

const uuidMoenster = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Jobbrad {
  jobb_id: string;
  organisasjonsnummer: string;
  rettighetspakke: Rettighetspakke;
  art: Uttrekksart;
  antall: number;
  tilstand: string;
  utloeper: Date | string;
}

const jobbkolonner = 'jobb_id::text as jobb_id, organisasjonsnummer, rettighetspakke, art, antall, tilstand, utloeper';

function tilJobb(r: Jobbrad): Jobb {
  return {
    jobbId: r.jobb_id,
    organisasjonsnummer: r.organisasjonsnummer,
    rettighetspakke: r.rettighetspakke,
    art: r.art,
    antall: Number(r.antall),
    ferdig: r.tilstand === 'ferdig',
    utloeper: new Date(r.utloeper),
  };
}

/** A job by its id; undefined for an id that is not one (not a UUID) or not known. */
export async function finnJobb(db: Db, jobbId: string): Promise<Jobb | undefined> {
  if (!uuidMoenster.test(jobbId)) return undefined;
  const [rad] = await db.query<Jobbrad>(`select ${jobbkolonner} from uttrekk_jobb where jobb_id = $1::uuid`, [jobbId]);
  return rad ? tilJobb(rad) : undefined;
}

export interface Treffrad {
  readonly personId: number;
  readonly folkeregisteridentifikator: string;
  readonly dokumentidentifikator?: string;
}

/** Result rows `fra` … `til − 1`, in order. */
export async function lesTreff(db: Db, jobbId: string, fra: number, til: number): Promise<Treffrad[]> {
  const rader = await db.query<{ person_id: number; folkeregisteridentifikator: string; dokumentidentifikator: string | null }>(
    `select person_id, folkeregisteridentifikator, dokumentidentifikator from uttrekk_treff
      where jobb_id = $1::uuid and nr >= $2 and nr < $3 order by nr`,
    [jobbId, fra, til],
  );
  return rader.map((r) => ({
    personId: Number(r.person_id),
    folkeregisteridentifikator: r.folkeregisteridentifikator,
    ...(r.dokumentidentifikator !== null ? { dokumentidentifikator: r.dokumentidentifikator } : {}),
  }));
}

/**
 * Claims the oldest unfinished job nobody else holds a live lease on, for `eier` until `naa + leieMs`. `for update skip
 * locked` lets workers in several processes on one PostgreSQL claim different jobs without waiting on each other
 * (PGlite, one connection, runs them one at a time anyway).
 */
export async function taJobb(db: Db, eier: string, naa: Date, leieMs: number): Promise<Jobb | undefined> {
  const [rad] = await db.query<Jobbrad>(
    `update uttrekk_jobb set eier = $1, eierfrist = $2
      where jobb_id = (select jobb_id from uttrekk_jobb
                        where tilstand = 'venter' and utloeper > $3 and (eier is null or eier = $1 or eierfrist < $3)
                        order by bestilt limit 1 for update skip locked)
      returning ${jobbkolonner}`,
    [eier, new Date(naa.getTime() + leieMs), naa],
  );
  return rad ? tilJobb(rad) : undefined;
}

export type Bolkutfall = 'fortsett' | 'ferdig' | 'mistet';

/**
 * Computes the next range of `bolk` person ids of a job `eier` holds, in one transaction: the job row is locked and
 * the lease checked first, so a worker whose lease ran out and was taken over writes nothing ('mistet'), and no
 * range is ever written twice. Rows are numbered on from the job's count, in person-id order; the lease is renewed.
 */
export async function kjoerBolk(db: Db, jobbId: string, eier: string, bolk: number, naa: Date, leieMs: number): Promise<Bolkutfall> {
  return db.transaction(async (tx) => {
    const [j] = await tx.query<{
      art: Uttrekksart;
      rettighetspakke: Rettighetspakke;
      kriterier: Uttrekkskriterier | null;
      feedsekvensnr: number | null;
      markoer: number;
      antall: number;
      oevre_person_id: number;
    }>(
      `select art, rettighetspakke, kriterier, feedsekvensnr, markoer, antall, oevre_person_id from uttrekk_jobb
        where jobb_id = $1::uuid and eier = $2 and tilstand = 'venter' for update`,
      [jobbId, eier],
    );
    if (!j) return 'mistet';
    const [fra, oevre] = [Number(j.markoer), Number(j.oevre_person_id)];
    const til = Math.min(fra + bolk, oevre);
    const utvalg = j.art === Uttrekksart.komplett ? komplettUtvalg(Number(j.feedsekvensnr)) : tilpassetUtvalg(j.kriterier!, j.rettighetspakke);
    const [skrevet] = await tx.query<{ n: number }>(
      `with treff as (
         insert into uttrekk_treff (jobb_id, nr, person_id, folkeregisteridentifikator, dokumentidentifikator)
         select $1::uuid, $2::int + (row_number() over (order by u.person_id))::int - 1, u.person_id,
                u.folkeregisteridentifikator, u.dokumentidentifikator
           from (${utvalg.sql}) u
         returning 1)
       select count(*)::int as n from treff`,
      [jobbId, Number(j.antall), fra, til, ...utvalg.parametre],
    );
    const ferdig = til >= oevre;
    await tx.query(
      `update uttrekk_jobb set markoer = $2, antall = antall + $3, eierfrist = $4,
              tilstand = case when $5 then 'ferdig' else tilstand end,
              ferdig = case when $5 then $6::timestamptz end,
              eier = case when $5 then null else eier end
        where jobb_id = $1::uuid`,
      [jobbId, til, skrevet!.n, new Date(naa.getTime() + leieMs), ferdig, naa],
    );
    return ferdig ? 'ferdig' : 'fortsett';
  });
}

/** Gives up `eier`'s leases (a worker stopping cleanly), so another worker or the next start resumes at once. */
export async function slippJobber(db: Db, eier: string): Promise<void> {
  await db.query(`update uttrekk_jobb set eier = null, eierfrist = null where eier = $1 and tilstand = 'venter'`, [eier]);
}

/** Deletes expired jobs with their results; returns how many. */
export async function slettUtloepte(db: Db, naa: Date): Promise<number> {
  const rader = await db.query(`delete from uttrekk_jobb where utloeper <= $1 returning 1`, [naa]);
  return rader.length;
}
