import { openSync, readFileSync, unlinkSync, writeFileSync, closeSync } from 'node:fs';

/** Another live process has the PGlite folder open. */
export class PgliteMappeIBruk extends Error {
  override readonly name = 'PgliteMappeIBruk';
}

/**
 * PGlite is PostgreSQL inside one process: two processes opening the same folder corrupt it. A lock file beside the
 * folder (`<folder>.lock`, holding the owner's pid) makes a second `folkeregister` command refuse clearly instead. A
 * lock left by a process that died is taken over. Returns the release function.
 */
export function laasPgliteMappe(dataDir: string): () => void {
  const sti = `${dataDir}.lock`;
  for (let forsoek = 0; forsoek < 2; forsoek++) {
    try {
      const fd = openSync(sti, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(sti);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const eier = Number(readFileSync(sti, 'utf8'));
      if (Number.isInteger(eier) && eier > 0 && eier !== process.pid && lever(eier)) {
        throw new PgliteMappeIBruk(
          `PGlite-mappen ${dataDir} er i bruk av prosess ${eier} (en kjørende server?). Stopp den, bruk HTTP-API-et, eller bruk DATABASE_URL for delt tilgang.`,
        );
      }
      unlinkSync(sti);
    }
  }
  throw new PgliteMappeIBruk(`Fikk ikke låst PGlite-mappen ${dataDir}`);
}

function lever(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
