import { ressurser, type Ressurs } from '../../intake/kontrakt.ts';

/**
 * The scopes of the producer side (docs/mottak.md, docs/saksbehandling.md). FREG's producers authenticate with a
 * qualified enterprise certificate (spec §6.2); here they use the same Maskinporten-compatible tokens as consumers,
 * with one scope per resource, so an organisation is allowed exactly the messages it is a source for.
 */
const MOTTAK = 'folkeregister:mottak/';

/** The scope that allows `POST /folkeregisteret/mottak/api/{ressurs}` (and its `.vedlegg` form). */
export const produsentscope = (ressurs: Ressurs): string => `${MOTTAK}${ressurs}`;

/** Reading one's own feedback feed: any producer scope will do, so it has none of its own. */
export function erProdusentscope(scope: string): boolean {
  return ressursForScope(scope) !== undefined;
}

/** The resource a producer scope names, or undefined. */
export function ressursForScope(scope: string): Ressurs | undefined {
  if (!scope.startsWith(MOTTAK)) return undefined;
  const navn = scope.slice(MOTTAK.length);
  return (ressurser as readonly string[]).includes(navn) ? (navn as Ressurs) : undefined;
}

/**
 * The register authority's case workers (docs/saksbehandling.md). Granted only to organisations the consumer registry
 * marks as administrator; the token must also name the case worker (`pid` or `sub`), who is recorded on every step.
 */
export const SAKSBEHANDLING_SCOPE = 'folkeregister:saksbehandling';
