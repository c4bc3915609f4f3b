import type { DokumentForHendelse } from '../../domain/persondokument/schema/index.ts';
import type { UtlevertHendelse } from './view.ts';

/**
 * One entry of `POST hendelser/bulkoppslag` (spec §1.4.12): the id asked for, and the event document through the gate
 * or an error text. The key is `hendelsedokument`, without the "s" of `hendelsesdokument` (spec §1.4.12, kept as FREG
 * spells it).
 */
export type HendelseBulkoppslag = { readonly dokumentidentifikator: string } & (
  | { readonly utlevert: UtlevertHendelse; readonly feilmelding?: never }
  | { readonly feilmelding: string; readonly utlevert?: never }
);

export interface HendelseBulkoppslagJson {
  readonly oppslag: readonly ({ dokumentidentifikator: string } & ({ hendelsedokument: DokumentForHendelse } | { feilmelding: { feilmelding: string } }))[];
}

export function hendelseBulkoppslagJson(oppslag: readonly HendelseBulkoppslag[]): HendelseBulkoppslagJson {
  return {
    oppslag: oppslag.map((o) => ({
      dokumentidentifikator: o.dokumentidentifikator,
      ...(o.utlevert ? { hendelsedokument: o.utlevert.dokumentForHendelse } : { feilmelding: { feilmelding: o.feilmelding } }),
    })),
  };
}
