import { mkdir } from 'node:fs/promises';
import { readSettings } from '../config.ts';
import type { Io } from '../cli.ts';
import { byggApp } from '../api/app.ts';
import { migrate } from '../store/migrate.ts';
import { openDb } from '../store/open-db.ts';
import { seedIfEmpty } from '../synth/seed.ts';

/**
 * `folkeregister serve`: open the store (PGlite in a local folder unless DATABASE_URL is set), migrate, seed an empty
 * register with a synthetic population, and listen.
 */
export async function serveCommand(_args: string[], io: Io): Promise<number> {
  const settings = readSettings();
  if (!settings.store.databaseUrl && settings.store.dataDir) await mkdir(settings.store.dataDir, { recursive: true });
  const db = await openDb(settings.store);
  await migrate(db);
  const seeded = await seedIfEmpty(db, settings);
  if (seeded) io.out(`Seeded a synthetic population of ${seeded.personer} persons in ${(seeded.millisekunder / 1000).toFixed(1)} s.`);
  const app = await byggApp({ db, logger: process.env.LOG_LEVEL !== 'silent', innsyn: settings.innsyn, tilgang: settings.tilgang, hendelsesliste: settings.hendelsesliste, push: settings.push });
  const address = await app.listen({ port: settings.port, host: settings.host });
  const [eksempel] = await db.query<{ nummer: string }>('select folkeregisteridentifikator as nummer from person order by person_id limit 1');
  const nummer = eksempel?.nummer ?? '<nummer>';
  io.out(`Folkeregister is running on ${address} (${db.kind === 'pglite' ? `PGlite in ${settings.store.dataDir}` : 'PostgreSQL'}).

Try:
  curl ${address}/health
  curl ${address}/metrics
  curl ${address}/openapi.json
  TOKEN=$(curl -s '${address}/dev/token?scope=folkeregister:deling/offentligmedhjemmel&org=999888999' | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).access_token')
  curl -H "Authorization: Bearer $TOKEN" ${address}/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/${nummer}
  curl -H "Authorization: Bearer $TOKEN" '${address}/folkeregisteret/offentlig-med-hjemmel/api/v1/hendelser/feed?seq=0'
  curl -H "Authorization: Bearer $(curl -s '${address}/innsyn/dev/login?pid=${nummer}' | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).access_token')" ${address}/innsyn/v1/oppslag
  npx folkeregister id validate ${nummer}`);
  const stopp = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stopp);
  process.once('SIGTERM', stopp);
  return 0;
}
