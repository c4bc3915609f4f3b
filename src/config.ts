import { resolve } from 'node:path';
import type { StoreSettings } from './store/open-db.ts';
import { lesInnsynInnstillinger, type InnsynInnstillinger } from './access/innsyn/index.ts';
import { lesTilgangsinnstillinger, type Tilgangsinnstillinger } from './access/tokens/innstillinger.ts';
import { lesUttrekkInnstillinger, type UttrekkInnstillinger } from './uttrekk/innstillinger.ts';
import { lesPushinnstillinger, type Pushinnstillinger } from './access/push/innstillinger.ts';

/** Settings read once from the environment at the edge; everything inside receives them as values. */
export interface Settings {
  store: StoreSettings;
  port: number;
  host: string;
  /** From this date new identity numbers are issued under the 2032 rules (law § 2-2, spec §7.4). */
  regelbytteIdentifikator: string;
  /** Issue synthetic (+80 on the month) numbers. The default: this register holds synthetic people only. */
  syntetiskeIdentifikatorer: boolean;
  /** How many persons `serve` seeds into an empty register. */
  startpopulasjon: number;
  /** Citizens' insight: token issuers, policy, development login. */
  innsyn: InnsynInnstillinger;
  /** Consumer tokens: issuers, the embedded token service, throttling, the admin key. */
  tilgang: Tilgangsinnstillinger;
  /** A module exporting `meldingsregler` to use instead of `src/intake/meldinger` (testing intake; docs/mottak.md). */
  meldingsregler?: string | undefined;
  /** Extract jobs: batch size, limits, expiry, the worker (docs/uttrekk.md). */
  uttrekk: UttrekkInnstillinger;
  /** The event feed (docs/hendelsesliste.md). */
  hendelsesliste: Hendelseslisteinnstillinger;
  /** Push delivery and event streams (docs/push.md). */
  push: Pushinnstillinger;
}

export interface Hendelseslisteinnstillinger {
  /** How far back the feed reaches; an older `seq` is refused with 406 (spec §3.1: 36 months). */
  oppbevaringMaaneder: number;
}

export function lesHendelseslisteinnstillinger(env: NodeJS.ProcessEnv): Hendelseslisteinnstillinger {
  const maaneder = Number(env.FOLKEREGISTER_FEED_OPPBEVARING_MAANEDER ?? 36);
  if (!Number.isInteger(maaneder) || maaneder < 1) throw new Error('FOLKEREGISTER_FEED_OPPBEVARING_MAANEDER must be a whole number of months, at least 1');
  return { oppbevaringMaaneder: maaneder };
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    store: {
      databaseUrl: env.DATABASE_URL,
      dataDir: resolve(env.FOLKEREGISTER_DATA_DIR ?? '.data/pglite'),
      schema: env.FOLKEREGISTER_DB_SCHEMA,
    },
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '127.0.0.1',
    regelbytteIdentifikator: env.FOLKEREGISTER_REGELBYTTE ?? '2032-01-01',
    syntetiskeIdentifikatorer: env.FOLKEREGISTER_SYNTETISKE_IDENTIFIKATORER !== 'false',
    startpopulasjon: Number(env.FOLKEREGISTER_STARTPOPULASJON ?? 10_000),
    // Throws on bad values, so a misconfigured server does not start.
    tilgang: lesTilgangsinnstillinger(env),
    hendelsesliste: lesHendelseslisteinnstillinger(env),
    uttrekk: lesUttrekkInnstillinger(env),
    push: lesPushinnstillinger(env),
    innsyn: lesInnsynInnstillinger(env, !/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')),
    meldingsregler: env.FOLKEREGISTER_MELDINGSREGLER || undefined,
  };
}
