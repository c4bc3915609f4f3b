import { doedsfallXml as doedsfall } from '../../../src/intake/meldingsmaler/doedsfall.ts';
import { rekvisisjonAvDNummerXml } from '../../../src/intake/meldingsmaler/rekvisisjon-av-dnummer.ts';

/**
 * Producer messages with the fields a test varies and fixed values for the rest, written by the product's own
 * builders (`src/intake/meldingsmaler/`) and given a namespace prefix: the namespace, not the prefix, names a message,
 * and prefixes differ between templates on purpose.
 */
export interface Doedsfall {
  readonly id: string;
  readonly fnr: string;
  readonly doedsdato?: string;
  readonly saksreferanse?: string;
}

const innsendt = (id: string, kildesystem?: string) => ({ id, tidspunkt: '2026-11-23T10:00:00+01:00', ...(kildesystem ? { kildesystem } : {}) });

export function doedsfallXml(d: Doedsfall): string {
  return medPrefiks('d', doedsfall({
    innsending: innsendt(d.id, 'test'),
    forespoerselsdato: '2026-11-23',
    kilde: 'helse',
    saksreferanse: d.saksreferanse,
    saksbehandler: 'Lege Legesen',
    person: d.fnr,
    doedsdato: d.doedsdato ?? '2026-11-20',
  }));
}

export interface Rekvisisjon {
  readonly id: string;
  readonly fornavn?: string;
  readonly etternavn?: string;
  readonly foedselsdato?: string;
  readonly saksreferanse?: string;
  /** Attachment names the XML refers to (`dokumentkopi/multipartnavn`, `papirrekvisisjon/multipartnavn`). */
  readonly vedlegg?: readonly string[];
}

export function rekvisisjonXml(r: Rekvisisjon): string {
  const [kopi, papir] = r.vedlegg ?? [];
  return rekvisisjonAvDNummerXml({
    innsending: innsendt(r.id),
    rekvireringsdato: '2026-11-23',
    kilde: 'skatteetaten',
    saksreferanse: r.saksreferanse,
    saksbehandler: 'Saks Behandler',
    navn: { fornavn: r.fornavn ?? 'Ana', etternavn: r.etternavn ?? 'Kowalska' },
    foedselsdato: r.foedselsdato ?? '1990-03-04',
    foedeland: 'POL',
    kjoenn: 'kvinne',
    statsborgerskap: ['POL'],
    ...(kopi ? { identifikasjon: [{ type: 'pass', utstederland: 'POL', multipartnavn: kopi }] } : {}),
    papirrekvisisjon: papir,
  });
}

/** The same document with every element of the default namespace under `prefiks`. */
function medPrefiks(prefiks: string, xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z]\w*)/g, `<$1${prefiks}:$2`).replace(' xmlns="', ` xmlns:${prefiks}="`);
}
