import type { DecidedHendelse } from '../../src/domain/hendelse.ts';
import { decide, identifikatorbehov, personreferanser } from '../../src/domain/kommando/decide.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { evolve } from '../../src/domain/person/evolve.ts';
import { alleIdentifikatorer, type Person } from '../../src/domain/person/persondokument.ts';
import type { Planlagt } from '../../src/synth/kommandoer/tidslinje.ts';

/**
 * The pure core without a database, for specs over large generated populations: each planned command is resolved,
 * decided and evolved in order, with made-up identity numbers (`n0000000001` …, never valid ones). What it refuses,
 * the register would refuse too, because decide is the same function.
 */
export class Minneregister {
  readonly personer = new Map<string, Person>();
  readonly avvist: { kommando: Kommando; kode: string }[] = [];
  /** Each person's events in order, by personId. */
  readonly hendelser = new Map<number, DecidedHendelse[]>();
  private readonly numre: string[] = [];
  private teller = 0;
  private personId = 0;

  kjoer(planlagte: Iterable<Planlagt>): void {
    for (const p of planlagte) this.registrer(p);
  }

  nummer(ref: number): string | undefined {
    return this.numre[ref];
  }

  /** Every person once, with their current document and events. */
  alle(): { dokument: Person['dokument']; hendelser: DecidedHendelse[] }[] {
    const unike = new Map([...this.personer.values()].map((p) => [p.personId, p]));
    return [...unike.values()].map((p) => ({ dokument: p.dokument, hendelser: this.hendelser.get(p.personId) ?? [] }));
  }

  private registrer(p: Planlagt): void {
    const kommando = JSON.parse(JSON.stringify(p.kommando).replace(/"@(\d+)"/g, (_, r: string) => JSON.stringify(this.numre[Number(r)]))) as Kommando;
    const lastet = new Map<string, Person>();
    for (let i = 0; i < 4; i++) for (const n of personreferanser(kommando, lastet)) if (this.personer.has(n)) lastet.set(n, this.personer.get(n)!);
    const nye = identifikatorbehov(kommando, lastet).map(() => `n${String(++this.teller).padStart(10, '0')}`);
    const beslutning = decide(kommando, lastet, { naa: '2026-11-23T12:00:00.000+01:00', idag: '2026-11-23', kilde: 'test', nyeIdentifikatorer: nye });
    if (p.ny) this.numre[p.ny.ref] = nye[0]!;
    if (!beslutning.ok) {
      this.avvist.push({ kommando, kode: beslutning.avvisning.kode });
      return;
    }
    const laget = new Map<string, Person>();
    for (const h of beslutning.hendelser) {
      const foer = h.person.startsWith('ny:')
        ? (laget.get(h.person) ?? { personId: ++this.personId, versjon: 0, dokumentidentifikator: '', dokument: {} })
        : this.personer.get(h.person)!;
      const etter: Person = { ...foer, versjon: foer.versjon + 1, dokument: evolve(foer.dokument, h) };
      if (h.person.startsWith('ny:')) laget.set(h.person, etter);
      (this.hendelser.get(etter.personId) ?? this.hendelser.set(etter.personId, []).get(etter.personId)!).push(h);
      for (const n of alleIdentifikatorer(etter.dokument)) this.personer.set(n, etter);
    }
  }
}
