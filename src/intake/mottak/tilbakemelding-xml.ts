import { xmlTekst } from '../../access/xml/til-xml.ts';
import type { Tilbakemeldingskontrakt } from './ressurstabell.ts';
import type { LagretTilbakemelding } from './tilbakemeldinger.ts';

/**
 * Feedback events in FREG's XML contracts (`spec/kontrakter/HendelserISak*.xsd`), wrapped as an Atom feed (spec §8.2
 * calls the feed "Atom-like"; §11 item 10). A test validates every rendered event against its XSD.
 */
export const tilbakemeldingsrot: Record<Tilbakemeldingskontrakt, { readonly rot: string; readonly navnerom: string; readonly xsd: string }> = {
  folkeregistrering: {
    rot: 'hendelseISakOmFolkeregistrering',
    navnerom: 'folkeregisteret:tilbakemelding:hendelseisakomfolkeregistrering:v1',
    xsd: 'HendelserISakOmFolkeregistrering_1.0.xsd',
  },
  dNummerRekvisisjon: {
    rot: 'hendelseISakOmTildelingAvDNummer',
    navnerom: 'folkeregisteret:hendelsesliste:privat:hendelseisakomtildelingavdnummer:v3',
    xsd: 'HendelserISakOmDNummerRekvisisjon_3.0.xsd',
  },
  endringAvDNummerPerson: {
    rot: 'hendelseISakOmEndringAvDNummerPerson',
    navnerom: 'folkeregisteret:tilbakemelding:hendelseisakomendringavdnummerperson:v1',
    xsd: 'HendelserISakOmEndringAvDNummerPerson_1.0.xsd',
  },
};

export function tilbakemeldingTilXml(t: Pick<LagretTilbakemelding, 'kontrakt' | 'hendelseinfo'>): string {
  const { rot, navnerom } = tilbakemeldingsrot[t.kontrakt];
  // The folkeregistrering contract extends `Folkeregistersak`: the case's fields are the root's own first children.
  const { sak, ...resten } = t.hendelseinfo;
  const innhold = t.kontrakt === 'folkeregistrering' ? { ...(sak as object), ...resten } : t.hendelseinfo;
  return `<${rot} xmlns="${navnerom}">${barn(innhold as Record<string, unknown>)}</${rot}>`;
}

export function tilbakemeldingsfeedXml(produsent: string, sider: readonly LagretTilbakemelding[], oppdatert: string): string {
  const entries = sider.map(
    (t) =>
      `<entry><title>Hendelse i sak</title><id>${t.sekvensnummer}</id><updated>${t.tidspunkt.toISOString()}</updated>` +
      `<content type="application/xml">${tilbakemeldingTilXml(t)}</content></entry>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Hendelser i sak</title><id>urn:folkeregister:tilbakemelding:${produsent}</id>` +
    `<updated>${oppdatert}</updated>${entries.join('')}</feed>`
  );
}

/**
 * One order of every field name that satisfies each sequence of the three contracts (their choices never put two
 * alternatives side by side). Needed because the stored `hendelseinfo` is jsonb, which does not keep key order.
 */
const rekkefoelge = [
  'sakstype', 'sak', 'saksnummer', 'opprettet', 'avsendersSaksreferanse', 'meldingsreferanse', 'avsendersMeldingsidentifikator',
  'folkeregisterReferanse', 'saksbeslutning', 'sakTilManuellBehandling', 'saksfrist', 'beslutning', 'beslutningstidspunkt',
  'resultatkode', 'resultatbeskrivelse', 'avvisningskode', 'begrunnelse', 'begrunnelseskode', 'begrunnelsesnavn',
  'begrunnelsesmerknad', 'opprettetFolkeregisterperson', 'foedselsEllerDNummer', 'identifikatortype',
  'tildeltIdentifikatorAvvikerFraFoedselsdato', 'skalTildeleDNummer', 'skalIkkeTildeleDNummer', 'skalEndrePersoninformasjon',
  'skalIkkeEndrePersoninformasjon', 'dNummer', 'registreringstidspunkt', 'gyldighetstidspunkt', 'tildeltDnummerAvvikerFraFoedselsdato',
  'eksisterendeIdNummer',
];
const plass = new Map(rekkefoelge.map((navn, i) => [navn, i]));
const rang = (navn: string) => plass.get(navn) ?? rekkefoelge.length;

function barn(objekt: Record<string, unknown>): string {
  return Object.entries(objekt)
    .sort(([a], [b]) => rang(a) - rang(b))
    .map(([navn, verdi]) => element(navn, verdi))
    .join('');
}

function element(navn: string, verdi: unknown): string {
  if (verdi === undefined || verdi === null) return '';
  if (Array.isArray(verdi)) return verdi.map((v) => element(navn, v)).join('');
  if (typeof verdi === 'object') return `<${navn}>${barn(verdi as Record<string, unknown>)}</${navn}>`;
  return `<${navn}>${xmlTekst(String(verdi))}</${navn}>`;
}
