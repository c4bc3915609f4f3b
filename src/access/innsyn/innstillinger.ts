/** How much of the audit log a citizen sees: the law's scope (§ 10-1 third paragraph) or every disclosure. */
export const Innsynsomfang = { lov: 'lov', alle: 'alle' } as const;
export type Innsynsomfang = (typeof Innsynsomfang)[keyof typeof Innsynsomfang];

/** An ID-porten-style OpenID provider whose tokens innsyn accepts, and where its signing keys are published. */
export interface Tokenutsteder {
  readonly issuer: string;
  readonly jwksUri: string;
}

export interface InnsynInnstillinger {
  readonly utstedere: readonly Tokenutsteder[];
  /** The `aud` innsyn tokens must carry (the client id or resource registered with ID-porten). */
  readonly audience: string;
  /** Accepted `acr` levels (ID-porten: `idporten-loa-substantial`, `idporten-loa-high`). */
  readonly acr: readonly string[];
  readonly omfang: Innsynsomfang;
  /** `GET /innsyn/dev/login` hands out tokens for any number: development only. */
  readonly utviklingsinnlogging: boolean;
}

/**
 * Reads the innsyn settings from the environment. `innebygdLager`: the embedded PGlite store is in use, whose
 * default is development, so the development login is on unless set off; with PostgreSQL it is off unless set on.
 */
export function lesInnsynInnstillinger(env: NodeJS.ProcessEnv, innebygdLager: boolean): InnsynInnstillinger {
  const omfang = env.FOLKEREGISTER_INNSYN_OMFANG ?? Innsynsomfang.lov;
  if (omfang !== Innsynsomfang.lov && omfang !== Innsynsomfang.alle) {
    throw new Error('FOLKEREGISTER_INNSYN_OMFANG må være lov eller alle');
  }
  const utvikling = env.FOLKEREGISTER_INNSYN_DEV_LOGIN;
  return {
    // `issuer=jwksUri` pairs separated by white space; the first `=` splits, since a JWKS URL may have a query.
    utstedere: ord(env.FOLKEREGISTER_INNSYN_UTSTEDERE).map((par) => {
      const delt = par.indexOf('=');
      if (delt <= 0) throw new Error('FOLKEREGISTER_INNSYN_UTSTEDERE: skriv utsteder=jwks-url, adskilt med mellomrom');
      return { issuer: par.slice(0, delt), jwksUri: par.slice(delt + 1) };
    }),
    audience: env.FOLKEREGISTER_INNSYN_AUDIENCE ?? 'folkeregister-innsyn',
    acr: env.FOLKEREGISTER_INNSYN_ACR ? ord(env.FOLKEREGISTER_INNSYN_ACR) : ['idporten-loa-substantial', 'idporten-loa-high'],
    omfang,
    utviklingsinnlogging: utvikling === undefined ? innebygdLager : utvikling === 'true',
  };
}

function ord(verdi: string | undefined): string[] {
  return (verdi ?? '').split(/\s+/).filter((o) => o.length > 0);
}
