import type { FastifyInstance } from 'fastify';
import type { InnsynInnstillinger } from '../../access/innsyn/index.ts';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import type { Mottaksarbeider } from '../../intake/mottak/mottaksarbeider.ts';
import { lagMottaksarbeider } from '../../intake/mottak/oppsett.ts';
import type { Meldingsregeltabell } from '../../intake/mottak/regeltabell.ts';
import { identifikatortildeler } from '../../register/identifikatorer.ts';
import type { Skriveoppsett } from '../../register/registrer.ts';
import type { Db } from '../../store/db.ts';
import { produsentApi } from './produsent-api.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The worker of this process: `await app.mottaksarbeider.tom()` waits until accepted messages are processed. */
    mottaksarbeider: Mottaksarbeider;
  }
}

export interface Mottaksinnstillinger {
  /** The rules of each resource; default: `src/intake/meldinger` through `oppsett.ts`. Tests inject their own. */
  readonly regler?: Meldingsregeltabell;
  /** A module exporting `meldingsregler` to load instead of `src/intake/meldinger` (FOLKEREGISTER_MELDINGSREGLER). */
  readonly meldingsregelmodul?: string | undefined;
  /** How registrations allocate identity numbers; default: synthetic numbers, 2032 rules from 2032-01-01. */
  readonly skriveoppsett?: Skriveoppsett;
  /** Run the worker in this process (default true). */
  readonly arbeider?: boolean;
  readonly pollMs?: number;
  readonly saksfristDager?: number;
}

/**
 * Wires producer intake into the app: the routes, and the worker started when the app is ready and stopped (after its
 * current message) when it closes.
 */
export async function startMottak(
  app: FastifyInstance,
  o: Mottaksinnstillinger & { db: Db; verifier: TokenVerifier; innsyn: InnsynInnstillinger; klokke: () => Date },
): Promise<void> {
  const skriveoppsett = o.skriveoppsett ?? {
    tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }),
  };
  const saksoppsett = { skriveoppsett, klokke: o.klokke, ...(o.saksfristDager ? { saksfristDager: o.saksfristDager } : {}) };
  const arbeider = await lagMottaksarbeider(o.db, {
    ...saksoppsett,
    regler: o.regler,
    meldingsregelmodul: o.meldingsregelmodul,
    pollMs: o.pollMs,
    loggFeil: (feil, melding) => app.log.error({ err: feil }, melding),
  });
  app.decorate('mottaksarbeider', arbeider);
  if (o.arbeider !== false) app.addHook('onReady', async () => arbeider.start());
  app.addHook('onClose', () => arbeider.stopp());
  await app.register(produsentApi({ db: o.db, verifier: o.verifier, arbeider, innsyn: o.innsyn, ...saksoppsett }));
}
