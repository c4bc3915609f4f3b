import type { Db } from './db.ts';
import { openPglite } from './pglite-db.ts';
import { openPostgres } from './postgres-db.ts';

export interface StoreSettings {
  /** `postgres://…` selects PostgreSQL; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  schema?: string | undefined;
}

export function openDb(settings: StoreSettings): Promise<Db> {
  if (settings.databaseUrl && /^postgres(ql)?:\/\//.test(settings.databaseUrl)) {
    return openPostgres(settings.databaseUrl, { schema: settings.schema });
  }
  return openPglite(settings.dataDir, settings.schema);
}
