import type { Rettighetspakke } from '../../access/konsumenter/rettighetspakker.ts';
import type { UttrekkInnstillinger } from '../../uttrekk/innstillinger.ts';

/** Which extract services a package offers (spec §1.3); batches are offered wherever either is. */
export interface Uttrekkstjenester {
  readonly komplett: boolean;
  readonly tilpasset: boolean;
}

const ingen = { komplett: false, tilpasset: false } as const;
const tilpasset = { komplett: false, tilpasset: true } as const;

/**
 * `finansOgEid`: FREG's service page lists tailored extracts for FIN and EID, its SLA table does not (spec §1.3), so
 * it is a setting (`FOLKEREGISTER_UTTREKK_FIN_EID`). PRI, PRE and their variants must identify persons uniquely and get
 * no extracts; BRSV is not known to have them.
 */
const tabell = {
  offentligMedHjemmel: { komplett: true, tilpasset: true },
  offentligUtenHjemmel: tilpasset,
  privatUtenHjemmel: tilpasset,
  finans: 'finansOgEid',
  utstederAvElektroniskIdentitetsbevis: 'finansOgEid',
  privat: ingen,
  presse: ingen,
  privatUtenFolkeregisteridentifikator: ingen,
  presseUtenFolkeregisteridentifikator: ingen,
  svalbardregister: ingen,
} as const satisfies Record<Rettighetspakke, Uttrekkstjenester | 'finansOgEid'>;

export function uttrekkstjenester(pakke: Rettighetspakke, innstillinger: Pick<UttrekkInnstillinger, 'tilpassetForFinansOgEid'>): Uttrekkstjenester {
  const rad = tabell[pakke];
  if (rad !== 'finansOgEid') return rad;
  return innstillinger.tilpassetForFinansOgEid ? tilpasset : ingen;
}
