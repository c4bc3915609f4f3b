import type { FastifyInstance } from 'fastify';
import { ApiFeil } from '../feil/katalog.ts';

/**
 * Bulk lookups may send their list as XML (spec §1.2: XML is the documented default). The body is small and flat
 * (`<…><foedselsEllerDNummer>…</foedselsEllerDNummer>…</…>`), so it is read with a pattern, not an XML parser: a
 * document type declaration is refused outright, so no entity is ever expanded (DESIGN.md principle 8).
 */
export function lesXmlBulkkropp(app: FastifyInstance): void {
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (_request, kropp, done) => {
    const tekst = String(kropp);
    if (/<!DOCTYPE|<!ENTITY/i.test(tekst)) return done(new ApiFeil('ugyldigForespoersel', 'XML med DOCTYPE eller ENTITY tas ikke imot'), undefined);
    const verdier = (navn: string) =>
      // One greedy class and a trim: no nested quantifiers, so no catastrophic backtracking on hostile input.
      [...tekst.matchAll(new RegExp(`<(?:[\\w-]+:)?${navn}>([^<]*)</(?:[\\w-]+:)?${navn}>`, 'g'))].map((m) => m[1]!.trim());
    const numre = verdier('foedselsEllerDNummer');
    const dokumenter = verdier('dokumentidentifikator');
    done(null, dokumenter.length > 0 ? { dokumentidentifikator: dokumenter } : { foedselsEllerDNummer: numre });
  });
}

export const maksBulk = 1000;

/** Spec §1.4.2: at most 1000 identifiers per call. */
export function sjekkBulkstoerrelse(antall: number): void {
  if (antall > maksBulk) throw new ApiFeil('forMangeIdentifikatorer', `${antall} identifikatorer`);
}
