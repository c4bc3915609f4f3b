/** One figure of a benchmark run. Ratios compare two figures measured in the same run on the same machine. */
export interface Maaling {
  store: string;
  navn: string;
  enhet: string;
  verdi: number;
}
