import { Type, type Static } from '@sinclair/typebox';
import { ISO6523_AUTHORITY } from '../konsumenter/organisasjonsnummer.ts';

/**
 * The claims of a Maskinporten access token that this register reads (spec §6.1). The embedded issuer writes tokens
 * of this shape; tokens from Maskinporten carry more (`client_amr`, `token_type`, `delegation_source`, …), which are
 * allowed and ignored.
 */
const Iso6523Organisasjon = Type.Object({
  authority: Type.Literal(ISO6523_AUTHORITY),
  ID: Type.String({ pattern: '^0192:[0-9]{9}$', description: '0192 (Enhetsregisteret) + organisasjonsnummer.' }),
});

export const AccessTokenClaims = Type.Object({
  iss: Type.String(),
  aud: Type.Union([Type.String(), Type.Array(Type.String())]),
  scope: Type.String({ description: 'Scopes separated by spaces (RFC 6749 §3.3).' }),
  client_id: Type.String(),
  consumer: Iso6523Organisasjon,
  supplier: Type.Optional(Iso6523Organisasjon),
  iat: Type.Number(),
  exp: Type.Number(),
  jti: Type.Optional(Type.String()),
});
export type AccessTokenClaims = Static<typeof AccessTokenClaims>;

/** `aud` of a token asked for without `resource`: what FREG expects (spec §6.1 step 3). */
export const AUD_UNSPECIFIED = 'unspecified';

/** The scope of the admin API (`/admin/v1/…`); not a Maskinporten scope, only the embedded issuer grants it. */
export const ADMIN_SCOPE = 'folkeregister:admin';

/** RFC 6749 §3.3: a space-delimited list; repeated spaces yield no empty scopes. */
export function delScope(scope: string): string[] {
  return scope.split(' ').filter((s) => s.length > 0);
}
