import type { Meldingsregler, Ressurs } from '../kontrakt.ts';

/** The rules of every resource: what the worker is given (production: `oppsett.ts`; tests: their own stubs). */
export type Meldingsregeltabell = Readonly<Record<Ressurs, Meldingsregler>>;

/**
 * Thrown by the rules of a resource that has none yet. The worker does not lose the message: it becomes a manual case
 * with the reason `ikkeStoettet`, which a case worker decides with corrected commands (docs/saksbehandling.md).
 */
export class MeldingIkkeStoettet extends Error {
  override readonly name = 'MeldingIkkeStoettet';
  constructor(readonly ressurs: Ressurs) {
    super(`ikke støttet: ${ressurs} har ingen automatiske regler`);
  }
}

/** Rules that refuse to judge: every message of the resource goes to a case worker. */
export function ikkeStoettet(ressurs: Ressurs): Meldingsregler {
  const avvis = (): never => {
    throw new MeldingIkkeStoettet(ressurs);
  };
  return { tolk: avvis, behov: avvis, vurder: avvis };
}
