import { lesBoolsk, lesHeltall } from '../access/tokens/innstillinger.ts';

/** How extract jobs run (docs/uttrekk.md "Settings"); read once at the edge. */
export interface UttrekkInnstillinger {
  /** Identifiers per batch. FREG does not say; a real client assumes 5000 (spec §4, §11.9). */
  readonly batchstoerrelse: number;
  /**
   * Person ids the worker covers per transaction: bounds how long one step holds the job and the store. Unset: 10 000
   * on PostgreSQL, 1 000 on PGlite, whose one connection makes every other query wait for the step (`bolkFor`).
   */
  readonly bolk?: number;
  /** Unfinished jobs an organisation may have at once; the next order is refused with 429 (spec §4). */
  readonly maksAktiveJobber: number;
  /** How long a job and its result are kept, from the order; then 410 and the rows are deleted. */
  readonly levetidMs: number;
  /** How often an idle worker looks for jobs ordered through another server process. */
  readonly pollMs: number;
  /** How long a worker's claim on a job lasts without renewal: a job whose worker died resumes after this. */
  readonly leieMs: number;
  /** Whether this process runs a worker. Off for a process that should only answer (and in tests that step it). */
  readonly arbeider: boolean;
  /** Tailored extracts for finans and utsteder av eID: listed by FREG's service page, not by its SLA (spec §1.3). */
  readonly tilpassetForFinansOgEid: boolean;
}

export const standardUttrekkInnstillinger: UttrekkInnstillinger = {
  batchstoerrelse: 5000,
  maksAktiveJobber: 10,
  levetidMs: 7 * 24 * 3_600_000,
  pollMs: 1000,
  leieMs: 60_000,
  arbeider: true,
  tilpassetForFinansOgEid: true,
};

export function lesUttrekkInnstillinger(env: NodeJS.ProcessEnv = process.env): UttrekkInnstillinger {
  const s = standardUttrekkInnstillinger;
  const positivt = (navn: string, standard: number) => {
    const tall = lesHeltall(navn, env[navn], standard);
    if (tall < 1) throw new Error(`${navn} må være minst 1.`);
    return tall;
  };
  return {
    batchstoerrelse: positivt('FOLKEREGISTER_UTTREKK_BATCHSTOERRELSE', s.batchstoerrelse),
    ...(env.FOLKEREGISTER_UTTREKK_BOLK ? { bolk: positivt('FOLKEREGISTER_UTTREKK_BOLK', 1) } : {}),
    maksAktiveJobber: positivt('FOLKEREGISTER_UTTREKK_MAKS_JOBBER', s.maksAktiveJobber),
    levetidMs: positivt('FOLKEREGISTER_UTTREKK_LEVETID_TIMER', s.levetidMs / 3_600_000) * 3_600_000,
    pollMs: positivt('FOLKEREGISTER_UTTREKK_POLL_MS', s.pollMs),
    leieMs: positivt('FOLKEREGISTER_UTTREKK_LEIE_SEKUNDER', s.leieMs / 1000) * 1000,
    arbeider: env.FOLKEREGISTER_UTTREKK_ARBEIDER ? lesBoolsk('FOLKEREGISTER_UTTREKK_ARBEIDER', env.FOLKEREGISTER_UTTREKK_ARBEIDER) : s.arbeider,
    tilpassetForFinansOgEid: env.FOLKEREGISTER_UTTREKK_FIN_EID
      ? lesBoolsk('FOLKEREGISTER_UTTREKK_FIN_EID', env.FOLKEREGISTER_UTTREKK_FIN_EID)
      : s.tilpassetForFinansOgEid,
  };
}

export function bolkFor(innstillinger: Pick<UttrekkInnstillinger, 'bolk'>, store: 'pglite' | 'postgres'): number {
  return innstillinger.bolk ?? (store === 'pglite' ? 1000 : 10_000);
}
