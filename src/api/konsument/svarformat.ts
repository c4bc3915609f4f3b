import { ApiFeil } from '../feil/katalog.ts';

export type Svarformat = 'json' | 'xml';

const typer: Readonly<Record<string, Svarformat>> = {
  'application/json': 'json',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/*': 'json',
  '*/*': 'json',
};

/**
 * The response format from `Accept` (spec §1.2): JSON by default, XML on request, 406 for anything else. Without
 * `Accept`, a bulk call answers in the format of its request body (`Content-Type`).
 */
export function velgSvarformat(accept: string | undefined, contentType?: string): Svarformat {
  if (!accept || !accept.trim()) return contentType?.includes('xml') ? 'xml' : 'json';
  return velgMediatype(accept, typer);
}

/**
 * The first media type of `Accept`, by falling `q`, that the endpoint offers (`tilbud` maps a media type, wildcards
 * included, to what the route renders); 406 when none is offered. An absent `Accept` takes the first offer.
 */
export function velgMediatype<T>(accept: string | undefined, tilbud: Readonly<Record<string, T>>): T {
  const standard = Object.values(tilbud)[0]!;
  if (!accept || !accept.trim()) return standard;
  const onsker = accept
    .split(',')
    .map((del) => {
      const [type, ...parametre] = del.trim().toLowerCase().split(';');
      const q = parametre.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type!.trim(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((o) => o.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { type } of onsker) {
    const treff = tilbud[type];
    if (treff !== undefined) return treff;
  }
  throw new ApiFeil('formatIkkeStoettet');
}
