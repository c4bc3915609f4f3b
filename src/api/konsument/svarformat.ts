import { ApiFeil } from '../feil/katalog.ts';

export type Svarformat = 'json' | 'xml';

const typer: Record<string, Svarformat | 'begge'> = {
  'application/json': 'json',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/*': 'begge',
  '*/*': 'begge',
};

/**
 * The response format from `Accept` (spec §1.2): JSON by default, XML on request, 406 for anything else. Without
 * `Accept`, a bulk call answers in the format of its request body (`Content-Type`).
 */
export function velgSvarformat(accept: string | undefined, contentType?: string): Svarformat {
  if (!accept || !accept.trim()) return contentType?.includes('xml') ? 'xml' : 'json';
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
    const treff = typer[type];
    if (treff === 'begge') return 'json';
    if (treff) return treff;
  }
  throw new ApiFeil('formatIkkeStoettet');
}
