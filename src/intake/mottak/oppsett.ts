import { ressurser } from '../kontrakt.ts';
import type { Meldingsregler, Ressurs } from '../kontrakt.ts';
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
