import { parseArgs } from 'node:util';
import type { Io } from '../cli.ts';
import { Organisasjonsnummer } from '../access/konsumenter/organisasjonsnummer.ts';
import { finnRettighetspakkeForScope, type Rettighetspakke } from '../access/konsumenter/rettighetspakker.ts';
import { ADMIN_SCOPE, delScope } from '../access/tokens/access-token.ts';
import { ressursForScope, SAKSBEHANDLING_SCOPE } from '../access/produsenter/scopes.ts';
import { lesTilgangsinnstillinger } from '../access/tokens/innstillinger.ts';
import { OAuthFeil } from '../access/tokens/oauth-feil.ts';
import { utstedUtviklingstoken } from '../access/tokens/utviklingstoken.ts';
import { medKonsumentDb, type KonsumentOptions } from './konsument.ts';

export interface TokenOptions extends KonsumentOptions {
  naa?: () => Date;
}

const bruk = `Bruk: folkeregister token --scope SCOPE [--scope SCOPE…] --org ORGNR [--leverandoer ORGNR] [--sub IDENT] [--json]
  SCOPE: folkeregister:deling/offentligmedhjemmel, …/finans, … (spec §1.1), folkeregister:admin,
         folkeregister:mottak/<ressurs> (produsent, docs/mottak.md) eller folkeregister:saksbehandling (med --sub).
  Skriver et access token fra den innebygde token-tjenesten for en utviklingsklient (opprettes ved behov).`;

/**
 * `folkeregister token`: a working access token for development, through the real grant. It registers the
 * organisation, grants the scopes' packages (delegates them with --leverandoer), makes the development client, signs
 * an assertion with the client's key and runs it through the same JWT-bearer grant as `POST /token`.
 */
export async function tokenCommand(args: string[], io: Io, options: TokenOptions = {}): Promise<number> {
  let flagg;
  try {
    flagg = parseArgs({
      args,
      strict: true,
      options: {
        scope: { type: 'string', multiple: true },
        org: { type: 'string' },
        leverandoer: { type: 'string' },
        sub: { type: 'string' },
        json: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n${bruk}`);
    return 2;
  }
  const scopes = [...new Set((flagg.scope ?? []).flatMap(delScope))];
  const org = Organisasjonsnummer.parse(flagg.org);
  const leverandoer = flagg.leverandoer === undefined ? undefined : Organisasjonsnummer.parse(flagg.leverandoer);
  const pakker = scopes.map(finnRettighetspakkeForScope);
  const ukjent = scopes.filter(
    (s, i) => s !== ADMIN_SCOPE && s !== SAKSBEHANDLING_SCOPE && pakker[i] === undefined && ressursForScope(s) === undefined,
  );
  if (!org || scopes.length === 0 || ukjent.length > 0 || (flagg.leverandoer !== undefined && !leverandoer)) {
    io.err(ukjent.length > 0 ? `Ukjent scope: ${ukjent.join(' ')}\n${bruk}` : bruk);
    return 2;
  }
  const innstillinger = lesTilgangsinnstillinger(options.env ?? process.env);
  if (!innstillinger.innebygdUtsteder) {
    io.err('Den innebygde token-tjenesten er av (eksterne utstedere er konfigurert): hent token fra Maskinporten.');
    return 1;
  }
  const innebygd = innstillinger.innebygdUtsteder;
  const naa = options.naa ?? (() => new Date());
  return medKonsumentDb(options, async (db) => {
    const svar = await utstedUtviklingstoken(db, innebygd, innstillinger.klokkeslakkSekunder, {
      scopes,
      pakker: pakker.filter((p): p is Rettighetspakke => p !== undefined),
      organisasjonsnummer: org,
      leverandoer,
      sub: flagg.sub,
      naa,
    }).catch((error: unknown) => {
      if (error instanceof OAuthFeil) return error;
      throw error;
    });
    if (svar instanceof OAuthFeil) {
      io.err(`Token-tjenesten avviste: ${svar.error}: ${svar.message}`);
      return 1;
    }
    io.out(flagg.json ? JSON.stringify(svar) : svar.access_token);
    return 0;
  });
}
