import type { Db } from '../../store/db.ts';
import type { Ressurs } from '../kontrakt.ts';
import { lagreMelding, type Avsender, type Mottakskvittering, type Vedlegg } from './meldinger.ts';
import { kontrollerXml } from './xml-kontroll.ts';

export interface Innsendt {
  readonly avsender: Avsender;
  readonly ressurs: Ressurs;
  readonly xml: string;
  readonly vedlegg: readonly Vedlegg[];
  readonly mottatt: Date;
}

export type Mottaksfeil = 'dtdIkkeTillatt' | 'ugyldigMelding' | 'ugyldigVedlegg';

export type Mottak =
  | { readonly ok: true; readonly kvittering: Mottakskvittering }
  | { readonly ok: false; readonly feil: Mottaksfeil; readonly meldinger: readonly string[] };

/**
 * The intake's acceptance of one message, whoever sends it (a producer's POST after its token check, a citizen's
 * move report, the life-event simulation): the formal check at the edge (no DTD, the resource's document element,
 * valid against its XSD, a message id), the attachments against the names the XML gives, then stored and committed,
 * idempotent on (sender, message id). Refused input changes nothing. The caller wakes the worker when `ny`.
 */
export async function mottaMelding(db: Db, m: Innsendt): Promise<Mottak> {
  const kontroll = kontrollerXml(m.ressurs, m.xml);
  if (!kontroll.ok) return { ok: false, feil: kontroll.feil === 'dtdIkkeTillatt' ? 'dtdIkkeTillatt' : 'ugyldigMelding', meldinger: kontroll.meldinger };
  const vedleggsfeil = kontrollerVedlegg(kontroll.multipartnavn, m.vedlegg);
  if (vedleggsfeil.length > 0) return { ok: false, feil: 'ugyldigVedlegg', meldinger: vedleggsfeil };
  const kvittering = await lagreMelding(db, {
    avsender: m.avsender,
    ressurs: m.ressurs,
    avsendersMeldingsidentifikator: kontroll.avsendersMeldingsidentifikator,
    avsendersSaksreferanse: kontroll.avsendersSaksreferanse,
    xml: m.xml,
    vedlegg: m.vedlegg,
    mottatt: m.mottatt,
  });
  return { ok: true, kvittering };
}

/**
 * Every attachment part must be named by a `multipartnavn` of the XML and every name must have its part (spec §8.1).
 * A message sent without attachments is accepted even if it names some: the `.vedlegg` form is the producer's choice,
 * and the case worker sees that none came.
 */
function kontrollerVedlegg(navn: readonly string[], vedlegg: readonly Vedlegg[]): string[] {
  if (vedlegg.length === 0) return [];
  const oenskede = new Set(navn);
  const sendte = vedlegg.map((v) => v.multipartnavn);
  return [
    ...sendte.filter((s) => !oenskede.has(s)).map((s) => `Vedlegget ${s} er ikke nevnt som multipartnavn i meldingen`),
    ...[...oenskede].filter((n) => !sendte.includes(n)).map((n) => `multipartnavn ${n} mangler sitt vedlegg`),
    ...sendte.filter((s, i) => sendte.indexOf(s) !== i).map((s) => `Vedlegget ${s} er sendt mer enn én gang`),
  ];
}
