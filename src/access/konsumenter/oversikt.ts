import type { Queryable } from '../../store/db.ts';
import { listKlienter } from './klienter.ts';
import { finnOrganisasjon } from './organisasjoner.ts';
import type { Delegering, KonsumentOversikt, Stans } from './schema.ts';

/** Everything the registry holds about one organisation: the admin API's and the CLI's view of it. */
export async function finnKonsumentOversikt(
  db: Queryable,
  organisasjonsnummer: string,
): Promise<KonsumentOversikt | undefined> {
  const organisasjon = await finnOrganisasjon(db, organisasjonsnummer);
  if (!organisasjon) return undefined;
  const delegeringer = await db.query<Delegering>(
    `select organisasjonsnummer, leverandoer, rettighetspakke from konsument_delegering
      where organisasjonsnummer = $1 or leverandoer = $1 order by organisasjonsnummer, leverandoer, rettighetspakke collate "C"`,
    [organisasjonsnummer],
  );
  const stans = await db.query<{ fra: Date; til: Date; grunn: string }>(
    'select fra, til, grunn from konsument_stans where organisasjonsnummer = $1 order by fra, id',
    [organisasjonsnummer],
  );
  return {
    ...organisasjon,
    klienter: await listKlienter(db, organisasjonsnummer),
    delegeringer,
    stans: stans.map((s): Stans => ({ fra: new Date(s.fra).toISOString(), til: new Date(s.til).toISOString(), grunn: s.grunn })),
  };
}
