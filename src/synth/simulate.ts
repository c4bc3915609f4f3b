import type { Kommando } from '../domain/kommando/kommando.ts';
import type { Persondokument } from '../domain/person/persondokument.ts';
import { osloDato } from '../domain/tid.ts';
import { identifikatortildeler, type Tildelingsinnstillinger } from '../register/identifikatorer.ts';
import { sisteSekvensnummer } from '../register/les-hendelser.ts';
import { registrer } from '../register/registrer.ts';
import type { Db } from '../store/db.ts';
import { referansedata } from './data/referansedata.ts';
import { Prng } from './prng.ts';
import { hendelsesvelger, type Livshendelse } from './simulering/hendelsesvalg.ts';
import { livshendelse, type Kandidat } from './simulering/livshendelser.ts';

export interface Simuleringsvalg {
  /** Life events a second. */
  readonly rate: number;
  /** Seconds to run; without it, until `stopp` aborts. */
  readonly varighet?: number;
  readonly seed?: string;
  readonly identifikatorer: Tildelingsinnstillinger;
  readonly stopp?: AbortSignal;
  readonly klokke?: () => Date;
  readonly fremdrift?: (status: Simuleringsstatus) => void;
}

export interface Simuleringsstatus {
  readonly hendelser: number;
  readonly avvist: number;
  readonly perType: Readonly<Record<string, number>>;
  /** The first refusals, by event kind and code: a person picked in a state the rules forbid. */
  readonly avvisninger: readonly string[];
  readonly millisekunder: number;
}

const runde = 250; // ms: events of a round go in one transaction, so the feed moves several times a second
const kandidaterPerHendelse = 8;

/**
 * `folkeregister simulate`: the population lives on. Each round draws `rate × round` life events in SSB's proportions
 * (`simulering/hendelsesvalg.ts`), picks the persons they happen to among randomly read ones, and registers them
 * through the same write path producers use, dated today on the real clock.
 */
export async function simuler(db: Db, valg: Simuleringsvalg): Promise<Simuleringsstatus> {
  const data = referansedata();
  // Seeded by where the log stands, so a run is repeatable from the same register, and a second run differs.
  const prng = Prng.fra(valg.seed ?? 'simulering', 'simulering', await sisteSekvensnummer(db));
  const velger = hendelsesvelger(data);
  const klokke = valg.klokke ?? (() => new Date());
  const oppsett = { tildelIdentifikatorer: identifikatortildeler(valg.identifikatorer), klokke, kilde: 'simulering' };
  const start = performance.now();
  const perType: Record<string, number> = {};
  let status: Simuleringsstatus = { hendelser: 0, avvist: 0, perType, avvisninger: [], millisekunder: 0 };
  let tilGode = 0;
  for (let nr = 1; !valg.stopp?.aborted; nr++) {
    const igjen = valg.varighet === undefined ? Infinity : valg.varighet * 1000 - (performance.now() - start);
    if (igjen <= 0) break;
    tilGode += (valg.rate * runde) / 1000;
    const antall = Math.floor(tilGode);
    tilGode -= antall;
    if (antall > 0) {
      const typer = Array.from({ length: antall }, () => velger.trekk(prng));
      const kandidater = await lesKandidater(db, antall * kandidaterPerHendelse, prng);
      const kontekst = { data, prng, idag: osloDato(klokke()), kandidater, brukt: new Set<string>() };
      const kommandoer: [Livshendelse, Kommando][] = typer.flatMap((t) => {
        const k = livshendelse(t, kontekst);
        return k ? [[t, k] as [Livshendelse, Kommando]] : [];
      });
      const utfall = kommandoer.length ? await registrer(db, kommandoer.map(([, k]) => k), oppsett) : [];
      utfall.forEach((u, i) => {
        if (u.ok) perType[kommandoer[i]![0]] = (perType[kommandoer[i]![0]] ?? 0) + 1;
      });
      status = {
        hendelser: status.hendelser + utfall.filter((u) => u.ok).length,
        avvist: status.avvist + utfall.filter((u) => !u.ok).length,
        perType,
        avvisninger: [...status.avvisninger, ...utfall.flatMap((u, i) => (u.ok ? [] : [`${kommandoer[i]![0]}: ${u.avvisning.kode}`]))].slice(0, 10),
        millisekunder: performance.now() - start,
      };
      valg.fremdrift?.(status);
    }
    const vent = nr * runde - (performance.now() - start);
    if (vent > 0) await new Promise((r) => setTimeout(r, Math.min(vent, igjen)));
  }
  return { ...status, millisekunder: performance.now() - start };
}

/** Persons read by random `person_id` (ids are dense: the register never deletes a person). */
async function lesKandidater(db: Db, antall: number, prng: Prng): Promise<Kandidat[]> {
  const [rad] = await db.query<{ maks: number | null }>('select max(person_id)::int as maks from person');
  if (!rad?.maks) return [];
  const ider = Array.from({ length: antall }, () => 1 + prng.heltall(rad.maks!));
  const rader = await db.query<{ nummer: string; dokument: Persondokument }>(
    `select p.folkeregisteridentifikator as nummer, d.dokument
       from person p join persondokument d using (dokumentidentifikator)
      where p.person_id = any($1::bigint[])`,
    [ider],
  );
  return prng.stokk(rader.map((r) => ({ nummer: r.nummer, dokument: r.dokument })));
}
