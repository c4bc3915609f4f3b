import type { Queryable } from '../../store/db.ts';

/** One disclosure of the citizen's data, as the audit log holds it. */
export interface Oppslagsrad {
  readonly loepenummer: number;
  readonly tidspunkt: Date;
  readonly organisasjonsnummer: string;
  /** From the consumer registry (`konsument_organisasjon`), when it knows the organisation. */
  readonly organisasjonsnavn: string | null;
  readonly leverandoer: string | null;
  readonly leverandoernavn: string | null;
  readonly rettighetspakke: string;
  readonly tjeneste: string;
  readonly personidentifikator: string;
  readonly parter: string[];
  readonly formaal: string | null;
  readonly innsynsrelevant: boolean;
}

/** The person holding an identity number, old or new (`personidentifikator`, law § 2-2). */
export async function finnPersonId(db: Queryable, nummer: string): Promise<number | undefined> {
  const [rad] = await db.query<{ person_id: number | string }>('select person_id from personidentifikator where nummer = $1', [nummer]);
  return rad ? Number(rad.person_id) : undefined;
}

/**
 * A page of disclosures of one person, newest first (by place in the log, which is commit order), whichever of the
 * person's numbers was used. `alle: false` keeps the rows the § 10-1 third paragraph covers. `foer`: the
 * `loepenummer` the previous page ended at (keyset paging: new rows do not shift later pages).
 */
export async function lesOppslag(
  db: Queryable,
  personId: number,
  side: { alle: boolean; antall: number; foer?: number | undefined },
): Promise<Oppslagsrad[]> {
  const rader = await db.query<Omit<Oppslagsrad, 'loepenummer' | 'tidspunkt'> & { loepenummer: number | string; tidspunkt: Date | string }>(
    `select r.loepenummer, r.tidspunkt, r.organisasjonsnummer, o.navn as organisasjonsnavn, r.leverandoer,
            l.navn as leverandoernavn, r.rettighetspakke, r.tjeneste, r.personidentifikator, r.parter, r.formaal,
            r.innsynsrelevant
       from revisjonslogg r
       left join konsument_organisasjon o on o.organisasjonsnummer = r.organisasjonsnummer
       left join konsument_organisasjon l on l.organisasjonsnummer = r.leverandoer
      where r.person_id = $1 and ($2::boolean or r.innsynsrelevant) and r.loepenummer < $3
      order by r.loepenummer desc
      limit $4`,
    [personId, side.alle, side.foer ?? Number.MAX_SAFE_INTEGER, side.antall],
  );
  return rader.map((r) => ({ ...r, loepenummer: Number(r.loepenummer), tidspunkt: new Date(r.tidspunkt) }));
}
