import type { Rettighetspakke } from '../../../access/konsumenter/rettighetspakker.ts';

/** Which search services each package offers (spec §1.3): the hit list to those that look persons up by number. */
export interface Soektjenester {
  readonly soek: boolean;
  readonly entydigsoek: boolean;
}

const begge = { soek: true, entydigsoek: true } as const;
const bareEntydig = { soek: false, entydigsoek: true } as const;

export const soektjenester = {
  offentligMedHjemmel: begge,
  offentligUtenHjemmel: begge,
  finans: begge,
  privatUtenHjemmel: begge,
  utstederAvElektroniskIdentitetsbevis: begge,
  // PRI, PRE and their variants find persons only by unique search (spec §1.3).
  privat: bareEntydig,
  presse: bareEntydig,
  privatUtenFolkeregisteridentifikator: bareEntydig,
  presseUtenFolkeregisteridentifikator: bareEntydig,
  // BRSV: only personer/{id} is confirmed (spec §1.3), so no search.
  svalbardregister: { soek: false, entydigsoek: false },
} as const satisfies Record<Rettighetspakke, Soektjenester>;
