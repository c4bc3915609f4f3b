import { byggApp } from '../src/api/app.ts';
import { lesTilgangsinnstillinger } from '../src/access/tokens/innstillinger.ts';
import type { Db } from '../src/store/db.ts';
import type { Befolkning } from './befolkning.ts';
import { standardUttrekkInnstillinger } from '../src/uttrekk/innstillinger.ts';
import type { Maaling } from './maaling.ts';
import { hentToken } from './oppslag.bench.ts';

const ISSUER = 'http://folkeregister.bench/';

/**
 * Extract jobs as a consumer runs them, over real HTTP with a real token, the server's own worker and the audit log:
 * a tailored extract of every resident of Oslo (0301), and a complete extract, each timed from the order to the `{}`
 * after the last batch while reading batches as they become ready (as SSB's client does, without its 15 s pauses).
 * The population is `1000 × skala` residents from the seeder (`--skala 1000` for a million; seeding that into
 * PostgreSQL takes a quarter of an hour, see docs/ytelse.md).
 */
export async function uttrekkBenk(db: Db, store: string, _skala: number, { antall }: Befolkning): Promise<Maaling[]> {
  const [{ n: identiteter }] = (await db.query<{ n: number }>('select count(*)::int as n from person')) as [{ n: number }];
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: ISSUER, FOLKEREGISTER_IP_GRENSE: '100000000' });
  const app = await byggApp({ db, tilgang, uttrekk: { ...standardUttrekkInnstillinger, pollMs: 50 } });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const headers = { authorization: `Bearer ${await hentToken(db, tilgang)}`, 'content-type': 'application/json' };
    const prefiks = `${base}/folkeregisteret/offentlig-med-hjemmel/api/v1/uttrekk`;
    const kjoer = async (bestilling: Promise<Response>) => {
      const start = performance.now();
      const { jobbId } = (await (await bestilling).json()) as { jobbId: string };
      let ider = 0;
      let batcher = 0;
      for (let n = 0; ; ) {
        const svar = await fetch(`${prefiks}/${jobbId}/batch/${n}`, { headers });
        if (svar.status === 404) {
          await svar.arrayBuffer();
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        if (svar.status !== 200) throw new Error(`batch ${n}: ${svar.status} ${await svar.text()}`);
        const liste = Object.values((await svar.json()) as Record<string, string[]>)[0];
        if (!liste || liste.length === 0) break;
        ider += liste.length;
        batcher++;
        n++;
      }
      return { sekunder: (performance.now() - start) / 1000, ider, batcher };
    };
    const oslo = await kjoer(fetch(`${prefiks}/tilpasset`, {
      method: 'POST', headers, body: JSON.stringify({ personstatustyper: ['bosatt'], kommunenummer: { bostedskommunenummer: '0301' } }),
    }));
    const komplett = await kjoer(fetch(`${prefiks}/komplett`, { headers }));
    const [{ n: rader }] = (await db.query<{ n: number }>(`select count(*)::int as n from revisjonslogg where tjeneste = 'uttrekk'`)) as [{ n: number }];
    return [
      { store, navn: `uttrekk: personer i registeret (${antall} bosatte)`, enhet: 'personer', verdi: identiteter },
      { store, navn: 'uttrekk tilpasset, bosatte i Oslo: tid til siste batch', enhet: 's', verdi: oslo.sekunder },
      { store, navn: 'uttrekk tilpasset, bosatte i Oslo: treff', enhet: 'personer', verdi: oslo.ider },
      { store, navn: 'uttrekk tilpasset, registeret gjennomsøkt', enhet: 'personer/s', verdi: identiteter / oslo.sekunder },
      { store, navn: 'uttrekk komplett: tid til siste batch', enhet: 's', verdi: komplett.sekunder },
      { store, navn: 'uttrekk komplett', enhet: 'dokumenter/s', verdi: komplett.ider / komplett.sekunder },
      { store, navn: 'uttrekk: revisjonsrader (skal være treff + dokumenter)', enhet: 'rader', verdi: rader },
      { store, navn: 'uttrekk: avvik (rader − treff − dokumenter, skal være 0)', enhet: 'rader', verdi: rader - oslo.ider - komplett.ider },
    ];
  } finally {
    await app.close();
  }
}
