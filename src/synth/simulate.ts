import { gjeldendeVerdi, type Persondokument } from '../domain/person/persondokument.ts';
import { osloDato } from '../domain/tid.ts';
import { lagMottaksarbeider } from '../intake/mottak/oppsett.ts';
import { identifikatortildeler, type Tildelingsinnstillinger } from '../register/identifikatorer.ts';
import { sisteSekvensnummer } from '../register/les-hendelser.ts';
import { finnPersonerInTrx } from '../register/les-person.ts';
import type { Db } from '../store/db.ts';
import { referansedata } from './data/referansedata.ts';
import type { Kjoenn } from './plan/modell.ts';
import { Prng } from './prng.ts';
import { registrerDirekte } from './simulering/direkte.ts';
import { hendelsesvelger, type Blanding } from './simulering/hendelsesvalg.ts';
import { livshendelse, type Kandidat, type TrukketHendelse } from './simulering/livshendelser.ts';
import { Utfallsregnskap, type Simuleringsstatus, type Simuleringsvei } from './simulering/regnskap.ts';
import { Mottaksleveranse } from './simulering/via-mottak.ts';

export type { Simuleringsstatus, Telling } from './simulering/regnskap.ts';

export interface Simuleringsvalg {
  /** Life events a second. */
  readonly rate: number;
  /** Seconds to run; without it, until `stopp` aborts. */
  readonly varighet?: number;
  readonly seed?: string;
  readonly identifikatorer: Tildelingsinnstillinger;
  /**
   * `mottak` (default): each event a producer message through the intake, processed by the intake worker.
   * `direkte`: register commands straight to the write path, for write rates above what the worker processes.
   */
  readonly vei?: Simuleringsvei;
  /** SSB's proportions (default), or every kind as often. */
  readonly blanding?: Blanding;
  /** Intake: the rules module (FOLKEREGISTER_MELDINGSREGLER); default `src/intake/meldinger`. */
  readonly meldingsregelmodul?: string | undefined;
  /** Intake: how long to wait after the run for the queue to be processed (ms, default 30 000). */
  readonly etterbehandlingMs?: number;
  readonly stopp?: AbortSignal;
  readonly klokke?: () => Date;
  readonly fremdrift?: (status: Simuleringsstatus) => void;
  /** Intake: a rule fault or a failed worker round. */
  readonly loggFeil?: (feil: unknown, melding: string) => void;
}

const runde = 250; // ms: the events of a round are drawn and delivered together, so the feed moves several times a second
const kandidaterPerHendelse = 8;

/**
 * `folkeregister simulate`: the population lives on. Each round draws `rate × round` life events in SSB's proportions
 * (`simulering/hendelsesvalg.ts`), picks the persons they happen to among randomly read ones (`livshendelser.ts`),
 * and delivers them dated today on the clock: as producer messages through the intake, as producers send them
 * (`via-mottak.ts`, with an intake worker in this process), or directly as register commands (`direkte.ts`).
 */
export async function simuler(db: Db, valg: Simuleringsvalg): Promise<Simuleringsstatus> {
  const data = referansedata();
  // Seeded by where the log stands, so a run is repeatable from the same register, and a second run differs.
  const prng = Prng.fra(valg.seed ?? 'simulering', 'simulering', await sisteSekvensnummer(db));
  const velger = hendelsesvelger(data, valg.blanding);
  const klokke = valg.klokke ?? (() => new Date());
  const vei = valg.vei ?? 'mottak';
  const skriveoppsett = { tildelIdentifikatorer: identifikatortildeler(valg.identifikatorer), klokke, kilde: 'simulering' };
  const regnskap = new Utfallsregnskap();
  const arbeider = vei === 'mottak'
    ? await lagMottaksarbeider(db, { meldingsregelmodul: valg.meldingsregelmodul, skriveoppsett, klokke, loggFeil: valg.loggFeil ?? (() => {}) })
    : undefined;
  const mottak = arbeider && new Mottaksleveranse(db, arbeider, { skriveoppsett, regnskap, klokke });
  const lever = (hendelser: TrukketHendelse[]) => (mottak ? mottak.lever(hendelser) : registrerDirekte(db, hendelser, skriveoppsett, regnskap));
  const start = performance.now();
  const status = () => regnskap.status(vei, mottak?.ventende ?? 0, performance.now() - start);
  arbeider?.start();
  try {
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
        const kontekst = { data, prng, idag: osloDato(klokke()), kandidater, brukt: new Set(mottak?.opptatt) };
        await lever(typer.flatMap((t) => livshendelse(t, kontekst) ?? []));
        await mottak?.foelgOpp();
        valg.fremdrift?.(status());
      }
      const vent = nr * runde - (performance.now() - start);
      if (vent > 0) await new Promise((r) => setTimeout(r, Math.min(vent, igjen)));
    }
    await mottak?.ventPaaKoeen(Date.now() + (valg.etterbehandlingMs ?? 30_000), valg.stopp?.aborted ? undefined : valg.stopp);
    return status();
  } finally {
    await arbeider?.stopp();
  }
}

/**
 * Persons read by random `person_id` (ids are dense: the register never deletes a person), each with their spouse's
 * sex when they are married or partners.
 */
export async function lesKandidater(db: Db, antall: number, prng: Prng): Promise<Kandidat[]> {
  const [rad] = await db.query<{ maks: number | null }>('select max(person_id)::int as maks from person');
  if (!rad?.maks) return [];
  const ider = Array.from({ length: antall }, () => 1 + prng.heltall(rad.maks!));
  const rader = await db.query<{ nummer: string; dokument: Persondokument }>(
    `select p.folkeregisteridentifikator as nummer, d.dokument
       from person p join persondokument d using (dokumentidentifikator)
      where p.person_id = any($1::bigint[])`,
    [ider],
  );
  // A married mother's child is her husband's (barneloven § 3), not her wife's: the births need the spouse's sex.
  const ektefeller = await finnPersonerInTrx(db, rader.map((r) => ektefelleAv(r.dokument)).filter((n): n is string => n !== undefined));
  return prng.stokk(rader.map((r) => {
    const ektefelle = ektefeller.get(ektefelleAv(r.dokument) ?? '');
    const kjoenn = ektefelle && gjeldendeVerdi(ektefelle.dokument, 'kjoenn')?.kjoenn;
    return { nummer: r.nummer, dokument: r.dokument, ...(kjoenn ? { ektefellesKjoenn: kjoenn as Kjoenn } : {}) };
  }));
}

const ektefelleAv = (d: Persondokument) => gjeldendeVerdi(d, 'sivilstand')?.relatertVedSivilstand as string | undefined;
