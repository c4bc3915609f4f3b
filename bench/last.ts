/**
 * A closed-loop HTTP load on loopback: `samtidige` workers each send the next request as soon as the previous one
 * answered, for `sekunder`. Returns requests per second and latency percentiles. Keep-alive through Node's fetch.
 */
export interface Lastresultat {
  perSekund: number;
  medianMs: number;
  p99Ms: number;
  feil: number;
}

export async function kjoerLast(
  sekunder: number,
  samtidige: number,
  send: (i: number) => Promise<Response>,
  /** The status a successful request answers with (202 for producer intake). */
  forventet = 200,
): Promise<Lastresultat> {
  const slutt = performance.now() + sekunder * 1000;
  const tider: number[] = [];
  let feil = 0;
  let teller = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: samtidige }, async () => {
      while (performance.now() < slutt) {
        const t = performance.now();
        const svar = await send(teller++);
        await svar.arrayBuffer();
        if (svar.status !== forventet) feil++;
        tider.push(performance.now() - t);
      }
    }),
  );
  const varighet = (performance.now() - start) / 1000;
  const pct = persentiler(tider);
  return { perSekund: tider.length / varighet, medianMs: pct(0.5), p99Ms: pct(0.99), feil };
}

/** The p-quantile (0–1) of measured times, nearest rank. */
export function persentiler(tider: readonly number[]): (p: number) => number {
  const sortert = [...tider].sort((a, b) => a - b);
  return (p) => sortert[Math.min(sortert.length - 1, Math.floor(sortert.length * p))] ?? 0;
}
