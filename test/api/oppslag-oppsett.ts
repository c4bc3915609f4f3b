import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { byggApp, type AppOptions } from '../../src/api/app.ts';
import { rettighetspakkenavn, rettighetspakker, type Rettighetspakke } from '../../src/access/konsumenter/rettighetspakker.ts';
import { lesTilgangsinnstillinger } from '../../src/access/tokens/innstillinger.ts';
import { registrer, type Skriveoppsett } from '../../src/register/registrer.ts';
import { identifikatortildeler } from '../../src/register/identifikatorer.ts';
import type { Kommando, OpprettPerson } from '../../src/domain/kommando/kommando.ts';
import type { Db } from '../../src/store/db.ts';
import { hentToken, ISSUER, registrerTestkonsument, Testklokke, type Testklient, type Testmiljoe } from '../access/tilgang/hjelpere.ts';

/**
 * The whole server as a consumer meets it: real tokens from the embedded token service, persons written through the
 * register's write path, lookups over HTTP.
 */
export const KONSUMENT = '999888999';

export const skriveoppsett: Skriveoppsett = {
  tildelIdentifikatorer: identifikatortildeler({ regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }),
  klokke: () => new Date('2026-11-23T11:00:00Z'),
};

export const adresse = (adressenavn: string, kommunenummer = '0301') => ({
  vegadresse: { kommunenummer, adressenavn, adressenummer: { husnummer: '7' }, poststed: { postnummer: '0150', poststedsnavn: 'OSLO' } },
});

const voksen = (fornavn: string, kjoenn: 'kvinne' | 'mann', gata: string, grunnlag: OpprettPerson['grunnlag'] = 'innflytting'): OpprettPerson => ({
  type: 'opprettPerson', grunnlag, foedselsdato: kjoenn === 'kvinne' ? '1980-04-05' : '1978-09-10', kjoenn,
  navn: { fornavn, etternavn: 'Oppslagsen' }, statsborgerskap: ['NOR'],
  ...(grunnlag === 'innflytting' ? { innflytting: { fraflyttingsland: 'SWE', dato: '2000-01-01' }, bostedsadresse: adresse(gata) } : {}),
});

export type Persontype = 'ugradert' | 'fortrolig' | 'strengtFortrolig' | 'midlertidig' | 'forsvunnet';
export const persontyper: Persontype[] = ['ugradert', 'fortrolig', 'strengtFortrolig', 'midlertidig', 'forsvunnet'];

export interface Oppslagsmiljoe extends Testmiljoe {
  readonly personer: Record<Persontype, string>;
  readonly tokens: Record<Rettighetspakke, string>;
  readonly klient: Testklient;
}

/** Writes commands through the register and returns each one's first event's number; a refusal fails the test. */
export async function skriv(db: Db, kommandoer: Kommando[]): Promise<string[]> {
  const utfall = await registrer(db, kommandoer, skriveoppsett);
  return utfall.map((u) => {
    if (!u.ok) throw new Error(u.avvisning.melding);
    return u.hendelser[0]!.folkeregisteridentifikator;
  });
}

/** Persons of every kind the access rules tell apart, each with history, and a consumer holding every package. */
export async function byggOppslagsmiljoe(db: Db, tillegg: Partial<AppOptions> = {}): Promise<Oppslagsmiljoe> {
  const [ugradert, ektefelle, fortrolig, strengt, midlertidig, forsvunnet] = await skriv(db, [
    voksen('Ugradert', 'kvinne', 'Aapengata'),
    voksen('Ektefelle', 'mann', 'Aapengata'),
    voksen('Fortrolig', 'kvinne', 'Hemmeligveien'),
    voksen('Strengt', 'kvinne', 'Skjultgata'),
    voksen('Midlertidig', 'mann', '', 'dNummer'),
    voksen('Forsvunnet', 'mann', 'Borteveien'),
  ]);
  await skriv(db, [
    { type: 'vigsel', personer: [ugradert!, ektefelle!], dato: '2010-06-01' },
    { type: 'flytte', person: ugradert!, bostedsadresse: adresse('Nyveien', '4601'), flyttedato: '2020-01-01' },
    { type: 'adressebeskyttelse', person: fortrolig!, graderingsnivaa: 'fortrolig' },
    { type: 'adressebeskyttelse', person: strengt!, graderingsnivaa: 'strengtFortrolig', postadresse: { postboksadresse: { postboks: '4000', postbokseier: 'SEKRETARIATET', poststed: { postnummer: '0030', poststedsnavn: 'OSLO' } } } },
    { type: 'endreStatus', person: forsvunnet!, status: 'forsvunnet' },
  ]);
  const klokke = new Testklokke();
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '1000000' });
  const app = await byggApp({ db, tilgang, klokke: klokke.naa, innsyn: { utstedere: [], audience: 'folkeregister-innsyn', acr: ['idporten-loa-high'], omfang: 'lov', utviklingsinnlogging: true }, ...tillegg });
  await app.ready();
  const klient = await registrerTestkonsument(db, KONSUMENT, [...rettighetspakkenavn]);
  const miljoe = { app, klokke, utsteder: undefined as never, verifier: undefined as never };
  const tokens = {} as Record<Rettighetspakke, string>;
  for (const pakke of rettighetspakkenavn) tokens[pakke] = await hentToken(miljoe, klient, [rettighetspakker[pakke].scope]);
  return {
    ...miljoe,
    klient,
    tokens,
    personer: { ugradert: ugradert!, fortrolig: fortrolig!, strengtFortrolig: strengt!, midlertidig: midlertidig!, forsvunnet: forsvunnet! },
  };
}

export function url(pakke: Rettighetspakke, sti: string): string {
  return `${rettighetspakker[pakke].prefiks}v1/${sti}`;
}

export function hent(app: FastifyInstance, token: string | undefined, method: 'GET' | 'POST' | 'PUT' | 'DELETE', sti: string, body?: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method,
    url: sti,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

export function forventStatus(svar: { statusCode: number; body: string }, status: number): void {
  expect(svar.statusCode, svar.body.slice(0, 300)).toBe(status);
}
