import { byggApp } from '../src/api/app.ts';
import { lesTilgangsinnstillinger } from '../src/access/tokens/innstillinger.ts';
import type { Db } from '../src/store/db.ts';
import type { Befolkning } from './befolkning.ts';
import { kjoerLast } from './last.ts';
import type { Maaling } from './maaling.ts';
import { hentToken } from './oppslag.bench.ts';

/**
 * Person search as a consumer makes it: real HTTP on loopback, a real token, the gate and one audit row per hit.
 * The population is the synthetic one, `1000 × skala` residents plus the dead, emigrated and D-numbered it brings
 * (`--skala 1000 --store postgres` for a million). Queries are drawn from persons in the register: full name,
 * the same phonetically, and street prefix with house number and postcode.
 */
export async function soekBenk(db: Db, store: string, skala: number): Promise<Maaling[]> {
  const [{ n: personer } = { n: 0 }] = await db.query<{ n: number }>('select count(*)::int as n from soek_person');
  const utvalg = await soekeutvalg(db);
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: 'http://folkeregister.bench/', FOLKEREGISTER_IP_GRENSE: '100000000' });
  const app = await byggApp({ db, tilgang });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const headers = { authorization: `Bearer ${await hentToken(db, tilgang)}` };
    const sti = `${base}/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/soek?`;
    const sekunder = Math.max(3, Math.min(20, skala / 2));
    const spoerringer = {
      navn: (u: Utvalg) => ({ navn: `${u.fornavn} ${u.etternavn}` }),
      'navn fonetisk': (u: Utvalg) => ({ navn: `${u.fornavn} ${u.etternavn}`, soekFonetisk: 'true' }),
      adresse: (u: Utvalg) => ({ adressenavn: u.adressenavn.slice(0, 5), husnummer: u.husnummer, postnummer: u.postnummer }),
      etternavn: (u: Utvalg) => ({ navn: u.etternavn, kommunenummer: u.kommunenummer }),
    };
    const maalinger: Maaling[] = [
      { store, navn: 'soek: personer i projeksjonen', enhet: 'personer', verdi: personer },
    ];
    for (const [navn, lag] of Object.entries(spoerringer)) {
      const url = (i: number) => sti + new URLSearchParams(lag(utvalg[i % utvalg.length]!));
      const treff = await Promise.all(utvalg.slice(0, 50).map(async (_, i) => (await (await fetch(url(i), { headers })).json()).foedselsEllerDNummer?.length ?? 0));
      const last = await kjoerLast(sekunder, 8, (i) => fetch(url(i), { headers }));
      maalinger.push(
        { store, navn: `soek ${navn}: median, 8 samtidige`, enhet: 'ms', verdi: last.medianMs },
        { store, navn: `soek ${navn}: p99`, enhet: 'ms', verdi: last.p99Ms },
        { store, navn: `soek ${navn}`, enhet: 'søk/s', verdi: last.perSekund },
        { store, navn: `soek ${navn}: treff i snitt`, enhet: 'treff', verdi: treff.reduce((a, b) => a + b, 0) / treff.length },
        { store, navn: `soek ${navn}: feil (skal være 0)`, enhet: 'svar', verdi: last.feil },
      );
    }
    return maalinger;
  } finally {
    await app.close();
  }
}

interface Utvalg {
  fornavn: string;
  etternavn: string;
  adressenavn: string;
  husnummer: string;
  postnummer: string;
  kommunenummer: string;
}

/** Up to 500 living persons with a street address, spread over the register by person id. */
async function soekeutvalg(db: Db): Promise<Utvalg[]> {
  const rader = await db.query<{ dokument: string }>(
    `select d.dokument::text as dokument from person p join persondokument d on d.dokumentidentifikator = p.dokumentidentifikator
      where p.person_id % 97 = 0 and d.dokument @? '$.bostedsadresse[*].vegadresse.adressenummer' limit 500`,
  );
  return rader.flatMap(({ dokument }) => {
    const d = JSON.parse(dokument);
    const navn = d.navn?.find((n: { erGjeldende?: boolean }) => n.erGjeldende !== false);
    const veg = d.bostedsadresse?.find((a: { erGjeldende?: boolean }) => a.erGjeldende !== false)?.vegadresse;
    if (!navn || !veg?.adressenummer || !veg.poststed?.postnummer || d.doedsfall?.length) return [];
    return [{
      fornavn: String(navn.fornavn).split(' ')[0]!,
      etternavn: String(navn.etternavn).split(' ').at(-1)!,
      adressenavn: veg.adressenavn,
      husnummer: `${veg.adressenummer.husnummer}${veg.adressenummer.husbokstav ?? ''}`,
      postnummer: veg.poststed.postnummer,
      kommunenummer: veg.kommunenummer,
    }];
  });
}
