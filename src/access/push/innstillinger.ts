/** Push delivery's operator settings (docs/push.md "Operating it"), read once at the edge. */
export interface Pushinnstillinger {
  /** Deliver from this process; several processes on one PostgreSQL may all do so (one lease per subscription). */
  readonly levering: boolean;
  /** Allow `http://` webhooks (never on by default: deliveries would travel in clear). */
  readonly tillatHttp: boolean;
  /**
   * Allow webhooks on loopback, private, link-local and other internal addresses (`adressevern.ts`), and `http://` to
   * loopback: for development and tests only. Off, a consumer cannot make the register POST into its own network.
   */
  readonly tillatInterne: boolean;
  /** The first retry's wait; each failure doubles it up to `forsoekMaksMs` (with jitter). */
  readonly forsoekGrunnMs: number;
  readonly forsoekMaksMs: number;
  /** How long a webhook may take to answer; must stay well below the lease. */
  readonly tidsavbruddMs: number;
  /** How long a claim on a subscription lasts without renewal (renewed before each POST). */
  readonly leieSekunder: number;
  /** Subscriptions delivered at once by one process. */
  readonly samtidige: number;
  /** The longest wait without a notification before looking again (the brief's "at least every second"). */
  readonly pollMs: number;
  /** Event streams send a comment this often, and check the token then. */
  readonly hjerteslagMs: number;
  /** Subscriptions per organisation and package. */
  readonly maksAbonnementer: number;
}

export const standardPushinnstillinger: Pushinnstillinger = {
  levering: true,
  tillatHttp: false,
  tillatInterne: false,
  forsoekGrunnMs: 1000,
  forsoekMaksMs: 5 * 60_000,
  tidsavbruddMs: 10_000,
  leieSekunder: 30,
  samtidige: 16,
  pollMs: 1000,
  hjerteslagMs: 15_000,
  maksAbonnementer: 10,
};

export function lesPushinnstillinger(env: NodeJS.ProcessEnv): Pushinnstillinger {
  const tall = (navn: string, standard: number, minst: number): number => {
    const verdi = env[navn] === undefined ? standard : Number(env[navn]);
    if (!Number.isInteger(verdi) || verdi < minst) throw new Error(`${navn} must be a whole number, at least ${minst}`);
    return verdi;
  };
  const s = standardPushinnstillinger;
  const innstillinger = {
    levering: env.FOLKEREGISTER_PUSH_LEVERING !== 'false',
    tillatHttp: env.FOLKEREGISTER_PUSH_TILLAT_HTTP === 'true',
    tillatInterne: env.FOLKEREGISTER_PUSH_TILLAT_INTERNE === 'true',
    forsoekGrunnMs: tall('FOLKEREGISTER_PUSH_FORSOEK_GRUNN_MS', s.forsoekGrunnMs, 10),
    forsoekMaksMs: tall('FOLKEREGISTER_PUSH_FORSOEK_MAKS_MS', s.forsoekMaksMs, 10),
    tidsavbruddMs: tall('FOLKEREGISTER_PUSH_TIDSAVBRUDD_MS', s.tidsavbruddMs, 100),
    leieSekunder: tall('FOLKEREGISTER_PUSH_LEIE_SEKUNDER', s.leieSekunder, 2),
    samtidige: tall('FOLKEREGISTER_PUSH_SAMTIDIGE', s.samtidige, 1),
    pollMs: s.pollMs,
    hjerteslagMs: tall('FOLKEREGISTER_PUSH_HJERTESLAG_MS', s.hjerteslagMs, 100),
    maksAbonnementer: tall('FOLKEREGISTER_PUSH_MAKS_ABONNEMENTER', s.maksAbonnementer, 1),
  };
  if (innstillinger.tidsavbruddMs * 2 >= innstillinger.leieSekunder * 1000) {
    throw new Error('FOLKEREGISTER_PUSH_TIDSAVBRUDD_MS must be under half of FOLKEREGISTER_PUSH_LEIE_SEKUNDER, or a slow webhook could be delivered twice at once');
  }
  return innstillinger;
}
