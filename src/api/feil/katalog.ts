/**
 * Every error the API answers with, in one catalogue: its HTTP status, which of FREG's three error-body shapes it
 * uses (spec §1.2) and its text. `docs/feilkoder.md` lists the same codes; a test fails when the two disagree.
 *
 * Shapes: `folkeregisterFeilmelding` `{ httpStatus, alvorlighetsgrad, feilkode, feilmelding, tilleggsinformasjon? }`
 * (OpenAPI: 401/403/406 of every endpoint, and our 400/404); `errorMessageForExternalUsers`
 * `{ code, message, httpStatus, feilreferanse }` (feed 404); `fregFeil` `{ kode, melding }` (generic 500);
 * `uttrekkFeilmelding` `{ feilmelding }` (the extract endpoints' own bodies, OpenAPI `UttrekkDataResponse` and
 * `UttrekkJobbResponse`, spec §4).
 */
export const Feilform = {
  folkeregisterFeilmelding: 'folkeregisterFeilmelding',
  errorMessageForExternalUsers: 'errorMessageForExternalUsers',
  fregFeil: 'fregFeil',
  uttrekkFeilmelding: 'uttrekkFeilmelding',
} as const;
export type Feilform = (typeof Feilform)[keyof typeof Feilform];

interface Feildefinisjon {
  readonly status: number;
  readonly form: Feilform;
  readonly feilkode: string;
  readonly melding: string;
}

const ske = 'ske.folkeregister.konsument';
// Producer intake, the register authority's cases and citizens' own reports (docs/mottak.md, docs/saksbehandling.md).
const mottak = 'ske.folkeregister.mottak';

// 401, 403 and 429 are the token check's and the throttle's, one code per failure, in the same shape:
// `src/access/tokens/tilgangsfeil.ts` (documented in docs/tilgang.md).
export const feilkatalog = {
  ugyldigForespoersel: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.UgyldigForespoerselException`, melding: 'Ugyldig forespørsel' },
  ugyldigIdentifikator: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.UgyldigIdentifikatorException`, melding: 'Ugyldig fødsels- eller d-nummer' },
  forMangeIdentifikatorer: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.ForMangeIdentifikatorerException`, melding: 'Et bulkoppslag kan inneholde høyst 1000 identifikatorer' },
  forMangeTreff: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.ForMangeTreffException`, melding: 'For mange treff. Avgrens søket med flere kriterier' },
  ikkeRettTilTreff: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.IkkeRettTilTreffException`, melding: 'Kriteriene gir ikke rett til treff' },
  personIkkeFunnet: { status: 404, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.PersonIkkeFunnetException`, melding: 'Fant ikke person' },
  ikkeEntydigTreff: { status: 404, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.IkkeEntydigTreffException`, melding: 'Ukjent person, eller ikke entydig treff' },
  dokumentIkkeFunnet: { status: 404, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.DokumentIkkeFunnetException`, melding: 'Fant ikke dokument' },
  abonnementIkkeFunnet: { status: 404, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.AbonnementIkkeFunnetException`, melding: 'Fant ikke abonnement' },
  ressursIkkeFunnet: { status: 404, form: Feilform.errorMessageForExternalUsers, feilkode: 'FREG-404', melding: 'Ressursen finnes ikke' },
  ugyldigPart: { status: 406, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.UgyldigPartException`, melding: 'Ugyldig part' },
  sekvensnummerForGammelt: { status: 406, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.UlovligSekvensnummerException`, melding: 'Det er oppgitt ulovlig sekvensnummer' },
  formatIkkeStoettet: { status: 406, form: Feilform.folkeregisterFeilmelding, feilkode: `${ske}.FormatIkkeStoettetException`, melding: 'Formatet i Accept støttes ikke' },
  uttrekkIkkeKlar: { status: 404, form: Feilform.uttrekkFeilmelding, feilkode: `${ske}.UttrekkIkkeKlarException`, melding: 'Jobben er ikke ferdig, og batchen er ikke klar ennå; prøv igjen senere' },
  uttrekkFinnesIkke: { status: 410, form: Feilform.uttrekkFeilmelding, feilkode: `${ske}.UttrekkFinnesIkkeException`, melding: 'Jobben finnes ikke eller er utløpt' },
  forMangeUttrekksjobber: { status: 429, form: Feilform.uttrekkFeilmelding, feilkode: `${ske}.ForMangeUttrekksjobberException`, melding: 'Virksomheten har allerede det høyeste antallet uttrekksjobber som kjører' },
  ugyldigMelding: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.UgyldigMeldingException`, melding: 'Meldingen er ikke gyldig etter skjemaet' },
  dtdIkkeTillatt: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.DtdIkkeTillattException`, melding: 'Meldingen inneholder en DTD; det er ikke tillatt' },
  ugyldigVedlegg: { status: 400, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.UgyldigVedleggException`, melding: 'Vedleggene stemmer ikke med meldingen' },
  meldingForStor: { status: 413, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.MeldingForStorException`, melding: 'Meldingen er for stor' },
  sakIkkeFunnet: { status: 404, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.SakIkkeFunnetException`, melding: 'Fant ikke saken' },
  sakErAvsluttet: { status: 409, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.SakErAvsluttetException`, melding: 'Saken er avsluttet' },
  sakErAapen: { status: 409, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.SakErAapenException`, melding: 'Saken er allerede til manuell behandling' },
  sakTildeltAnnen: { status: 409, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.SakTildeltAnnenException`, melding: 'Saken er tildelt en annen saksbehandler' },
  sakIkkeTildelt: { status: 409, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.SakIkkeTildeltException`, melding: 'Ta saken før du beslutter den' },
  sakIkkeAutomatisk: { status: 409, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.SakIkkeAutomatiskException`, melding: 'Bare automatisk fattede vedtak kan kreves manuelt behandlet' },
  registreringAvvist: { status: 409, form: Feilform.folkeregisterFeilmelding, feilkode: `${mottak}.RegistreringAvvistException`, melding: 'Registeret avviste kommandoene; ingenting er endret' },
  internFeil: { status: 500, form: Feilform.fregFeil, feilkode: 'FREG-001', melding: 'Feil i tjenesten. Vennligst prøv igjen seinere.' },
  ikkeTilgjengelig: { status: 503, form: Feilform.fregFeil, feilkode: 'FREG-002', melding: 'Tjenesten er midlertidig utilgjengelig' },
} as const satisfies Record<string, Feildefinisjon>;

export type Feilkode = keyof typeof feilkatalog;

/** An error the API answers with: thrown by routes and plugins, rendered by the one error handler. */
export class ApiFeil extends Error {
  override readonly name = 'ApiFeil';
  constructor(
    readonly kode: Feilkode,
    /** Extra detail for the caller; never identity numbers or tokens (STYLE.md §7). */
    readonly detalj?: string,
    readonly tilleggsinformasjon?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(detalj ?? feilkatalog[kode].melding);
  }
}

/** The body of an error in its FREG shape. */
export function feilkropp(feil: ApiFeil, feilreferanse: string): Record<string, unknown> {
  const def = feilkatalog[feil.kode];
  const melding = feil.detalj ? `${def.melding}: ${feil.detalj}` : def.melding;
  switch (def.form) {
    case Feilform.folkeregisterFeilmelding:
      return {
        httpStatus: def.status,
        alvorlighetsgrad: def.status >= 500 ? 'ERROR' : 'WARNING',
        feilkode: def.feilkode,
        feilmelding: melding,
        ...(feil.tilleggsinformasjon ? { tilleggsinformasjon: feil.tilleggsinformasjon } : {}),
      };
    case Feilform.errorMessageForExternalUsers:
      return { code: def.feilkode, message: melding, httpStatus: def.status, feilreferanse };
    case Feilform.fregFeil:
      return { kode: def.feilkode, melding: def.melding };
    case Feilform.uttrekkFeilmelding:
      return { feilmelding: melding };
    default: {
      const never: never = def;
      throw new Error(`Unknown error form ${String(never)}`);
    }
  }
}
