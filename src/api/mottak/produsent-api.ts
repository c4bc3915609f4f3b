import type { FastifyPluginAsync } from 'fastify';
import type { InnsynInnstillinger } from '../../access/innsyn/index.ts';
import type { TokenVerifier } from '../../access/tokens/token-verifier.ts';
import type { Mottaksarbeider } from '../../intake/mottak/mottaksarbeider.ts';
import type { Saksoppsett } from '../../intake/mottak/saksbehandling.ts';
import type { Db } from '../../store/db.ts';
import { innbyggerRoutes } from './innbygger-routes.ts';
import { mottakRoutes } from './mottak-routes.ts';
import { saksbehandlingRoutes } from './saksbehandling-routes.ts';
import { tilbakemeldingRoutes } from './tilbakemelding-routes.ts';

export interface ProdusentApiOptions extends Saksoppsett {
  readonly db: Db;
  readonly verifier: TokenVerifier;
  readonly arbeider: Mottaksarbeider;
  readonly innsyn: InnsynInnstillinger;
}

/**
 * Everything producer intake answers over HTTP, as sibling contexts each with its own audience's check (STYLE.md §3):
 * producers' messages (XML, spec §8.1) and feedback feed (§8.2), the register authority's cases, and citizens' own
 * move reports and demands for manual review. An accepted message wakes the worker in this process.
 */
export function produsentApi(o: ProdusentApiOptions): FastifyPluginAsync {
  const mottatt = () => o.arbeider.vekk();
  return async (app) => {
    await app.register(mottakRoutes({ db: o.db, verifier: o.verifier, klokke: o.klokke, mottatt }));
    await app.register(tilbakemeldingRoutes({ db: o.db, verifier: o.verifier, klokke: o.klokke }));
    await app.register(saksbehandlingRoutes(o), { prefix: '/folkeregisteret/saksbehandling/api/v1' });
    await app.register(innbyggerRoutes({ ...o, innstillinger: o.innsyn, mottatt }), { prefix: '/folkeregisteret/innbygger/api/v1' });
  };
}
