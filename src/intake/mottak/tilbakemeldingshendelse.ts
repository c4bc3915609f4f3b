import type { Begrunnelse } from '../kontrakt.ts';
import type { Beslutning } from './saker.ts';
import type { Tilbakemeldingskontrakt } from './ressurstabell.ts';

/**
 * The feedback events of a case (spec §8.2), as FREG's JSON feed carries them in `hendelseinfo`, one shape per
 * `HendelserISak*` contract; `tilbakemelding-xml.ts` renders the same values in the contract's XML. Pure.
 */
export interface Saksreferanse {
  /** `sakstype` of the folkeregistrering contract: the resource the message came in on (e.g. `doedsfall_v1`). */
  readonly sakstype: string;
  readonly saksnummer: number;
  readonly opprettet: string;
  readonly avsendersSaksreferanse?: string | undefined;
  readonly avsendersMeldingsidentifikator: string;
  readonly folkeregisterReferanse: string;
}

/** A person the case created (a D-number or fødselsnummer) or changed (a D-number person). */
export interface Registrertperson {
  readonly nummer: string;
  readonly identifikatortype: 'foedselsnummer' | 'dNummer';
  /** The number's encoded birth date differs from the person's (a date was taken from another series). */
  readonly avvikerFraFoedselsdato: boolean;
  readonly registreringstidspunkt: string;
  readonly gyldighetstidspunkt: string;
}

export type Saksutfall =
  | { readonly type: 'manuell'; readonly saksfrist: string; readonly begrunnelser: readonly Begrunnelse[] }
  | {
      readonly type: 'beslutning';
      readonly beslutning: Beslutning;
      readonly tidspunkt: string;
      readonly begrunnelser: readonly Begrunnelse[];
      readonly opprettet?: Registrertperson | undefined;
      readonly endret?: Registrertperson | undefined;
    };

export interface Tilbakemeldingshendelse {
  readonly kontrakt: Tilbakemeldingskontrakt;
  readonly hendelseinfo: Record<string, unknown>;
}

// The D-number contract's only reasons for manual handling (HendelserISakOmDNummerRekvisisjon_3.0.xsd).
const dNummerGrunner = new Set(['dufNummerIBruk', 'muligDublett']);

const erPositiv = (b: Beslutning) => b === 'godkjent' || b === 'registrert';

export function tilbakemeldingshendelse(
  kontrakt: Tilbakemeldingskontrakt,
  sak: Saksreferanse,
  utfall: Saksutfall,
): Tilbakemeldingshendelse {
  // The D-number-change contract has no manual-handling event; FREG sends those in the folkeregistrering contract.
  const brukt = kontrakt === 'endringAvDNummerPerson' && utfall.type === 'manuell' ? 'folkeregistrering' : kontrakt;
  const meldingsreferanse = {
    avsendersMeldingsidentifikator: sak.avsendersMeldingsidentifikator,
    folkeregisterReferanse: sak.folkeregisterReferanse,
  };
  const saksdel = {
    ...(brukt === 'folkeregistrering' ? { sakstype: sak.sakstype } : {}),
    saksnummer: String(sak.saksnummer),
    opprettet: sak.opprettet,
    ...(sak.avsendersSaksreferanse ? { avsendersSaksreferanse: sak.avsendersSaksreferanse } : {}),
    meldingsreferanse,
  };
  return { kontrakt: brukt, hendelseinfo: { sak: saksdel, ...utfallsdel(brukt, utfall) } };
}

function utfallsdel(kontrakt: Tilbakemeldingskontrakt, utfall: Saksutfall): Record<string, unknown> {
  if (utfall.type === 'manuell') {
    if (kontrakt === 'dNummerRekvisisjon') {
      // The contract allows one reason of two; any other reason of the rules is reported as a possible duplicate,
      // the only one that says "a person may already exist" (docs/mottak.md).
      const grunn = utfall.begrunnelser.map((b) => b.kode).find((k) => dNummerGrunner.has(k)) ?? 'muligDublett';
      return { sakTilManuellBehandling: { saksfrist: utfall.saksfrist, begrunnelse: grunn } };
    }
    return { sakTilManuellBehandling: { saksfrist: utfall.saksfrist, begrunnelse: utfall.begrunnelser.map(begrunnelse) } };
  }
  const felles = { beslutning: utfall.beslutning, beslutningstidspunkt: utfall.tidspunkt };
  const tekst = utfall.begrunnelser.map((b) => b.tekst).join('; ') || standardtekst[utfall.beslutning];
  switch (kontrakt) {
    case 'dNummerRekvisisjon':
      return {
        saksbeslutning: {
          ...felles,
          ...(erPositiv(utfall.beslutning) && utfall.opprettet
            ? {
                skalTildeleDNummer: {
                  dNummer: utfall.opprettet.nummer,
                  registreringstidspunkt: utfall.opprettet.registreringstidspunkt,
                  gyldighetstidspunkt: utfall.opprettet.gyldighetstidspunkt,
                  tildeltDnummerAvvikerFraFoedselsdato: utfall.opprettet.avvikerFraFoedselsdato,
                },
              }
            : { skalIkkeTildeleDNummer: { begrunnelse: tekst } }),
        },
      };
    case 'endringAvDNummerPerson':
      return {
        saksbeslutning: {
          ...felles,
          ...(erPositiv(utfall.beslutning) && utfall.endret
            ? {
                skalEndrePersoninformasjon: {
                  dNummer: utfall.endret.nummer,
                  registreringstidspunkt: utfall.endret.registreringstidspunkt,
                  gyldighetstidspunkt: utfall.endret.gyldighetstidspunkt,
                },
              }
            : { skalIkkeEndrePersoninformasjon: { avvisningskode: utfall.begrunnelser[0]?.kode ?? utfall.beslutning, begrunnelse: tekst } }),
        },
      };
    case 'folkeregistrering':
      return {
        saksbeslutning: {
          ...felles,
          resultatkode: utfall.begrunnelser[0]?.kode ?? utfall.beslutning,
          resultatbeskrivelse: tekst,
          begrunnelse: utfall.begrunnelser.map(begrunnelse),
          ...(utfall.opprettet
            ? {
                opprettetFolkeregisterperson: {
                  foedselsEllerDNummer: utfall.opprettet.nummer,
                  identifikatortype: utfall.opprettet.identifikatortype,
                  tildeltIdentifikatorAvvikerFraFoedselsdato: utfall.opprettet.avvikerFraFoedselsdato,
                },
              }
            : {}),
        },
      };
    default: {
      const never: never = kontrakt;
      throw new Error(`Unknown feedback contract ${String(never)}`);
    }
  }
}

const begrunnelse = (b: Begrunnelse) => ({ begrunnelseskode: b.kode, begrunnelsesnavn: b.tekst });

const standardtekst: Record<Beslutning, string> = {
  registrert: 'Meldingen er registrert i Folkeregisteret',
  godkjent: 'Saken er godkjent og registrert',
  avslaatt: 'Saken er avslått',
  avvist: 'Meldingen er avvist',
};
