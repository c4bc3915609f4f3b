import { Identifikatorstatus, Personstatus } from './kodeverk.ts';

/**
 * Legacy status codes → FREG statuses, for importing data from the old central register (DSF, numeric codes) or
 * from NAV's copy of it (TPS, letter codes). Unknown codes are refused as values, never guessed.
 *
 * Sources: Skatteetaten, "Informasjonsfelter og statuskoder" (folkeregisteret-api-dokumentasjon, removed page
 * `src/om-tjenestene/informasjonsfelter-og-statuskoder.md`, table "Personstatuser og identifikatorstatuser");
 * forskrift om folkeregistrering 2007-11-09 nr. 1268 § 2-1 (the DSF code lists); NAV's PDL documentation
 * "Folkeregisterpersonstatus", table "Overgang fra TPS til PDL på kodeverk".
 */

export const Statuskodeverk = {
  /** DSF registreringsstatus for person med fødselsnummer (1, 3–9). */
  dsfFoedselsnummerstatus: 'dsfFoedselsnummerstatus',
  /** DSF registreringsstatus for person med D-nummer: the person's status (1 aktiv, 2 død, 3 inaktiv, 4 savnet). */
  dsfDNummerRegistreringsstatus: 'dsfDNummerRegistreringsstatus',
  /** DSF D-nummerstatus: the number's own status (2 i bruk; 5, 6, 7, 9 utgått). */
  dsfDNummerstatus: 'dsfDNummerstatus',
  /** TPS personstatus (BOSA, UTVA, …). */
  tpsPersonstatus: 'tpsPersonstatus',
} as const;
export type Statuskodeverk = (typeof Statuskodeverk)[keyof typeof Statuskodeverk];

export type Statusoversettelse = { status: Personstatus; identifikatorstatus?: Identifikatorstatus };

export type Statuskodeavvisning =
  | { avvisning: 'ukjentStatuskode'; kodeverk: Statuskodeverk; kode: string }
  /** A known code for something FREG gives no person status (TPS ABNR, UFUL). */
  | { avvisning: 'ingenFolkeregisterstatus'; kodeverk: Statuskodeverk; kode: string };

const { bosatt, utflyttet, forsvunnet, doed, opphoert, foedselsregistrert, midlertidig, inaktiv, ikkeBosatt } =
  Personstatus;
const { iBruk } = Identifikatorstatus;

/** Skatteetaten's table; code 6 "utgått fødselsnummer" also ceases the number. */
export const dsfFoedselsnummerstatus = {
  '1': { status: bosatt, identifikatorstatus: iBruk },
  '3': { status: utflyttet, identifikatorstatus: iBruk }, // "utvandret"
  // Skatteetaten's table leaves the person status blank (FREG had no such status yet); forsvunnet is its successor.
  '4': { status: forsvunnet, identifikatorstatus: iBruk },
  '5': { status: doed, identifikatorstatus: iBruk },
  '6': { status: opphoert, identifikatorstatus: Identifikatorstatus.opphoert },
  '7': { status: foedselsregistrert, identifikatorstatus: iBruk },
  '8': { status: ikkeBosatt, identifikatorstatus: iBruk }, // "annullert tilgang"
  '9': { status: ikkeBosatt, identifikatorstatus: iBruk }, // "uregistrert person"
} as const satisfies Record<string, Statusoversettelse>;

/**
 * Skatteetaten's table gives 1, 2 and 3; code 4 "savnet" is from the 2007 regulation. (Spec §2.5 maps 4 to
 * inaktiv; both primary sources say 3 is inaktiv and 4 is missing, so we follow them.)
 */
export const dsfDNummerRegistreringsstatus = {
  '1': { status: midlertidig }, // "aktiv": renamed midlertidig by FREG (DOC spm-og-svar, statuskoder)
  '2': { status: doed },
  '3': { status: inaktiv },
  '4': { status: forsvunnet }, // "savnet"
} as const satisfies Record<string, Statusoversettelse>;

export const dsfDNummerstatus = {
  '2': iBruk,
  '5': Identifikatorstatus.opphoert, // utgått, linked to a fødselsnummer
  '6': Identifikatorstatus.opphoert, // utgått, duplicate
  '7': Identifikatorstatus.opphoert, // utgått, avgang
  '9': Identifikatorstatus.opphoert, // utgått, corrected to a new D-nummer
} as const satisfies Record<string, Identifikatorstatus>;

/**
 * PDL's table, with letter Ø written OE (the project's transliteration). ADNR ("aktivt D-nummer") is listed by PDL
 * against both midlertidig and inaktiv; TPS did not know inaktiv, so an active D-number is midlertidig.
 */
export const tpsPersonstatus = {
  BOSA: { status: bosatt },
  UTVA: { status: utflyttet },
  FOSV: { status: forsvunnet },
  DOED: { status: doed },
  DOEDD: { status: doed }, // død, D-nummer
  UTPE: { status: opphoert, identifikatorstatus: Identifikatorstatus.opphoert }, // utgått person (DSF 6)
  ADNR: { status: midlertidig },
  UREG: { status: ikkeBosatt }, // uregistrert (DSF 9)
  UTAN: { status: ikkeBosatt }, // utgått person, annullert tilgang (DSF 8)
  FOEDR: { status: foedselsregistrert },
} as const satisfies Record<string, Statusoversettelse>;

/** ABNR (aktivt bostnummer) and UFUL: TPS-only persons that FREG does not hold (PDL: "utgår"). */
const tpsUtenFolkeregisterstatus = ['ABNR', 'UFUL'];

function slaaOpp<T>(tabell: Record<string, T>, kodeverk: Statuskodeverk, kode: string): T | Statuskodeavvisning {
  return Object.hasOwn(tabell, kode) ? (tabell[kode] as T) : { avvisning: 'ukjentStatuskode', kodeverk, kode };
}

export function statusFraDsfFoedselsnummerstatus(kode: string | number) {
  const k = String(kode).trim();
  return slaaOpp<Statusoversettelse>(dsfFoedselsnummerstatus, Statuskodeverk.dsfFoedselsnummerstatus, k);
}

export function statusFraDsfDNummerRegistreringsstatus(kode: string | number) {
  const k = String(kode).trim();
  return slaaOpp<Statusoversettelse>(dsfDNummerRegistreringsstatus, Statuskodeverk.dsfDNummerRegistreringsstatus, k);
}

export function identifikatorstatusFraDsfDNummerstatus(
  kode: string | number,
): { identifikatorstatus: Identifikatorstatus } | Statuskodeavvisning {
  const svar = slaaOpp<Identifikatorstatus>(dsfDNummerstatus, Statuskodeverk.dsfDNummerstatus, String(kode).trim());
  return typeof svar === 'string' ? { identifikatorstatus: svar } : svar;
}

/** Accepts `DØD`/`DOED`, `FØDR`/`FOEDR`, any case, surrounding blanks. */
export function statusFraTpsPersonstatus(kode: string): Statusoversettelse | Statuskodeavvisning {
  const k = kode.trim().toUpperCase().replaceAll('Ø', 'OE');
  if (tpsUtenFolkeregisterstatus.includes(k)) {
    return { avvisning: 'ingenFolkeregisterstatus', kodeverk: Statuskodeverk.tpsPersonstatus, kode };
  }
  const svar = slaaOpp<Statusoversettelse>(tpsPersonstatus, Statuskodeverk.tpsPersonstatus, k);
  return 'avvisning' in svar ? { ...svar, kode } : svar; // report the code as received
}
