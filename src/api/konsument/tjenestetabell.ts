import type { Rettighetspakke } from '../../access/konsumenter/rettighetspakker.ts';

/**
 * Which lookup services each package offers (spec §1.3). Search, feed and extracts are registered by their own
 * route plugins with their own rows.
 */
export interface Oppslagstjenester {
  readonly person: boolean;
  readonly bulkoppslag: boolean;
  readonly arkiv: boolean;
  readonly xsd: boolean;
}

const alle = { person: true, bulkoppslag: true, arkiv: false, xsd: true } as const;
const bareXsd = { person: false, bulkoppslag: false, arkiv: false, xsd: true } as const;

export const oppslagstjenester = {
  offentligMedHjemmel: { ...alle, arkiv: true },
  offentligUtenHjemmel: alle,
  finans: alle,
  privatUtenHjemmel: alle,
  utstederAvElektroniskIdentitetsbevis: alle,
  // PRI, PRE and their variants look persons up only by unique search (entydigsoek), spec §1.3.
  privat: bareXsd,
  presse: bareXsd,
  privatUtenFolkeregisteridentifikator: bareXsd,
  presseUtenFolkeregisteridentifikator: bareXsd,
  // BRSV: personer/{id} confirmed by SSB's client (spec §1.3); the rest unknown, so not offered.
  svalbardregister: { person: true, bulkoppslag: false, arkiv: false, xsd: true },
} as const satisfies Record<Rettighetspakke, Oppslagstjenester>;
