import type { Elementnavn } from '../../domain/persondokument/elementer.ts';
import { gjeldende, type Elementverdi, type Persondokument } from '../../domain/person/persondokument.ts';
import { type Les, valgfritt } from './xml.ts';

/**
 * Identification in immigration and D-number messages (`identifikasjon[]`): foreign or immigration-authority numbers
 * and the identity documents seen. The DUF number has an element of its own (spec §2.1); other numbers are
 * `utenlandskPersonidentifikasjon`; documents are `legitimasjonsdokument`.
 */
export interface Identifikasjonselement {
  readonly element: Elementnavn;
  readonly verdi: Elementverdi;
}

const dufType = 'utlendingsmyndighetenesIdentifikasjonsnummer';

export function personidentifikasjon(les: Les): Identifikasjonselement {
  const type = les.tekst('identifikasjonsnummertype');
  return {
    element: type === dufType ? dufType : 'utenlandskPersonidentifikasjon',
    verdi: { identifikasjonsnummer: les.tekst('identifikasjonsnummer'), identifikasjonsnummertype: type, utstederland: les.tekst('utstederland') },
  };
}

export function identifikasjonselementer(identifikasjon: readonly Les[]): Identifikasjonselement[] {
  return identifikasjon.flatMap((i) => {
    const elementer: Identifikasjonselement[] = [];
    const p = i.valgfri('personidentifikasjon');
    if (p) elementer.push(personidentifikasjon(p));
    const d = i.valgfri('dokumentgrunnlag');
    if (d) {
      elementer.push({
        element: 'legitimasjonsdokument',
        verdi: {
          ...valgfritt('identifikasjonsdokumentnummer', d.valgfriTekst('identifikasjonsdokumentnummer')),
          identifikasjonsdokumenttype: d.tekst('identifikasjonsdokumenttype'),
          utstederland: d.tekst('utstederland'),
          ...valgfritt('utstedernavn', d.valgfriTekst('utstedernavn')),
          ...valgfritt('gyldigFra', d.valgfriDato('gyldigFra')),
          ...valgfritt('gyldigTil', d.valgfriDato('gyldigTil')),
        },
      });
    }
    return elementer;
  });
}

export const dufNumre = (elementer: readonly Identifikasjonselement[]): string[] =>
  elementer.filter((e) => e.element === dufType).map((e) => String(e.verdi.identifikasjonsnummer));

/** The DUF numbers registered on a person. */
export const registrerteDufNumre = (dokument: Persondokument): string[] =>
  gjeldende(dokument, dufType).map((v) => String(v.identifikasjonsnummer));

/** Whether the person already holds this number or document (same number and issuer), so it is not added twice. */
export function harAllerede(dokument: Persondokument, e: Identifikasjonselement): boolean {
  const felt = e.element === 'legitimasjonsdokument' ? 'identifikasjonsdokumentnummer' : 'identifikasjonsnummer';
  return gjeldende(dokument, e.element).some((v) => v[felt] === e.verdi[felt] && v.utstederland === e.verdi.utstederland);
}

/** Identity basis ranks (spec §2.3): a stronger basis replaces a weaker one, never the other way. */
const rang = { ingenStatus: 0, ikkeKontrollert: 1, kontrollert: 2, unik: 3 } as const;

export function erSterkereGrunnlag(ny: string, dokument: Persondokument): boolean {
  const naa = gjeldende(dokument, 'identitetsgrunnlag')[0]?.identitetsgrunnlagstatus as keyof typeof rang | undefined;
  return (rang[ny as keyof typeof rang] ?? 0) > (naa ? rang[naa] : -1);
}
