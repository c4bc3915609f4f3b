import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../store/db.ts';
import type { Ressurs } from '../kontrakt.ts';

/** Who sent a message: a producer organisation (token) or a citizen reporting for themselves (law § 6-1). */
export type Avsender = { readonly produsent: string } | { readonly innbygger: string };

export interface Vedlegg {
  readonly multipartnavn: string;
  readonly innholdstype: string;
  readonly innhold: Uint8Array;
}

export interface NyMelding {
  readonly avsender: Avsender;
  readonly ressurs: Ressurs;
  readonly avsendersMeldingsidentifikator: string;
  readonly avsendersSaksreferanse?: string | undefined;
  readonly xml: string;
  readonly vedlegg: readonly Vedlegg[];
  readonly mottatt: Date;
}

/** The answer of `202 Accepted` (spec §8.1), the same for the first and every repeated POST of one message id. */
export interface Mottakskvittering {
  readonly folkeregisterReferanse: string;
  readonly avsendersMeldingsidentifikator: string;
  /** False when the producer had already sent this message id: nothing was stored. */
  readonly ny: boolean;
}

/**
 * Stores an accepted message with its attachments and commits before the caller answers 202 (DESIGN.md principle 8).
 * Idempotent on (producer, message id) in the schema: insert-or-nothing, then read the row that holds the id, so two
 * concurrent POSTs of one id store one message and both get its reference. A repeated id is answered with the first
 * message's reference even if the body differs: the producer's id names the message (spec §8.1).
 */
export async function lagreMelding(db: Db, m: NyMelding): Promise<Mottakskvittering> {
  const produsent = 'produsent' in m.avsender ? m.avsender.produsent : null;
  const innbygger = 'innbygger' in m.avsender ? m.avsender.innbygger : null;
  return db.transaction(async (tx) => {
    const [ny] = await tx.query<{ id: number; folkeregister_referanse: string }>(
      `insert into melding (folkeregister_referanse, produsent, innbygger, ressurs, avsenders_meldingsidentifikator,
                            avsenders_saksreferanse, xml, mottatt)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (produsent, avsenders_meldingsidentifikator) do nothing
       returning id, folkeregister_referanse`,
      [
        randomUUID(), produsent, innbygger, m.ressurs, m.avsendersMeldingsidentifikator, m.avsendersSaksreferanse ?? null,
        m.xml, m.mottatt.toISOString(),
      ],
    );
    if (!ny) {
      const [kjent] = await tx.query<{ folkeregister_referanse: string }>(
        'select folkeregister_referanse from melding where produsent = $1 and avsenders_meldingsidentifikator = $2',
        [produsent, m.avsendersMeldingsidentifikator],
      );
      return { folkeregisterReferanse: kjent!.folkeregister_referanse, avsendersMeldingsidentifikator: m.avsendersMeldingsidentifikator, ny: false };
    }
    for (const v of m.vedlegg) {
      await tx.query(
        'insert into melding_vedlegg (melding_id, multipartnavn, innholdstype, innhold) values ($1, $2, $3, $4)',
        [ny.id, v.multipartnavn, v.innholdstype, v.innhold],
      );
    }
    return { folkeregisterReferanse: ny.folkeregister_referanse, avsendersMeldingsidentifikator: m.avsendersMeldingsidentifikator, ny: true };
  });
}

/** A stored message as the worker and the case API read it. */
export interface LagretMelding {
  readonly id: number;
  readonly folkeregisterReferanse: string;
  readonly produsent: string | null;
  readonly innbygger: string | null;
  readonly ressurs: Ressurs;
  readonly avsendersMeldingsidentifikator: string;
  readonly avsendersSaksreferanse: string | null;
  readonly xml: string;
  readonly mottatt: Date;
}

const kolonner = `id, folkeregister_referanse, produsent, innbygger, ressurs, avsenders_meldingsidentifikator,
  avsenders_saksreferanse, xml, mottatt`;

interface MeldingRad {
  id: number | string;
  folkeregister_referanse: string;
  produsent: string | null;
  innbygger: string | null;
  ressurs: Ressurs;
  avsenders_meldingsidentifikator: string;
  avsenders_saksreferanse: string | null;
  xml: string;
  mottatt: Date | string;
}

function tilMelding(r: MeldingRad): LagretMelding {
  return {
    id: Number(r.id),
    folkeregisterReferanse: r.folkeregister_referanse,
    produsent: r.produsent,
    innbygger: r.innbygger,
    ressurs: r.ressurs,
    avsendersMeldingsidentifikator: r.avsenders_meldingsidentifikator,
    avsendersSaksreferanse: r.avsenders_saksreferanse,
    xml: r.xml,
    mottatt: new Date(r.mottatt),
  };
}

/**
 * The oldest unprocessed message, locked for the caller's transaction. `skip locked`: a second server process moves on
 * instead of waiting (the worker also holds an advisory lock, so in practice one processes at a time per register).
 */
export async function taNesteMeldingInTrx(tx: Queryable): Promise<LagretMelding | undefined> {
  const [rad] = await tx.query<MeldingRad>(
    `select ${kolonner} from melding where tilstand = 'mottatt' order by id limit 1 for update skip locked`,
  );
  return rad && tilMelding(rad);
}

export async function markerBehandletInTrx(tx: Queryable, id: number, naa: Date): Promise<void> {
  await tx.query(`update melding set tilstand = 'behandlet', behandlet = $2 where id = $1`, [id, naa.toISOString()]);
}

export async function finnMelding(db: Queryable, id: number): Promise<LagretMelding | undefined> {
  const [rad] = await db.query<MeldingRad>(`select ${kolonner} from melding where id = $1`, [id]);
  return rad && tilMelding(rad);
}

export async function listVedlegg(db: Queryable, meldingId: number): Promise<{ multipartnavn: string; innholdstype: string; stoerrelse: number }[]> {
  const rader = await db.query<{ multipartnavn: string; innholdstype: string; stoerrelse: number }>(
    `select multipartnavn, innholdstype, octet_length(innhold)::int as stoerrelse from melding_vedlegg where melding_id = $1
      order by multipartnavn`,
    [meldingId],
  );
  return rader;
}
