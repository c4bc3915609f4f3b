import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures (docs/push.md "Verifying a delivery"): `HMAC-SHA256(secret, timestamp + "." + body)` in hex,
 * sent as `v1=<hex>`. The timestamp is signed with the body so that a captured delivery cannot be replayed later than
 * the receiver's window; the `v1=` prefix leaves room for another scheme beside it.
 */
export const signaturversjon = 'v1';

/** The headers of a delivery, lower-case as Node gives them to a receiver. */
export const Pushheader = {
  tidspunkt: 'folkeregister-timestamp',
  signatur: 'folkeregister-signature',
  leveranse: 'folkeregister-delivery-id',
  sekvens: 'folkeregister-sequence',
  abonnement: 'folkeregister-subscription',
} as const;

/** A new subscription's secret: 32 random bytes, shown to the consumer once. */
export function nyHemmelighet(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The signature header's value for one delivery; `tidspunkt` in whole seconds since 1970. */
export function signer(hemmelighet: string, tidspunkt: number, kropp: string): string {
  return `${signaturversjon}=${createHmac('sha256', hemmelighet).update(`${tidspunkt}.${kropp}`).digest('hex')}`;
}

export interface Mottatt {
  readonly hemmelighet: string;
  readonly tidspunkt: string | undefined;
  readonly signatur: string | undefined;
  /** The body exactly as received, before any JSON parsing. */
  readonly kropp: string;
  readonly naa: Date;
  /** How far the timestamp may lie from the receiver's clock, either way (default 5 minutes). */
  readonly vinduSekunder?: number;
}

/** What a receiver does (docs/push.md): a fresh timestamp and a matching signature, compared in constant time. */
export function verifiserSignatur(m: Mottatt): boolean {
  if (!m.tidspunkt || !/^[0-9]{1,12}$/.test(m.tidspunkt) || !m.signatur) return false;
  const tidspunkt = Number(m.tidspunkt);
  if (Math.abs(m.naa.getTime() / 1000 - tidspunkt) > (m.vinduSekunder ?? 300)) return false;
  const forventet = Buffer.from(signer(m.hemmelighet, tidspunkt, m.kropp));
  return m.signatur.split(',').some((s) => {
    const gitt = Buffer.from(s.trim());
    return gitt.length === forventet.length && timingSafeEqual(gitt, forventet);
  });
}
