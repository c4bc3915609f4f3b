import type { Queryable } from '../../store/db.ts';
import type { Organisasjonsnummer } from './organisasjonsnummer.ts';
import { erRettighetspakke, type Rettighetspakke } from './rettighetspakker.ts';

/**
 * What the consumer registry says about one call, as a value: allowed, or why not. The registry decides even for
 * tokens from Maskinporten: a scope there proves that access was granted once, the registry says whether it still is
 * and whether it is revoked now (folkeregisterloven § 12-2).
 */
export type Tilgangsavgjoerelse =
  | { readonly utfall: 'tillatt' }
  | { readonly utfall: 'ikkeTildelt' }
  | { readonly utfall: 'ikkeDelegert' }
  | { readonly utfall: 'stanset'; readonly til: Date };

export interface Tilgangsspoersmaal {
  readonly organisasjonsnummer: Organisasjonsnummer;
  readonly leverandoer?: Organisasjonsnummer | undefined;
  readonly rettighetspakke: Rettighetspakke;
  readonly naa: Date;
}

// A revocation of the vendor stops its calls for every customer too: it is the vendor's systems that called.
const STANSET_TIL = `(select max(til) from konsument_stans
   where organisasjonsnummer in ($1, coalesce($2, $1)) and fra <= $3::timestamptz and til > $3::timestamptz)`;

/** One round trip per call: granted, delegated (when a vendor calls) and not revoked at `naa`. */
export async function avgjoerTilgang(db: Queryable, s: Tilgangsspoersmaal): Promise<Tilgangsavgjoerelse> {
  const [rad] = await db.query<{ tildelt: boolean; delegert: boolean; stanset_til: Date | null }>(
    `select exists (select 1 from konsument_tilgang where organisasjonsnummer = $1 and rettighetspakke = $4) as tildelt,
            ($2::text is null or exists (select 1 from konsument_delegering
               where organisasjonsnummer = $1 and leverandoer = $2 and rettighetspakke = $4)) as delegert,
            ${STANSET_TIL} as stanset_til`,
    [s.organisasjonsnummer, s.leverandoer ?? null, s.naa.toISOString(), s.rettighetspakke],
  );
  return avgjoer(rad!.tildelt, rad!.delegert, rad!.stanset_til);
}

/** The admin API for a token: the organisation must be an administrator and not revoked. */
export async function avgjoerAdmintilgang(
  db: Queryable,
  organisasjonsnummer: Organisasjonsnummer,
  naa: Date,
): Promise<Tilgangsavgjoerelse> {
  const [rad] = await db.query<{ administrator: boolean | null; stanset_til: Date | null }>(
    `select (select administrator from konsument_organisasjon where organisasjonsnummer = $1) as administrator,
            ${STANSET_TIL} as stanset_til`,
    [organisasjonsnummer, null, naa.toISOString()],
  );
  return avgjoer(rad!.administrator === true, true, rad!.stanset_til);
}

function avgjoer(tildelt: boolean, delegert: boolean, stansetTil: Date | null): Tilgangsavgjoerelse {
  if (!tildelt) return { utfall: 'ikkeTildelt' };
  if (!delegert) return { utfall: 'ikkeDelegert' };
  if (stansetTil) return { utfall: 'stanset', til: new Date(stansetTil) };
  return { utfall: 'tillatt' };
}

export interface Tildelinger {
  readonly administrator: boolean;
  /** The packages the organisation holds; with a vendor, only those also delegated to it. */
  readonly rettighetspakker: readonly Rettighetspakke[];
}

/** What a token may be issued for: the embedded token service's scope check (spec §6.1 steps 1 and delegation). */
export async function hentTildelinger(
  db: Queryable,
  organisasjonsnummer: Organisasjonsnummer,
  leverandoer?: Organisasjonsnummer,
): Promise<Tildelinger> {
  const [rad] = await db.query<{ administrator: boolean | null; rettighetspakker: string[] }>(
    `select (select administrator from konsument_organisasjon where organisasjonsnummer = $1) as administrator,
            array(select t.rettighetspakke from konsument_tilgang t where t.organisasjonsnummer = $1
                   and ($2::text is null or exists (select 1 from konsument_delegering d where d.organisasjonsnummer = $1
                        and d.leverandoer = $2 and d.rettighetspakke = t.rettighetspakke))) as rettighetspakker`,
    [organisasjonsnummer, leverandoer ?? null],
  );
  return {
    // Administration is not delegable: a vendor acts in the customer's lookups, not in the register's management.
    administrator: rad!.administrator === true && !leverandoer,
    rettighetspakker: rad!.rettighetspakker.filter(erRettighetspakke),
  };
}
