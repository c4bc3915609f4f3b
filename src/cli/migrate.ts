import { readSettings } from '../config.ts';
import type { Io } from '../cli.ts';
import { migrate } from '../store/migrate.ts';
import { openDb } from '../store/open-db.ts';
import { erSoekeprojeksjonKomplett, fyllSoekeprojeksjon } from '../register/soek/fyll-soekeprojeksjon.ts';

export async function migrateCommand(_args: string[], io: Io): Promise<number> {
  const db = await openDb(readSettings().store);
  try {
    const applied = await migrate(db);
    io.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    if (!(await erSoekeprojeksjonKomplett(db))) io.out(`Search projection built for ${await fyllSoekeprojeksjon(db)} persons.`);
    return 0;
  } finally {
    await db.close();
  }
}
