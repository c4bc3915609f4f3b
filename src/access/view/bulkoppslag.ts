import type { Folkeregisterperson } from '../../domain/persondokument/schema/index.ts';
import type { Utlevert } from './view.ts';

/**
 * One entry of a bulk lookup answer (spec §1.4.2, §1.4.4): the id asked for, and either the person through the gate
 * or an error text. Both renderings (JSON here, XML in `src/access/xml/`) take this, so person data in a bulk answer
 * can only come from `view()`.
 */
export type Bulkoppslag = (
  | { readonly foedselsEllerDNummer: string; readonly dokumentidentifikator?: never }
  | { readonly dokumentidentifikator: string; readonly foedselsEllerDNummer?: never }
) &
  ({ readonly utlevert: Utlevert; readonly feilmelding?: never } | { readonly feilmelding: string; readonly utlevert?: never });

export interface BulkoppslagJson {
  readonly oppslag: readonly (
    & ({ foedselsEllerDNummer: string } | { dokumentidentifikator: string })
    & ({ folkeregisterperson: Folkeregisterperson } | { feilmelding: { feilmelding: string } })
  )[];
}

/** `{ "oppslag": [ { "foedselsEllerDNummer": …, "folkeregisterperson" | "feilmelding": … } ] }`, FREG's key order. */
export function bulkoppslagJson(oppslag: readonly Bulkoppslag[]): BulkoppslagJson {
  return {
    oppslag: oppslag.map((o) => ({
      ...(o.foedselsEllerDNummer !== undefined
        ? { foedselsEllerDNummer: o.foedselsEllerDNummer }
        : { dokumentidentifikator: o.dokumentidentifikator }),
      ...(o.utlevert ? { folkeregisterperson: o.utlevert.folkeregisterperson } : { feilmelding: { feilmelding: o.feilmelding } }),
    })),
  };
}
