import { decide, identifikatorbehov, personreferanser } from '../../src/domain/kommando/decide.ts';
import type { Beslutning, Kontekst } from '../../src/domain/kommando/beslutning.ts';
import type { Kommando } from '../../src/domain/kommando/kommando.ts';
import { evolve } from '../../src/domain/person/evolve.ts';
import { erDublettreferanse } from '../../src/domain/kommando/decide-dublett.ts';
import { alleIdentifikatorer, gjeldendeStatus, type Person } from '../../src/domain/person/persondokument.ts';

/**
 * Given–when–then for the pure core (STYLE.md §5): a little world of persons built by deciding and evolving commands,
 * with identity numbers handed out from a list, as the shell would put them in `kontekst`.
 */
export class Verden {
  private readonly personer = new Map<string, Person>();
  /** Every person by id: after a merge a duplicate is no longer found by any number, only as `dublett:<nummer>`. */
  private readonly etterId = new Map<number, Person>();
  private nesteNummer = 0;
  private nestePersonId = 1;

  constructor(
    private readonly numre: readonly string[],
    public kontekst: Omit<Kontekst, 'nyeIdentifikatorer'> = {
      naa: '2026-11-23T12:00:00.000+01:00',
      idag: '2026-11-23',
      kilde: 'test',
    },
  ) {}

  /** Decides without storing: the "when". */
  beslutt(kommando: Kommando): Beslutning {
    const lastet = new Map<string, Person>();
    for (let runde = 0; runde < 3; runde++) {
      for (const n of personreferanser(kommando, lastet)) {
        const p = this.finn(n);
        if (p) lastet.set(n, p);
      }
    }
    const behov = identifikatorbehov(kommando, lastet);
    const nyeIdentifikatorer = behov.map((_, i) => this.numre[this.nesteNummer + i]!);
    return decide(kommando, lastet, { ...this.kontekst, nyeIdentifikatorer });
  }

  /** Decides and applies: the "given". Throws on a refusal, since a given must hold. */
  gitt(kommando: Kommando): Beslutning & { ok: true } {
    const beslutning = this.beslutt(kommando);
    if (!beslutning.ok) throw new Error(`Given command refused: ${beslutning.avvisning.melding}`);
    this.nesteNummer += identifikatorbehov(kommando, this.personer).length;
    for (const h of beslutning.hendelser) {
      const foer = h.person.startsWith('ny:')
        ? { personId: this.nestePersonId++, versjon: 0, dokumentidentifikator: '', dokument: {} }
        : this.finn(h.person)!;
      const etter: Person = { ...foer, versjon: foer.versjon + 1, dokumentidentifikator: `dok${foer.versjon + 1}`, dokument: evolve(foer.dokument, h) };
      for (const n of alleIdentifikatorer(etter.dokument)) this.personer.set(n, etter);
      this.etterId.set(etter.personId, etter);
    }
    return beslutning;
  }

  /** Every person in the world, once each, ceased duplicates included. */
  alle(): Person[] {
    return [...this.etterId.values()];
  }

  /** By number, or as the write path resolves `dublett:<nummer>`: the ceased person the number was merged away from. */
  finn(referanse: string): Person | undefined {
    if (!erDublettreferanse(referanse)) return this.personer.get(referanse);
    const nummer = referanse.slice('dublett:'.length);
    const eier = this.personer.get(nummer);
    return this.alle().find(
      (p) => p.personId !== eier?.personId && gjeldendeStatus(p.dokument) === 'opphoert' && alleIdentifikatorer(p.dokument).includes(nummer),
    );
  }

  person(nummer: string): Person {
    const p = this.personer.get(nummer);
    if (!p) throw new Error('No such person in this test world');
    return p;
  }
}
