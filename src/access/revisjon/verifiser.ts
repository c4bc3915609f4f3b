import type { Queryable } from '../../store/db.ts';
import { radHash, startHash } from './kjede.ts';

export type Verifikasjon =
  | { readonly intakt: true; readonly antall: number; readonly sisteHash: string }
  /** `loepenummer`: the first row whose link or content does not hold. */
  | { readonly intakt: false; readonly loepenummer: number; readonly grunn: string; readonly kontrollert: number };

interface Rad {
  loepenummer: number | string;
  tidspunkt: string;
  organisasjonsnummer: string;
  leverandoer: string | null;
  rettighetspakke: string;
  tjeneste: string;
  personidentifikator: string;
  person_id: number | string;
  parter: string[];
  formaal: string | null;
  forespoersel_id: string;
  innsynsrelevant: boolean;
  dokumentidentifikator: string | null;
  forrige_hash: string;
  hash: string;
}

/**
 * Walks the hash chain from the first row, recomputing every hash (kjede.ts), and reports the first row that does not
 * hold: a changed row (its hash), a removed one (the gap in `loepenummer`), a forged link (`forrige_hash`). Read in
 * pages, so a large log needs little memory. Removing the newest rows leaves a shorter, intact chain: compare the
 * printed last hash with one kept elsewhere to see that (docs/revisjon-og-innsyn.md).
 */
export async function verifiserRevisjonslogg(db: Queryable, sidestoerrelse = 10_000): Promise<Verifikasjon> {
  let forrige = { loepenummer: 0, hash: startHash };
  for (;;) {
    const rader = await db.query<Rad>(
      `select loepenummer, to_char(tidspunkt at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as tidspunkt,
              organisasjonsnummer, leverandoer, rettighetspakke, tjeneste, personidentifikator, person_id, parter,
              formaal, forespoersel_id, innsynsrelevant, dokumentidentifikator, forrige_hash, hash
         from revisjonslogg where loepenummer > $1 order by loepenummer limit $2`,
      [forrige.loepenummer, sidestoerrelse],
    );
    if (rader.length === 0) return { intakt: true, antall: forrige.loepenummer, sisteHash: forrige.hash };
    for (const rad of rader) {
      const loepenummer = Number(rad.loepenummer);
      const brudd = (grunn: string): Verifikasjon => ({ intakt: false, loepenummer, grunn, kontrollert: forrige.loepenummer });
      if (loepenummer !== forrige.loepenummer + 1) return brudd(`rad ${forrige.loepenummer + 1} mangler`);
      if (rad.forrige_hash !== forrige.hash) return brudd('forrige_hash peker ikke på raden før');
      const hash = radHash(forrige.hash, {
        loepenummer,
        tidspunkt: rad.tidspunkt,
        organisasjonsnummer: rad.organisasjonsnummer,
        leverandoer: rad.leverandoer,
        rettighetspakke: rad.rettighetspakke,
        tjeneste: rad.tjeneste,
        personidentifikator: rad.personidentifikator,
        personId: Number(rad.person_id),
        parter: rad.parter,
        formaal: rad.formaal,
        forespoerselId: rad.forespoersel_id,
        innsynsrelevant: rad.innsynsrelevant,
        dokumentidentifikator: rad.dokumentidentifikator,
      });
      if (rad.hash !== hash) return brudd('innholdet stemmer ikke med hashen');
      forrige = { loepenummer, hash };
    }
  }
}
