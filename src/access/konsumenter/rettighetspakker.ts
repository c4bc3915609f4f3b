/**
 * The rights packages (rettighetspakker) of FREG's consumer API as data: who they are, not what they may see. Each
 * package is at once a URL prefix and a Maskinporten scope (spec §1.1); a token's scope must name the package of the
 * path it calls. What each package may see is the disclosure table's business (spec §5, DESIGN.md principle 4).
 *
 * `prefiks` is what comes before `v1/…`. Offentlig med hjemmel has its own shape (`…/offentlig-med-hjemmel/api/`),
 * the others are `…/api/{segment}/`; the prefixes end in `/` so that `privat` never matches `privatutenhjemmel`.
 */
export interface RettighetspakkeIdentitet {
  readonly forkortelse: string;
  readonly tittel: string;
  readonly prefiks: string;
  readonly scope: string;
}

export const rettighetspakker = {
  offentligMedHjemmel: {
    forkortelse: 'OMH',
    tittel: 'Offentlig og privat virksomhet med hjemmel',
    prefiks: '/folkeregisteret/offentlig-med-hjemmel/api/',
    scope: 'folkeregister:deling/offentligmedhjemmel',
  },
  offentligUtenHjemmel: {
    forkortelse: 'OUH',
    tittel: 'Offentlig virksomhet uten hjemmel',
    prefiks: '/folkeregisteret/api/offentligutenhjemmel/',
    scope: 'folkeregister:deling/offentligutenhjemmel',
  },
  privatUtenHjemmel: {
    forkortelse: 'PUH',
    tittel: 'Privat virksomhet uten hjemmel',
    prefiks: '/folkeregisteret/api/privatutenhjemmel/',
    scope: 'folkeregister:deling/privatutenhjemmel',
  },
  privat: {
    forkortelse: 'PRI',
    tittel: 'Privat virksomhet',
    prefiks: '/folkeregisteret/api/privat/',
    scope: 'folkeregister:deling/privat',
  },
  privatUtenFolkeregisteridentifikator: {
    forkortelse: 'PRI-u',
    tittel: 'Privat virksomhet uten folkeregisteridentifikator',
    prefiks: '/folkeregisteret/api/privatutenfolkeregisteridentifikator/',
    scope: 'folkeregister:deling/privatutenfolkeregisteridentifikator',
  },
  finans: {
    forkortelse: 'FIN',
    tittel: 'Finans',
    prefiks: '/folkeregisteret/api/finans/',
    scope: 'folkeregister:deling/finans',
  },
  presse: {
    forkortelse: 'PRE',
    tittel: 'Presse',
    prefiks: '/folkeregisteret/api/presse/',
    scope: 'folkeregister:deling/presse',
  },
  presseUtenFolkeregisteridentifikator: {
    forkortelse: 'PRE-u',
    tittel: 'Presse uten folkeregisteridentifikator',
    prefiks: '/folkeregisteret/api/presseutenfolkeregisteridentifikator/',
    scope: 'folkeregister:deling/presseutenfolkeregisteridentifikator',
  },
  utstederAvElektroniskIdentitetsbevis: {
    forkortelse: 'EID',
    tittel: 'Utsteder av elektronisk identitetsbevis (eID)',
    prefiks: '/folkeregisteret/api/eid/',
    scope: 'folkeregister:deling/utstedereid',
  },
  // Not in Skatteetaten's public table; seen in SSB's client (spec §1.1, §1.3 "BRSV").
  svalbardregister: {
    forkortelse: 'BRSV',
    tittel: 'Befolkningsregisteret for Svalbard',
    prefiks: '/folkeregisteret/api/brsv/',
    scope: 'folkeregister:deling/svalbardregister',
  },
} as const satisfies Record<string, RettighetspakkeIdentitet>;

export type Rettighetspakke = keyof typeof rettighetspakker;

export const rettighetspakkenavn = Object.keys(rettighetspakker) as Rettighetspakke[];

/** The package names as an enum object (STYLE.md §4): `Rettighetspakke.finans`, never a bare string. */
export const Rettighetspakke = Object.freeze(Object.fromEntries(rettighetspakkenavn.map((n) => [n, n]))) as {
  readonly [N in Rettighetspakke]: N;
};

export function erRettighetspakke(navn: unknown): navn is Rettighetspakke {
  return typeof navn === 'string' && Object.hasOwn(rettighetspakker, navn);
}

const etterScope = new Map<string, Rettighetspakke>(rettighetspakkenavn.map((n) => [rettighetspakker[n].scope, n]));

/** The package a Maskinporten scope names; undefined for any other scope (`….segmentansvarlig` included). */
export function finnRettighetspakkeForScope(scope: string): Rettighetspakke | undefined {
  return etterScope.get(scope);
}

/** The package whose prefix a request path (query string allowed) starts with. */
export function finnRettighetspakkeForSti(sti: string): Rettighetspakke | undefined {
  const bane = sti.split('?', 1)[0]!;
  return rettighetspakkenavn.find((n) => bane.startsWith(rettighetspakker[n].prefiks));
}
