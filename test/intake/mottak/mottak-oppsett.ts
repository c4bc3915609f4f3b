import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { freshDb, type StoreKind } from '../../support/stores.ts';
import { settAdministrator } from '../../../src/access/konsumenter/organisasjoner.ts';
import { produsentscope, SAKSBEHANDLING_SCOPE } from '../../../src/access/produsenter/scopes.ts';
import { tildelRessurs } from '../../../src/access/produsenter/tilganger.ts';
import { lesTilgangsinnstillinger } from '../../../src/access/tokens/innstillinger.ts';
import { JWT_BEARER } from '../../../src/access/tokens/jwt-bearer-grant.ts';
import { signerKlientAssertion } from '../../../src/access/tokens/klient-assertion.ts';
import { byggApp } from '../../../src/api/app.ts';
import type { Kommando, OpprettPerson } from '../../../src/domain/kommando/kommando.ts';
import { ressurser, type Ressurs } from '../../../src/intake/kontrakt.ts';
import type { Meldingsregeltabell } from '../../../src/intake/mottak/regeltabell.ts';
import { registrer } from '../../../src/register/registrer.ts';
import type { Db } from '../../../src/store/db.ts';
import { skriveoppsett } from '../../api/oppslag-oppsett.ts';
import { hentToken, ISSUER, postToken, registrerTestkonsument, Testklokke, type Testklient } from '../../access/tilgang/hjelpere.ts';
import { testregler } from './testregler.ts';

/** The producer, a second producer, and the register authority (whose case workers decide cases). */
export const PRODUSENT = '974760673';
export const ANNEN_PRODUSENT = '983544622';
export const MYNDIGHET = '974761076';

export const adresse = (adressenavn = 'Storgata', kommunenummer = '0301') => ({
  vegadresse: { kommunenummer, adressenavn, adressenummer: { husnummer: '7' }, poststed: { postnummer: '0150', poststedsnavn: 'OSLO' } },
});

const voksen = (fornavn: string, foedselsdato: string): OpprettPerson => ({
  type: 'opprettPerson', grunnlag: 'innflytting', foedselsdato, kjoenn: 'kvinne', navn: { fornavn, etternavn: 'Mottaksen' },
  statsborgerskap: ['NOR'], innflytting: { fraflyttingsland: 'SWE', dato: '2000-01-01' }, bostedsadresse: adresse(),
});

export interface Mottaksmiljoe {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly klokke: Testklokke;
  /** The producer's token for every resource. */
  readonly produsent: string;
  /** The producer's token for the death resource only. */
  readonly bareDoedsfall: string;
  readonly annenProdusent: string;
  /** A consumer token: valid, but no producer scope. */
  readonly konsument: string;
  readonly saksbehandler: string;
  readonly saksbehandler2: string;
  /** A case-work token that names no case worker. */
  readonly saksbehandlerUtenIdent: string;
  /** Five adults, all resident. */
  readonly personer: readonly string[];
  innbyggertoken(pid: string): Promise<string>;
}

export async function skrivPersoner(db: Db, kommandoer: Kommando[]): Promise<string[]> {
  const utfall = await registrer(db, kommandoer, skriveoppsett);
  return utfall.map((u) => {
    if (!u.ok) throw new Error(u.avvisning.melding);
    return u.hendelser[0]!.folkeregisteridentifikator;
  });
}

/** The whole server with test rules, real tokens of every kind, and a few persons. */
export async function byggMottaksmiljoe(db: Db, regler: Meldingsregeltabell = testregler()): Promise<Mottaksmiljoe> {
  const personer = await skrivPersoner(db, ['Anne', 'Berit', 'Cecilie', 'Dina', 'Eva'].map((n, i) => voksen(n, `198${i}-0${i + 1}-1${i}`)));
  const klokke = new Testklokke();
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '1000000' });
  const app = await byggApp({
    db, tilgang, klokke: klokke.naa,
    innsyn: { utstedere: [], audience: 'folkeregister-innsyn', acr: ['idporten-loa-high'], omfang: 'lov', utviklingsinnlogging: true },
    mottak: { regler, skriveoppsett, pollMs: 50 },
  });
  await app.ready();
  const miljoe = { app, klokke, utsteder: undefined as never, verifier: undefined as never };
  const produsent = await registrerTestkonsument(db, PRODUSENT, ['offentligMedHjemmel']);
  for (const r of ressurser) await tildelRessurs(db, PRODUSENT, r);
  const annen = await registrerTestkonsument(db, ANNEN_PRODUSENT, []);
  await tildelRessurs(db, ANNEN_PRODUSENT, 'doedsfall_v1');
  const myndighet = await registrerTestkonsument(db, MYNDIGHET, []);
  await settAdministrator(db, MYNDIGHET, true);
  const saksbehandlertoken = (sub?: string) => tokenMedSub(app, klokke, myndighet, [SAKSBEHANDLING_SCOPE], sub);
  return {
    app, db, klokke, personer,
    produsent: await hentToken(miljoe, produsent, ressurser.map(produsentscope)),
    bareDoedsfall: await hentToken(miljoe, produsent, [produsentscope('doedsfall_v1')]),
    annenProdusent: await hentToken(miljoe, annen, [produsentscope('doedsfall_v1')]),
    konsument: await hentToken(miljoe, produsent, ['folkeregister:deling/offentligmedhjemmel']),
    saksbehandler: await saksbehandlertoken('saksbehandler-1'),
    saksbehandler2: await saksbehandlertoken('saksbehandler-2'),
    saksbehandlerUtenIdent: await saksbehandlertoken(),
    async innbyggertoken(pid) {
      const svar = await app.inject({ method: 'GET', url: `/innsyn/dev/login?pid=${pid}` });
      return (svar.json() as { access_token: string }).access_token;
    },
  };
}

/** A token through the real grant whose assertion names a person (`sub`), as a case worker's client sends. */
async function tokenMedSub(app: FastifyInstance, klokke: Testklokke, klient: Testklient, scopes: string[], sub?: string): Promise<string> {
  const assertion = await signerKlientAssertion(klient.privatJwk, { klientId: klient.klientId, issuer: ISSUER, scopes, sub, naa: klokke.naa() });
  const svar = await postToken(app, { grant_type: JWT_BEARER, assertion });
  expect(svar.statusCode, svar.body).toBe(200);
  return (svar.json() as { access_token: string }).access_token;
}

export function send(app: FastifyInstance, token: string | undefined, ressurs: Ressurs | string, xml: string | Buffer, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/folkeregisteret/mottak/api/${ressurs}`,
    headers: { 'content-type': 'application/xml', accept: 'application/xml', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    payload: xml,
  });
}

export function hent(app: FastifyInstance, token: string | undefined, url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
}

export function post(app: FastifyInstance, token: string | undefined, url: string, body: unknown) {
  return app.inject({ method: 'POST', url, headers: token ? { authorization: `Bearer ${token}` } : {}, payload: body as object });
}

/** The text of the first element of that local name in an XML answer. */
export function xmlFelt(xml: string, navn: string): string | undefined {
  return new RegExp(`<(?:[\\w-]+:)?${navn}>([^<]*)</`).exec(xml)?.[1];
}

/**
 * A fresh database and the whole server for one describe block: `const t = mottaksmiljoeFor(kind)`, then `t.m` and
 * `t.db` inside the tests.
 */
export function mottaksmiljoeFor(kind: StoreKind, regler?: Meldingsregeltabell): { m: Mottaksmiljoe; db: Db } {
  const t = {} as { m: Mottaksmiljoe; db: Db };
  beforeAll(async () => {
    t.db = await freshDb(kind);
    t.m = await byggMottaksmiljoe(t.db, regler);
  });
  afterAll(async () => {
    await t.m.app.close();
    await t.db.close();
  });
  return t;
}
