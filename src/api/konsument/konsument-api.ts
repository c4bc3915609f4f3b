import type { FastifyPluginAsync } from 'fastify';
import { rettighetspakkenavn, rettighetspakker } from '../../access/konsumenter/rettighetspakker.ts';
import type { Revisjonslogg } from '../../access/revisjon/index.ts';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import type { Db } from '../../store/db.ts';
import { ipBegrensning, type IpTeller } from '../ip-begrensning.ts';
import { konsumentTilgang } from '../konsument-tilgang.ts';
import { lagOppbevaring } from '../../access/feed/oppbevaring.ts';
import type { Hendelsesvarsler } from '../../access/push/hendelsesvarsler.ts';
import { standardPushinnstillinger, type Pushinnstillinger } from '../../access/push/innstillinger.ts';
import { abonnementRoutes } from './abonnement-routes.ts';
import { hendelserRoutes } from './hendelser-routes.ts';
import { stroemRoutes } from './stroem-routes.ts';
import { personerRoutes } from './personer-routes.ts';
import { soekRoutes } from './soek/soek-routes.ts';
import { oppslagstjenester } from './tjenestetabell.ts';
import type { UttrekkInnstillinger } from '../../uttrekk/innstillinger.ts';
import { uttrekkRoutes } from './uttrekk-routes.ts';
import { uttrekkstjenester } from './uttrekkstjenester.ts';

export interface KonsumentApiOptions {
  readonly db: Db;
  readonly verifier: TokenVerifier;
  readonly revisjonslogg: Revisjonslogg;
  readonly ipTeller: IpTeller;
  readonly klokke?: () => Date;
  /** The event feed's retention window in months (spec §3.1; default 36). */
  readonly feedOppbevaringMaaneder?: number;
  readonly uttrekk: { readonly innstillinger: UttrekkInnstillinger; readonly arbeider?: { vekk(): void } };
  /** Wakes event streams at each commit (docs/push.md); without it they poll. */
  readonly varsler?: Hendelsesvarsler;
  readonly push?: Pushinnstillinger;
}

/**
 * FREG's consumer API: one encapsulated context per rights package under its own path prefix (spec §1.1), each with
 * the throttle, then the token check for that package, then the services the package offers (spec §1.3).
 */
export function konsumentApi(o: KonsumentApiOptions): FastifyPluginAsync {
  return async (app) => {
    const klokke = o.klokke ?? (() => new Date());
    const oppbevaring = lagOppbevaring(o.db, o.feedOppbevaringMaaneder ?? 36, klokke);
    for (const pakke of rettighetspakkenavn) {
      await app.register(
        async (pakkeApp) => {
          await pakkeApp.register(ipBegrensning(o.ipTeller));
          await pakkeApp.register(konsumentTilgang({ db: o.db, verifier: o.verifier, ...(o.klokke ? { naa: o.klokke } : {}) }));
          await pakkeApp.register(
            personerRoutes({ db: o.db, revisjonslogg: o.revisjonslogg, pakke, tjenester: oppslagstjenester[pakke], klokke }),
          );
          await pakkeApp.register(hendelserRoutes({ db: o.db, revisjonslogg: o.revisjonslogg, pakke, oppbevaring, klokke }));
          await pakkeApp.register(soekRoutes({ db: o.db, revisjonslogg: o.revisjonslogg, pakke }));
          await pakkeApp.register(
            uttrekkRoutes({
              db: o.db, revisjonslogg: o.revisjonslogg, pakke, tjenester: uttrekkstjenester(pakke, o.uttrekk.innstillinger),
              innstillinger: o.uttrekk.innstillinger, klokke: o.klokke ?? (() => new Date()), ...(o.uttrekk.arbeider ? { arbeider: o.uttrekk.arbeider } : {}),
            }),
          );
          if (o.varsler) {
            const push = { db: o.db, pakke, oppbevaring, varsler: o.varsler, innstillinger: o.push ?? standardPushinnstillinger };
            await pakkeApp.register(abonnementRoutes(push));
            await pakkeApp.register(stroemRoutes({ ...push, verifier: o.verifier, klokke }));
          }
        },
        { prefix: `${rettighetspakker[pakke].prefiks}v1` },
      );
    }
  };
}
