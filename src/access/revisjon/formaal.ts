/**
 * The consumer's stated purpose of a lookup, logged with it and shown to the citizen. FREG has no such field; this
 * register reads the request header `Formaal` (no `X-` prefix: RFC 6648). Header values are ASCII in practice
 * (RFC 9110 §5.5), so Norwegian letters are sent percent-encoded as UTF-8 (`Kredittvurdering%20s%C3%B8knad`) and
 * decoded here. Optional: a missing header logs no purpose.
 */
export const formaalHeader = 'formaal';

const maksLengde = 200;

export type Formaaltolkning =
  | { readonly ok: true; readonly formaal: string | undefined }
  | { readonly ok: false; readonly feilmelding: string };

/** The header value as Fastify/Node gives it (`request.headers.formaal`). */
export function lesFormaal(verdi: string | string[] | undefined): Formaaltolkning {
  if (verdi === undefined) return { ok: true, formaal: undefined };
  if (Array.isArray(verdi)) return { ok: false, feilmelding: 'Headeren Formaal kan bare oppgis én gang' };
  let formaal: string;
  try {
    formaal = decodeURIComponent(verdi).trim();
  } catch {
    return { ok: false, feilmelding: 'Headeren Formaal har ugyldig prosentkoding' };
  }
  if (/\p{Cc}/u.test(formaal)) return { ok: false, feilmelding: 'Headeren Formaal kan ikke inneholde kontrolltegn' };
  if (formaal.length > maksLengde) return { ok: false, feilmelding: `Headeren Formaal kan ha høyst ${maksLengde} tegn` };
  return { ok: true, formaal: formaal.length > 0 ? formaal : undefined };
}
