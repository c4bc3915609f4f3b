import { randomUUID } from 'node:crypto';
import { xmlTekst } from '../../access/xml/til-xml.ts';
import { osloDato, osloTidspunkt } from '../../domain/tid.ts';
import { referansedata } from '../../synth/data/referansedata.ts';
import { ressurstabell } from './ressurstabell.ts';

/**
 * A citizen's own move report (folkeregisterloven § 6-1: whoever moves reports it, parents for their children) as the
 * `flyttemelding_fra_posten_v1` document Posten sends for its address-change service: the same XSD, the same worker,
 * the same rules, with the citizen as `innsender` and consent to register the street address given by the report
 * itself. What differs is only who sent it (the citizen's login instead of a producer token) and that the citizen
 * reads the outcome from their own cases instead of a producer feed (docs/mottak.md).
 */
export interface Innbyggerflytting {
  readonly flyttedato: string;
  readonly nyAdresse: {
    readonly adressenavn: string;
    readonly husnummer?: string | undefined;
    readonly husbokstav?: string | undefined;
    readonly bruksenhetsnummer?: string | undefined;
    readonly postnummer: string;
  };
  /** Others moving with the reporter (children, a spouse), by identity number. */
  readonly medflyttere?: readonly string[] | undefined;
}

let poststeder: Map<string, string> | undefined;

/** Postal code → place for street addresses (Posten's categories G and B): a residence is never a PO box. */
function gatepostnumre(): Map<string, string> {
  poststeder ??= new Map([...referansedata().gatepostnumre.values()].flat().map((p) => [p.postnummer, p.poststed]));
  return poststeder;
}

export type Flyttemeldingsxml = { readonly ok: true; readonly xml: string; readonly id: string } | { readonly ok: false; readonly feil: string };

export function flyttemeldingSomXml(pid: string, f: Innbyggerflytting, naa: Date): Flyttemeldingsxml {
  const poststed = gatepostnumre().get(f.nyAdresse.postnummer);
  if (!poststed) return { ok: false, feil: 'Ukjent postnummer' };
  const id = randomUUID();
  const a = f.nyAdresse;
  const t = (navn: string, verdi: string | undefined) => (verdi === undefined ? '' : `<${navn}>${xmlTekst(verdi)}</${navn}>`);
  const personer = [pid, ...(f.medflyttere ?? []).filter((n) => n !== pid)];
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><meldingOmFlyttingFraPosten xmlns="${ressurstabell.flyttemelding_fra_posten_v1.navnerom}">` +
    `<innsending>${t('avsendersMeldingsidentifikator', id)}${t('avsendersInnsendingstidspunkt', osloTidspunkt(naa))}${t('kildesystem', 'innbygger')}</innsending>` +
    '<forespoersel>' +
    personer.map((n) => `<personSomFlytter>${t('foedselsnummer', n)}</personSomFlytter>`).join('') +
    '<nyAdresse><vegadresse>' +
    t('adressenavn', a.adressenavn) +
    (a.husnummer ? `<adressenummer>${t('husnummer', a.husnummer)}${t('husbokstav', a.husbokstav)}</adressenummer>` : '') +
    t('bruksenhetsnummer', a.bruksenhetsnummer) +
    `<poststed>${t('poststedsnavn', poststed)}${t('postnummer', a.postnummer)}</poststed>` +
    `</vegadresse>${t('flyttedato', f.flyttedato)}</nyAdresse>` +
    t('registreringsdato', osloDato(naa)) +
    '<samtykke><samtykketype>vegadresse</samtykketype><samtykkeverdi>samtykkeErGitt</samtykkeverdi></samtykke>' +
    t('adresseendringsidentifikator', id) +
    '<erAnnullering>false</erAnnullering>' +
    t('innsender', pid) +
    '</forespoersel></meldingOmFlyttingFraPosten>';
  return { ok: true, xml, id };
}
