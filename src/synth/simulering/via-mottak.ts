import { randomUUID } from 'node:crypto';
import { osloTidspunkt } from '../../domain/tid.ts';
import { mottaMelding } from '../../intake/mottak/motta.ts';
import type { Mottaksarbeider } from '../../intake/mottak/mottaksarbeider.ts';
import type { Skriveoppsett } from '../../register/registrer.ts';
import type { Db } from '../../store/db.ts';
import { registrerDirekte } from './direkte.ts';
import type { TrukketHendelse } from './livshendelser.ts';
import type { Utfallsregnskap } from './regnskap.ts';
import { somMelding } from './som-melding.ts';

/**
 * The simulation's producer: an organisation number beginning with 1, which Enhetsregisteret never issues (real
 * numbers begin with 8 or 9), so it can be no real organisation. Its messages, cases and feedback are found under it
 * like any producer's (docs/mottak.md).
 */
export const SIMULATOR = '100000008';
export const KILDESYSTEM = 'folkeregister simulate';

/** At most this many pending messages are looked up per follow-up: the oldest, which the worker takes first. */
const OPPFOELGING = 1000;

/**
 * Life events as producer messages through the intake's own acceptance (`mottaMelding`: XSD check, durable storage,
 * idempotent on the message id), processed by the intake worker like any producer's; their outcomes are read back
 * from the cases. Emigration, which no producer resource reports, is registered directly (`som-melding.ts`).
 */
export class Mottaksleveranse {
  readonly #db: Db;
  readonly #arbeider: Mottaksarbeider;
  readonly #skriveoppsett: Skriveoppsett;
  readonly #regnskap: Utfallsregnskap;
  readonly #klokke: () => Date;
  /** Every message id of the run begins with it, so runs never collide on the idempotency key. */
  readonly #kjoering = `simulering-${randomUUID().slice(0, 8)}`;
  #nr = 0;
  readonly #ventende = new Map<string, TrukketHendelse>();
  /** Numbers in a pending message: not picked for another event until the worker has processed it. */
  readonly #opptatt = new Set<string>();

  constructor(db: Db, arbeider: Mottaksarbeider, o: { skriveoppsett: Skriveoppsett; regnskap: Utfallsregnskap; klokke: () => Date }) {
    this.#db = db;
    this.#arbeider = arbeider;
    this.#skriveoppsett = o.skriveoppsett;
    this.#regnskap = o.regnskap;
    this.#klokke = o.klokke;
  }

  get opptatt(): ReadonlySet<string> {
    return this.#opptatt;
  }

  get ventende(): number {
    return this.#ventende.size;
  }

  async lever(hendelser: readonly TrukketHendelse[]): Promise<void> {
    const direkte: TrukketHendelse[] = [];
    for (const h of hendelser) {
      const naa = this.#klokke();
      const id = `${this.#kjoering}-${h.type}-${++this.#nr}`;
      const melding = somMelding(h, { id, tidspunkt: osloTidspunkt(naa), kildesystem: KILDESYSTEM });
      if (!melding) {
        direkte.push(h);
        continue;
      }
      this.#regnskap.tell(h.type, 'sendt');
      const mottak = await mottaMelding(this.#db, { avsender: { produsent: SIMULATOR }, ressurs: melding.ressurs, xml: melding.xml, vedlegg: [], mottatt: naa });
      if (!mottak.ok) {
        this.#regnskap.merk(h.type, `${mottak.feil} ${mottak.meldinger[0] ?? ''}`);
        continue;
      }
      this.#regnskap.tell(h.type, 'mottatt');
      this.#ventende.set(id, h);
      for (const n of h.berorte) this.#opptatt.add(n);
    }
    this.#arbeider.vekk();
    await registrerDirekte(this.#db, direkte, this.#skriveoppsett, this.#regnskap);
  }

  /** Reads the outcome of pending messages the worker has processed: registered, a manual case, or refused. */
  async foelgOpp(): Promise<void> {
    if (this.#ventende.size === 0) return;
    const ider = [...this.#ventende.keys()].slice(0, OPPFOELGING);
    const saker = await this.#db.query<{ id: string; status: string; utfall: string | null; begrunnelser: { kode: string }[] }>(
      `select m.avsenders_meldingsidentifikator as id, s.status, s.utfall, s.begrunnelser
         from melding m join sak s on s.melding_id = m.id
        where m.produsent = $1 and m.avsenders_meldingsidentifikator = any($2::text[])`,
      [SIMULATOR, ider],
    );
    for (const sak of saker) {
      const hendelse = this.#ventende.get(sak.id)!;
      this.#ventende.delete(sak.id);
      for (const n of hendelse.berorte) this.#opptatt.delete(n);
      const utfall = sak.utfall === 'registrert' ? 'registrert' : sak.utfall === 'avvist' ? 'avvist' : 'manuell';
      this.#regnskap.tell(hendelse.type, utfall);
      if (utfall !== 'registrert') this.#regnskap.merk(hendelse.type, sak.begrunnelser[0]?.kode ?? utfall);
    }
  }

  /**
   * Waits until the worker has processed every message of the run, or `frist` passes, or `avbryt` fires. What is left
   * stays in the queue, durable, for the next worker (a server's, or the next run's).
   */
  async ventPaaKoeen(frist: number, avbryt?: AbortSignal): Promise<void> {
    await this.foelgOpp();
    while (this.#ventende.size > 0 && Date.now() < frist && !avbryt?.aborted) {
      await Promise.race([this.#arbeider.tom(), new Promise((r) => setTimeout(r, 500))]);
      await this.foelgOpp();
    }
  }
}
