import { randomUUID } from 'node:crypto';
import { osloDato, osloTidspunkt } from '../../domain/tid.ts';
import { referansedata } from '../../synth/data/referansedata.ts';
import { flyttemeldingXml } from '../meldingsmaler/flyttemelding.ts';

/**
 * A citizen's own move report (folkeregisterloven § 6-1: whoever moves reports it, parents for their children) as the
 * `flyttemelding_fra_posten_v1` document Posten sends for its address-change service: the same XSD, the same worker,
 * the same rules, with the citizen as `innsender` and consent to register the street address given by the report
 * itself. What differs is only who sent it (the citizen's login instead of a producer token) and that the citizen
 * reads the outcome from their own cases instead of a producer feed (docs/mottak.md).
 */
export interface Innbyggerflytting {
  readonly flyttedato: string;
  readonly nyAdresse: {
    readonly adressenavn: string;
    readonly husnummer?: string | undefined;
    readonly husbokstav?: string | undefined;
    readonly bruksenhetsnummer?: string | undefined;
    readonly postnummer: string;
  };
  /** Others moving with the reporter (children, a spouse), by identity number. */
  readonly medflyttere?: readonly string[] | undefined;
}

let poststeder: Map<string, string> | undefined;

/** Postal code → place for street addresses (Posten's categories G and B): a residence is never a PO box. */
function gatepostnumre(): Map<string, string> {
  poststeder ??= new Map([...referansedata().gatepostnumre.values()].flat().map((p) => [p.postnummer, p.poststed]));
  return poststeder;
}

export type Flyttemeldingsxml = { readonly ok: true; readonly xml: string; readonly id: string } | { readonly ok: false; readonly feil: string };

export function flyttemeldingSomXml(pid: string, f: Innbyggerflytting, naa: Date): Flyttemeldingsxml {
  const poststed = gatepostnumre().get(f.nyAdresse.postnummer);
  if (!poststed) return { ok: false, feil: 'Ukjent postnummer' };
  const id = randomUUID();
  const xml = flyttemeldingXml({
    innsending: { id, tidspunkt: osloTidspunkt(naa), kildesystem: 'innbygger' },
    personerSomFlytter: [pid, ...(f.medflyttere ?? []).filter((n) => n !== pid)],
    adresse: { ...f.nyAdresse, poststedsnavn: poststed },
    flyttedato: f.flyttedato,
    registreringsdato: osloDato(naa),
    adresseendringsidentifikator: id,
    innsender: pid,
  });
  return { ok: true, xml, id };
}
