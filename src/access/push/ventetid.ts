/**
 * The wait before retry number `forsoek` (1 after the first failure): exponential, capped, with "equal jitter"
 * (half fixed, half random), so that receivers that come back are not hit by every subscription in the same instant
 * while a retry still never comes sooner than half the exponential step.
 */
export function ventetidMs(forsoek: number, grunnMs: number, maksMs: number, tilfeldig: () => number = Math.random): number {
  const tak = Math.min(maksMs, grunnMs * 2 ** Math.min(Math.max(forsoek - 1, 0), 30));
  return Math.round(tak / 2 + (tak / 2) * tilfeldig());
}
