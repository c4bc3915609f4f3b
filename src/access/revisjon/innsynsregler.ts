/**
 * Which disclosures the registered person may see (folkeregisterloven § 10-1 third paragraph, spec §6.3): lookups by
 * private entities without a legal basis and by other citizens, in single lookups; not those by public authorities,
 * private entities with a legal basis (hjemmel), the press, or list washing / updating of existing registers. Kept as
 * two tables so the policy is data: the writer stores the answer in each row (`innsynsrelevant`), innsyn filters on it.
 */
import type { Rettighetspakke } from '../konsumenter/rettighetspakker.ts';

/** The disclosing services, as logged (`{id}` stands for the path parameter). */
export const Tjeneste = {
  person: 'personer/{id}',
  bulkoppslag: 'personer/bulkoppslag',
  arkiv: 'personer/arkiv',
  bulkoppslagArkiv: 'personer/bulkoppslag/arkiv',
  soek: 'personer/soek',
  entydigsoek: 'personer/entydigsoek',
  hendelse: 'hendelser/{id}',
  hendelserBulkoppslag: 'hendelser/bulkoppslag',
  uttrekk: 'uttrekk',
  push: 'push',
  nettoppslag: 'nettoppslag',
} as const;
export type Tjeneste = (typeof Tjeneste)[keyof typeof Tjeneste];

/** Is the package's holder someone whose lookups the right covers? By who holds it (spec §5.1). */
const pakkeOmfattes = {
  offentligMedHjemmel: false, // public bodies and private entities with hjemmel
  offentligUtenHjemmel: false, // public authorities
  privatUtenHjemmel: true, // private entities without hjemmel (their tasks for the public give no hjemmel)
  privat: true,
  privatUtenFolkeregisteridentifikator: true,
  finans: false, // (inferred) hjemmel in finansforetaksloven § 16-2 and the anti-money-laundering act
  presse: false,
  presseUtenFolkeregisteridentifikator: false,
  utstederAvElektroniskIdentitetsbevis: true, // (inferred) private issuers; the law's exceptions are read narrowly
  svalbardregister: false, // (inferred) the Governor of Svalbard, a public authority
} as const satisfies Record<Rettighetspakke, boolean>;

/** Is the service a single lookup? Bulk, extracts, events and push keep existing registers up to date. */
const tjenesteOmfattes = {
  'personer/{id}': true,
  'personer/bulkoppslag': false,
  'personer/arkiv': true,
  'personer/bulkoppslag/arkiv': false,
  'personer/soek': true,
  'personer/entydigsoek': true,
  'hendelser/{id}': false,
  'hendelser/bulkoppslag': false,
  uttrekk: false,
  push: false,
  nettoppslag: true,
} as const satisfies Record<Tjeneste, boolean>;

export function erInnsynsrelevant(rettighetspakke: Rettighetspakke, tjeneste: Tjeneste): boolean {
  return pakkeOmfattes[rettighetspakke] && tjenesteOmfattes[tjeneste];
}
