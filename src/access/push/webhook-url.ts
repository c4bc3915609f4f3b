import { erInternAdresse, ipIVert } from './adressevern.ts';

/**
 * A consumer's webhook address, checked when the subscription is made: an absolute `https://` URL, or `http://` when
 * the operator allows it, or to loopback where internal addresses are allowed (development). An address written as an
 * internal IP, or `localhost`, only where internal addresses are allowed; names are checked again at every delivery
 * (`adressevern.ts`). No credentials in the URL (they would show in every `GET` of the subscription) and no fragment.
 * Returns the normalised URL or why not.
 */
export function lesWebhookUrl(tekst: string, valg: { tillatHttp: boolean; tillatInterne: boolean }): { ok: true; url: string } | { ok: false; grunn: string } {
  let url: URL;
  try {
    url = new URL(tekst);
  } catch {
    return { ok: false, grunn: 'webhook er ikke en absolutt URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, grunn: 'webhook må bruke https' };
  if (url.protocol === 'http:' && !valg.tillatHttp && !(valg.tillatInterne && erLoopback(url.hostname))) {
    return { ok: false, grunn: 'webhook må bruke https' };
  }
  const ip = ipIVert(url.hostname);
  if (!valg.tillatInterne && (url.hostname === 'localhost' || url.hostname.endsWith('.localhost') || (ip && erInternAdresse(ip)))) {
    return { ok: false, grunn: 'webhook kan ikke peke til en intern adresse' };
  }
  if (url.username || url.password) return { ok: false, grunn: 'webhook kan ikke inneholde brukernavn eller passord' };
  if (url.hash) return { ok: false, grunn: 'webhook kan ikke ha fragment' };
  return { ok: true, url: url.href };
}

/** `localhost`, 127.0.0.0/8 and ::1 (RFC 6761 §6.3, RFC 1122 §3.2.1.3, RFC 4291 §2.5.3). */
function erLoopback(vert: string): boolean {
  return vert === 'localhost' || vert === '[::1]' || /^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/.test(vert);
}
