/**
 * Producer messages as a producer writes them, valid against the vendored XSDs (the specs check that), built with
 * the fields a test varies. Prefixes differ between templates on purpose: the namespace, not the prefix, names a
 * message.
 */
export interface Doedsfall {
  readonly id: string;
  readonly fnr: string;
  readonly doedsdato?: string;
  readonly saksreferanse?: string;
}

export function doedsfallXml(d: Doedsfall): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<d:meldingOmDoedsfall xmlns:d="folkeregisteret:melding:doedsfall:v1">
  <d:innsending>
    <d:avsendersMeldingsidentifikator>${d.id}</d:avsendersMeldingsidentifikator>
    <d:avsendersInnsendingstidspunkt>2026-11-23T10:00:00+01:00</d:avsendersInnsendingstidspunkt>
    <d:kildesystem>test</d:kildesystem>
  </d:innsending>
  <d:forespoersel>
    <d:forespoerselssdato>2026-11-23</d:forespoerselssdato>
    <d:kilde>helse</d:kilde>
    ${d.saksreferanse ? `<d:avsendersSaksreferanse>${d.saksreferanse}</d:avsendersSaksreferanse>` : ''}
    <d:avsendersSaksbehandler>Lege Legesen</d:avsendersSaksbehandler>
    <d:doedPerson>
      <d:foedselsnummer>${d.fnr}</d:foedselsnummer>
      <d:doedsdato>${d.doedsdato ?? '2026-11-20'}</d:doedsdato>
    </d:doedPerson>
  </d:forespoersel>
</d:meldingOmDoedsfall>`;
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
  return `<?xml version="1.0" encoding="UTF-8"?>
<rekvisisjonAvDNummer xmlns="folkeregisteret:melding:nyfolkeregisterperson:rekvisisjonavdnummer:v5">
  <innsending>
    <avsendersMeldingsidentifikator>${r.id}</avsendersMeldingsidentifikator>
    <avsendersInnsendingstidspunkt>2026-11-23T10:00:00+01:00</avsendersInnsendingstidspunkt>
  </innsending>
  <forespoersel>
    <kandidat>
      <navn><fornavn>${r.fornavn ?? 'Ana'}</fornavn><etternavn>${r.etternavn ?? 'Kowalska'}</etternavn></navn>
      <foedselsdatoErKjent>true</foedselsdatoErKjent>
      <foedselsdato>${r.foedselsdato ?? '1990-03-04'}</foedselsdato>
      <foedeland>POL</foedeland>
      <kjoenn>kvinne</kjoenn>
      <statsborgerskap>POL</statsborgerskap>
      <harUkjentOppholdsadresse>true</harUkjentOppholdsadresse>
      <skalFaaUtskrift>false</skalFaaUtskrift>
    </kandidat>
    <kilde>skatteetaten</kilde>
    <rekvireringsdato>2026-11-23</rekvireringsdato>
    ${kopi ? `<identifikasjon><dokumentgrunnlag><identifikasjonsdokumenttype>pass</identifikasjonsdokumenttype><utstederland>POL</utstederland><dokumentkopi><multipartnavn>${kopi}</multipartnavn></dokumentkopi></dokumentgrunnlag></identifikasjon>` : ''}
    ${r.saksreferanse ? `<avsendersSaksreferanse>${r.saksreferanse}</avsendersSaksreferanse>` : ''}
    <avsendersSaksbehandler>Saks Behandler</avsendersSaksbehandler>
    <identitetskontrollKreves>false</identitetskontrollKreves>
    ${papir ? `<papirrekvisisjon><multipartnavn>${papir}</multipartnavn></papirrekvisisjon>` : ''}
  </forespoersel>
</rekvisisjonAvDNummer>`;
}
