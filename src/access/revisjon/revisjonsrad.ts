import { erRettighetspakke, type Rettighetspakke } from '../konsumenter/rettighetspakker.ts';
import { Tjeneste } from './innsynsregler.ts';

/** One disclosed person in one request, as the disclosing service reports it (spec §6.3). */
export interface Revisjonsrad {
  /** When the data was disclosed; the log's clock when absent. */
  readonly tidspunkt?: Date | undefined;
  /** The data controller: `consumer.ID` of the Maskinporten token without `0192:` (spec §6.1). */
  readonly organisasjonsnummer: string;
  /** The vendor acting for it: `supplier.ID` without `0192:`, when the token has one. */
  readonly leverandoer?: string | undefined;
  /** The package's name in the rights-package table (`privat`, `offentligMedHjemmel`, …). */
  readonly rettighetspakke: Rettighetspakke;
  readonly tjeneste: Tjeneste;
  /** The identity number the consumer used or received for the person. */
  readonly personidentifikator: string;
  /** The register's internal person id, so innsyn finds lookups made via any of the person's numbers. */
  readonly personId: number;
  /** The `part` values of the request (spec §5.5), as given. */
  readonly parter: readonly string[];
  /** The consumer's stated purpose (header `Formaal`, beyond FREG; see `formaal.ts`). */
  readonly formaal?: string | undefined;
  /** The request id, to tie rows of one request together and to the server's log. */
  readonly forespoerselId: string;
  /** The archive version or event document given out, when not the current person. */
  readonly dokumentidentifikator?: string | undefined;
}

/** A row as stored: its place in the hash chain, and the innsyn flag the writer derived from the policy tables. */
export interface LagretRevisjonsrad {
  readonly loepenummer: number;
  /** ISO-8601 UTC with milliseconds: the exact text the hash covers. */
  readonly tidspunkt: string;
  readonly organisasjonsnummer: string;
  readonly leverandoer: string | null;
  readonly rettighetspakke: string;
  readonly tjeneste: string;
  readonly personidentifikator: string;
  readonly personId: number;
  readonly parter: readonly string[];
  readonly formaal: string | null;
  readonly forespoerselId: string;
  readonly innsynsrelevant: boolean;
  /** Absent or null on rows without one (and on every row written before the column existed). */
  readonly dokumentidentifikator?: string | null;
  readonly forrigeHash: string;
  readonly hash: string;
}

/** Why a row cannot be logged: the disclosing service broke an invariant its own input checks should keep. */
export class UgyldigRevisjonsrad extends Error {
  override readonly name = 'UgyldigRevisjonsrad';
}

const formaalMaks = 200;

const tjenester: readonly string[] = Object.values(Tjeneste);

/**
 * Throws `UgyldigRevisjonsrad` naming the field, never its value (no identity numbers in errors, STYLE.md §7). Checked
 * before a row joins a batch: a row the database would refuse would otherwise fail every request in its batch.
 */
export function kontrollerRevisjonsrad(rad: Revisjonsrad): void {
  const feil = (felt: string) => {
    throw new UgyldigRevisjonsrad(`Ugyldig ${felt} i revisjonsrad`);
  };
  if (!/^\d{9}$/.test(rad.organisasjonsnummer)) feil('organisasjonsnummer');
  if (rad.leverandoer !== undefined && !/^\d{9}$/.test(rad.leverandoer)) feil('leverandoer');
  if (!erRettighetspakke(rad.rettighetspakke)) feil('rettighetspakke');
  if (!tjenester.includes(rad.tjeneste)) feil('tjeneste');
  if (!/^\d{11}$/.test(rad.personidentifikator)) feil('personidentifikator');
  if (!Number.isSafeInteger(rad.personId) || rad.personId <= 0) feil('personId');
  if (!Array.isArray(rad.parter) || rad.parter.some((p) => typeof p !== 'string')) feil('parter');
  if (rad.formaal !== undefined && (typeof rad.formaal !== 'string' || rad.formaal.length > formaalMaks)) feil('formaal');
  if (typeof rad.forespoerselId !== 'string' || rad.forespoerselId.length === 0) feil('forespoerselId');
  if (rad.dokumentidentifikator !== undefined && !/^[\w-]{1,64}$/.test(rad.dokumentidentifikator)) feil('dokumentidentifikator');
  if (rad.tidspunkt !== undefined && Number.isNaN(rad.tidspunkt.getTime())) feil('tidspunkt');
}
