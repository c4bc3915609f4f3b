import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { erInternAdresse, InternAdresse, ipIVert, vernetOppslag } from './adressevern.ts';

/**
 * One POST to a webhook; resolves with the status code. Through `node:http(s)` rather than `fetch`, because the
 * connection's DNS lookup must be ours (`adressevern.ts`): internal addresses are refused at connect time unless
 * `tillatInterne`. Redirects are not followed: the address was checked, its target was not.
 */
export function postWebhook(
  url: string,
  hoder: Readonly<Record<string, string>>,
  kropp: string,
  valg: { readonly signal: AbortSignal; readonly tillatInterne: boolean },
): Promise<number> {
  const adresse = new URL(url);
  const ip = ipIVert(adresse.hostname);
  if (!valg.tillatInterne && ip && erInternAdresse(ip)) {
    return Promise.reject(new InternAdresse(`${adresse.hostname} er en intern adresse`));
  }
  const request = adresse.protocol === 'https:' ? httpsRequest : httpRequest;
  const data = Buffer.from(kropp);
  return new Promise((ok, feil) => {
    const req = request(
      adresse,
      {
        method: 'POST',
        headers: { ...hoder, 'content-length': String(data.length) },
        signal: valg.signal,
        ...(valg.tillatInterne ? {} : { lookup: vernetOppslag }),
      },
      (svar) => {
        svar.resume();
        svar.on('end', () => ok(svar.statusCode ?? 0));
        svar.on('error', feil);
      },
    );
    req.on('error', feil);
    req.end(data);
  });
}
