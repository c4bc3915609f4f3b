/**
 * The signature algorithms accepted on access tokens and client assertions. Asymmetric only: `none` and the HMAC
 * family would let anyone who knows (or guesses) a shared secret mint tokens (RFC 8725 §2.1, §3.1). RS256 is what
 * Maskinporten signs with and what its clients sign assertions with (spec §6.1).
 */
export const TILLATTE_ALGORITMER = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256'] as const;

/** The embedded issuer signs its access tokens with RS256, like Maskinporten, so every client library verifies them. */
export const SIGNERINGSALGORITME = 'RS256';
