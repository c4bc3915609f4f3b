import { Elementart, elementer, type Elementnavn } from '../persondokument/elementer.ts';
import { Entitetsendring, type DecidedHendelse, type Egenskapsendring } from '../hendelse.ts';
import { gjeldendeStatus, sammenlignTidspunkt } from '../persondokument/person-status.ts';
import { erEnkeltelement, versjoner, type Elementversjon, type Persondokument } from './persondokument.ts';

/**
 * How a person document changes by an event. Returns a new document and never mutates its input; never refuses:
 * a stored event is a fact (STYLE.md §2). Corrections replace the named version without leaving history, annulments
 * remove it, new values are added and the previous current value becomes history (spec §2.2).
 */
export function evolve(dokument: Persondokument, hendelse: Pick<DecidedHendelse, 'endringer'>): Persondokument {
  let neste: Record<string, unknown> = { ...dokument };
  const beroert = new Set<Elementnavn>();
  for (const endring of hendelse.endringer) {
    neste = apply(neste as Persondokument, endring);
    beroert.add(endring.element);
  }
  for (const element of beroert) {
    if (!erEnkeltelement(element)) {
      const liste = ordne(element, (neste[element] as Elementversjon[] | undefined) ?? []);
      if (liste.length === 0) delete neste[element];
      else neste[element] = liste;
    }
  }
  return neste as Persondokument;
}

function apply(dokument: Persondokument, endring: Egenskapsendring): Record<string, unknown> {
  const { element, elementId } = endring;
  const neste: Record<string, unknown> = { ...dokument };
  const ny = endring.verdi ? ({ ...endring.verdi, id: elementId } as Elementversjon) : undefined;
  if (erEnkeltelement(element)) {
    if (endring.entitetsendring === Entitetsendring.annullere) delete neste[element];
    else neste[element] = ny;
    return neste;
  }
  const liste = versjoner(dokument, element);
  switch (endring.entitetsendring) {
    case Entitetsendring.registrereNy:
      neste[element] = [...liste.filter((v) => v.id !== elementId), ny];
      break;
    case Entitetsendring.korrigere:
      neste[element] = liste.map((v) => (v.id === elementId ? ny : v));
      break;
    case Entitetsendring.annullere:
      neste[element] = liste.filter((v) => v.id !== elementId);
      break;
    default: {
      const never: never = endring.entitetsendring;
      throw new Error(`Unknown entitetsendring ${String(never)}`);
    }
  }
  return neste;
}

/** Newest validity first; a version without `gyldighetstidspunkt` counts as the oldest (PDL's rule for statuses). */
function nyesteFoerst(a: Elementversjon, b: Elementversjon): number {
  return (
    sammenlignTidspunkt(b.gyldighetstidspunkt, a.gyldighetstidspunkt) ||
    sammenlignTidspunkt(b.ajourholdstidspunkt, a.ajourholdstidspunkt)
  );
}

/**
 * Recomputes `erGjeldende` and orders the versions as FREG shows them: current first, then history, newest first.
 * Single-valued elements have at most one current version (the newest, unless it has ceased); parallel elements keep
 * every version current until it ceases.
 */
function ordne(element: Elementnavn, liste: readonly Elementversjon[]): Elementversjon[] {
  // Stable sort keeps insertion order among equals, so the later registration of two same-instant versions wins.
  const sortert = [...liste].reverse().sort(nyesteFoerst);
  const parallell = elementer[element].art === Elementart.parallelle;
  // The person status follows PDL's rule, which also filters a same-day corrected `opphoert` (person-status.ts).
  const gjeldendeId = element === 'status' ? gjeldendeStatus(liste as (Elementversjon & { status: never })[])?.id : sortert[0]?.id;
  const merket = sortert.map((v) => {
    const erGjeldende = !v.opphoerstidspunkt && (parallell || v.id === gjeldendeId);
    return v.erGjeldende === erGjeldende ? v : { ...v, erGjeldende };
  });
  return [...merket.filter((v) => v.erGjeldende), ...merket.filter((v) => !v.erGjeldende)];
}
