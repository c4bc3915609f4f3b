import type { Kommando } from '../../domain/kommando/kommando.ts';
import type { Begrunnelse, Vurdering } from '../kontrakt.ts';
import { begrunnelsestekster, type Begrunnelseskode } from './begrunnelser.ts';

/**
 * Collects what the controls of one message found: a refusal outranks manual handling, which outranks automatic
 * registration (law § 9-4: only what needs no discretion is registered automatically).
 */
export class Vurderer {
  private readonly avvisninger: Begrunnelse[] = [];
  private readonly manuelle: Begrunnelse[] = [];

  avvis(kode: Begrunnelseskode, tekst?: string): this {
    leggTil(this.avvisninger, kode, tekst);
    return this;
  }

  manuell(kode: Begrunnelseskode, tekst?: string): this {
    leggTil(this.manuelle, kode, tekst);
    return this;
  }

  get erAvvist(): boolean {
    return this.avvisninger.length > 0;
  }

  /** The outcome, with the commands registered now (automatic) or proposed to the case worker (manual). */
  resultat(kommandoer: readonly Kommando[]): Vurdering {
    if (this.avvisninger.length > 0) return { utfall: 'avvist', begrunnelser: [...this.avvisninger] };
    if (this.manuelle.length > 0) return { utfall: 'manuell', begrunnelser: [...this.manuelle], forslag: kommandoer };
    return { utfall: 'automatisk', kommandoer };
  }

  /** A refusal found so far, before any command can be built. */
  avvist(): Vurdering {
    return { utfall: 'avvist', begrunnelser: [...this.avvisninger] };
  }
}

function leggTil(liste: Begrunnelse[], kode: Begrunnelseskode, tekst?: string): void {
  if (!liste.some((b) => b.kode === kode)) liste.push({ kode, tekst: tekst ?? begrunnelsestekster[kode] });
}
