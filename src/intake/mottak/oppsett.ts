import type { Skriveoppsett } from '../../register/registrer.ts';
import type { Db } from '../../store/db.ts';
import { ressurser } from '../kontrakt.ts';
import type { Meldingsregler, Ressurs } from '../kontrakt.ts';
import { lagAdressekontroll } from './adressereferanse.ts';
import { Mottaksarbeider } from './mottaksarbeider.ts';
import { ikkeStoettet, type Meldingsregeltabell } from './regeltabell.ts';

// The one place production takes the message rules from: `src/intake/meldinger/index.ts` exports
// `meldingsregler: Record<Ressurs, Meldingsregler>`. Wired when src/intake/meldinger lands: until then (or for a
// resource it leaves out) the fallback throws 'ikke støttet' and every such message becomes a manual case.
const MELDINGSREGLER = '../meldinger/index.ts';

/** `modul`: another module to load the table from (an absolute path or URL; FOLKEREGISTER_MELDINGSREGLER). */
export async function lastMeldingsregler(modul?: string): Promise<Meldingsregeltabell> {
  type Tabell = Partial<Record<Ressurs, Meldingsregler>>;
  const lastet: Tabell = await import(modul ?? MELDINGSREGLER).then(
    (m: { meldingsregler?: Tabell }) => m.meldingsregler ?? {},
    (feil: NodeJS.ErrnoException) => {
      if (!modul && feil.code === 'ERR_MODULE_NOT_FOUND' && feil.message.includes('meldinger')) return {} as Tabell;
      throw feil;
    },
  );
  return Object.fromEntries(ressurser.map((r) => [r, lastet[r] ?? ikkeStoettet(r)])) as Meldingsregeltabell;
}

export interface Arbeideroppsett {
  /** The rules of each resource; default: loaded by `lastMeldingsregler(meldingsregelmodul)`. */
  readonly regler?: Meldingsregeltabell | undefined;
  readonly meldingsregelmodul?: string | undefined;
  readonly skriveoppsett: Skriveoppsett;
  readonly klokke: () => Date;
  readonly saksfristDager?: number | undefined;
  readonly pollMs?: number | undefined;
  /** A rule fault (the message becomes a manual case) or a failed round (the message is retried). */
  readonly loggFeil: (feil: unknown, melding: string) => void;
}

/**
 * The intake worker as every process that runs one wires it: a server (`start-mottak.ts`) and the life-event
 * simulation without a server (`src/synth/simulering/via-mottak.ts`). Several on one database are safe (arbeider.ts).
 */
export async function lagMottaksarbeider(db: Db, o: Arbeideroppsett): Promise<Mottaksarbeider> {
  return new Mottaksarbeider(
    db,
    {
      regler: o.regler ?? (await lastMeldingsregler(o.meldingsregelmodul)),
      skriveoppsett: o.skriveoppsett,
      adresseFinnes: lagAdressekontroll(),
      klokke: o.klokke,
      ...(o.saksfristDager ? { saksfristDager: o.saksfristDager } : {}),
      loggFeil: o.loggFeil,
    },
    { pollMs: o.pollMs ?? 1000, loggFeil: (feil) => o.loggFeil(feil, 'mottaksarbeideren feilet; prøver igjen') },
  );
}
