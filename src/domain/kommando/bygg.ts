import type { Elementnavn } from '../persondokument/elementer.ts';
import { Entitetsendring, type DecidedHendelse, type Egenskapsendring } from '../hendelse.ts';
import type { Elementverdi, Elementversjon, Person } from '../person/persondokument.ts';
import { folkeregisteridentifikator } from '../person/persondokument.ts';
import { osloMidnatt } from '../tid.ts';
import type { Kontekst } from './beslutning.ts';

/**
 * Building blocks decide uses to write events: new versions with FREG's metadata block in FREG's key order, and
 * element ids unique within the person (`<next document version>.<n>`), so decide stays pure.
 */
export class Hendelsesbygger {
  private readonly endringer: Egenskapsendring[] = [];
  private teller = 0;

  constructor(
    private readonly kontekst: Kontekst,
    private readonly person: Person | undefined,
    private readonly kilde: string,
  ) {}

  private nesteId(): string {
    return `${(this.person?.versjon ?? 0) + 1}.${this.teller++}`;
  }

  /** A new value; the previous current value of a single-valued element becomes history. */
  ny(element: Elementnavn, verdi: Elementverdi, opts: { aarsak?: string; gyldigFra?: string; ukjentGyldighet?: boolean } = {}): this {
    this.endringer.push({
      element,
      entitetsendring: Entitetsendring.registrereNy,
      elementId: this.nesteId(),
      verdi: this.metadata(verdi, opts),
    });
    return this;
  }

  /** Replace a version without leaving history; it keeps its id and its original registration metadata. */
  korriger(element: Elementnavn, gammel: Elementversjon, verdi: Elementverdi, opts: { aarsak?: string; gyldigFra?: string; opphoerFra?: string } = {}): this {
    const { id, erGjeldende: _e, ajourholdstidspunkt: _a, kilde: _k, aarsak, gyldighetstidspunkt, opphoerstidspunkt: _o, ...gammelVerdi } = gammel;
    void _e; void _a; void _k; void _o;
    const metadata = this.metadata(
      { ...gammelVerdi, ...verdi },
      { aarsak: opts.aarsak ?? (aarsak as string | undefined), gyldigFra: opts.gyldigFra },
    );
    const gyldig = opts.gyldigFra ? metadata.gyldighetstidspunkt : (gyldighetstidspunkt ?? metadata.gyldighetstidspunkt);
    this.endringer.push({
      element,
      entitetsendring: Entitetsendring.korrigere,
      elementId: id,
      verdi: {
        ...metadata,
        gyldighetstidspunkt: gyldig,
        ...(opts.opphoerFra ? { opphoerstidspunkt: tidspunkt(opts.opphoerFra) } : {}),
      },
    });
    return this;
  }

  /** Cease a version from a date (opphør): it stays in the history with `opphoerstidspunkt`. */
  opphoer(element: Elementnavn, gammel: Elementversjon, fra: string, verdi: Elementverdi = {}): this {
    return this.korriger(element, gammel, verdi, { opphoerFra: fra });
  }

  annuller(element: Elementnavn, gammel: Elementversjon): this {
    this.endringer.push({ element, entitetsendring: Entitetsendring.annullere, elementId: gammel.id });
    return this;
  }

  get harEndringer(): boolean {
    return this.endringer.length > 0;
  }

  hendelse(hendelsestype: string, opts: { person?: string; folkeregisteridentifikator?: string } = {}): DecidedHendelse {
    const person = opts.person ?? (this.person ? folkeregisteridentifikator(this.person.dokument) : undefined);
    if (!person) throw new Error('An event needs the person it concerns');
    return {
      person,
      hendelsestype,
      folkeregisteridentifikator: opts.folkeregisteridentifikator ?? person,
      ajourholdstidspunkt: this.kontekst.naa,
      endringer: [...this.endringer],
    };
  }

  private metadata(verdi: Elementverdi, opts: { aarsak?: string | undefined; gyldigFra?: string | undefined; ukjentGyldighet?: boolean }) {
    return {
      ajourholdstidspunkt: this.kontekst.naa,
      erGjeldende: true,
      kilde: this.kilde,
      ...(opts.aarsak ? { aarsak: opts.aarsak } : {}),
      // A fact of unknown start (an immigrant's unreported marital status) has none: it sorts as the oldest (§2.2).
      ...(opts.ukjentGyldighet ? {} : { gyldighetstidspunkt: opts.gyldigFra ? tidspunkt(opts.gyldigFra) : this.kontekst.naa }),
      ...verdi,
    };
  }
}

/** A date becomes its Norwegian midnight; a timestamp stays as given. */
function tidspunkt(datoEllerTidspunkt: string): string {
  return datoEllerTidspunkt.length === 10 ? osloMidnatt(datoEllerTidspunkt) : datoEllerTidspunkt;
}
