import type { Queryable } from '../../store/db.ts';
import { sisteSekvensnummer } from '../../register/les-hendelser.ts';

/**
 * How far back the feed reaches (spec §3.1: a `seq` older than 36 months is refused with 406). The log itself keeps
 * every event (DESIGN.md principle 1); the window only limits what the feed hands out.
 */
export interface Oppbevaring {
  /** The first sequence number inside the window; one past the last when every event is older. */
  foersteBevarte(): Promise<number>;
  readonly maaneder: number;
}

/** The oldest registration time the window holds: `naa` less whole calendar months. */
export function oppbevaringsgrense(naa: Date, maaneder: number): Date {
  const grense = new Date(naa.getTime());
  grense.setUTCMonth(grense.getUTCMonth() - maaneder);
  return grense;
}

const gyldigIMs = 60_000;

/**
 * Finds the window's first event by binary search on sekvensnummer: events are numbered in commit order under the
 * register's write lock and stamped with the writer's clock after taking it, so their registration times rise with
 * the number. About 24 point reads for ten million events, remembered for a minute.
 */
export function lagOppbevaring(db: Queryable, maaneder: number, klokke: () => Date): Oppbevaring {
  let husket: { til: number; verdi: number } | undefined;
  return {
    maaneder,
    async foersteBevarte() {
      const naa = klokke().getTime();
      if (husket && naa < husket.til) return husket.verdi;
      const grense = oppbevaringsgrense(new Date(naa), maaneder).getTime();
      const siste = await sisteSekvensnummer(db);
      let [lav, hoey] = [1, siste + 1];
      while (lav < hoey) {
        const midt = Math.floor((lav + hoey) / 2);
        if ((await registrert(db, midt)) >= grense) hoey = midt;
        else lav = midt + 1;
      }
      // A window that holds no event yet moves as soon as one is written, so only a found start is remembered.
      if (lav <= siste) husket = { til: naa + gyldigIMs, verdi: lav };
      return lav;
    },
  };
}

async function registrert(db: Queryable, sekvensnummer: number): Promise<number> {
  const [rad] = await db.query<{ ajourholdstidspunkt: string }>('select ajourholdstidspunkt from hendelse where sekvensnummer = $1', [sekvensnummer]);
  return rad ? Date.parse(rad.ajourholdstidspunkt) : Number.POSITIVE_INFINITY;
}
