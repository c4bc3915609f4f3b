import { feedsideJson, type Feedinnslag } from '../view/feedinnslag.ts';
import { hendelseNavnerom } from './hendelse-xsd.ts';
import { lagretHendelseTilXml } from './hendelse-xml.ts';
import { deklarasjon, xmlTekst } from './til-xml.ts';

/**
 * A feed page as Atom (RFC 4287), the shape FREG sends (spec §3.1): links `self`, `first` and, unless this is the last
 * page for now, `next`; one `entry` per feed entry with the `lagretHendelse` as XML content and an id ending in
 * `:{sekvensnummer}`. Only gated `Feedinnslag` can be rendered.
 */
export interface Atomside {
  /** The feed's URL without query: the Atom `id`. */
  readonly id: string;
  readonly tittel: string;
  readonly selv: string;
  readonly foerste: string;
  readonly neste?: string;
  /** When the page was made, for an empty page's `updated`. */
  readonly naa: Date;
}

const atomType = 'application/atom+xml';

export function feedsideTilAtom(innslag: readonly Feedinnslag[], side: Atomside): string {
  const lenke = (rel: string, href: string) => `<link rel="${rel}" type="${atomType}" href="${xmlTekst(href)}"/>`;
  const sist = innslag.at(-1);
  const oppdatert = sist ? utc(sist.hendelse.ajourholdstidspunkt) : side.naa.toISOString();
  const entries = feedsideJson(innslag).map((i) =>
    `<entry xmlns:ns2="${hendelseNavnerom}"><title>Hendelse</title>` +
    `<id>urn:folkeregisteret:tilgjengeliggjoering:hendelse:v1:${i.sekvensnummer}</id>` +
    `<updated>${utc(i.hendelse.ajourholdstidspunkt)}</updated>` +
    `<content type="application/xml">${lagretHendelseTilXml(i)}</content></entry>`,
  );
  return deklarasjon +
    `<feed xmlns="http://www.w3.org/2005/Atom"><id>${xmlTekst(side.id)}</id><title>${xmlTekst(side.tittel)}</title>` +
    '<author><name>Folkeregisteret</name></author>' +
    lenke('self', side.selv) + lenke('first', side.foerste) + (side.neste ? lenke('next', side.neste) : '') +
    `<updated>${oppdatert}</updated>${entries.join('')}</feed>`;
}

/** Atom's `updated` is RFC 3339; FREG writes it in UTC (`2019-08-08T12:17:42.939Z`). */
function utc(tidspunkt: string): string {
  const ms = Date.parse(tidspunkt);
  return Number.isNaN(ms) ? tidspunkt : new Date(ms).toISOString();
}
