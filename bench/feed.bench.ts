import { byggApp } from '../src/api/app.ts';
import { rettighetspakker, type Rettighetspakke } from '../src/access/konsumenter/rettighetspakker.ts';
import { lesTilgangsinnstillinger } from '../src/access/tokens/innstillinger.ts';
import { sisteSekvensnummer } from '../src/register/les-hendelser.ts';
import type { Db } from '../src/store/db.ts';
import type { Befolkning } from './befolkning.ts';
import { kjoerLast } from './last.ts';
import type { Maaling } from './maaling.ts';
import { hentToken } from './oppslag.bench.ts';

/**
 * The event feed as consumers read it: real HTTP on loopback, a real token, the gate on every entry. Seeds
 * runs on the shared population (`befolkning.ts`: `--skala 1000` is 1 000 000 residents, about 5 million events) and
 * measures full pages of 1000 entries a second at random places in the log, in JSON and Atom, for OMH (every
 * event, document ids), for privat (every type rewritten) and for `feed/tilpasset` on the most populous municipality.
 * Spec §9: a page within 500 ms.
 */
export async function feedBenk(db: Db, store: string, skala: number, befolkning: Befolkning): Promise<Maaling[]> {
  const siste = await sisteSekvensnummer(db);
  const [kommune] = await db.query<{ kommunenummer: string }>(
    'select kommunenummer from person p join hendelse h on h.sekvensnummer = p.sekvensnummer where kommunenummer is not null group by 1 order by count(*) desc limit 1',
  );
  const tilgang = lesTilgangsinnstillinger({ FOLKEREGISTER_ISSUER: 'http://folkeregister.bench/', FOLKEREGISTER_IP_GRENSE: '100000000' });
  const app = await byggApp({ db, tilgang });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const tokens = new Map<Rettighetspakke, string>();
  for (const pakke of ['offentligMedHjemmel', 'privat'] as const) tokens.set(pakke, await hentToken(db, tilgang, pakke));
  // Start points spread over the log but a full page from its end, so every answer is 1000 entries.
  const start = (i: number) => 1 + ((i * 7919) % Math.max(1, siste - 1500));
  const sekunder = Math.max(3, Math.min(20, skala / 2));
  const last = (pakke: Rettighetspakke, sti: string, accept: string) =>
    kjoerLast(sekunder, 4, (i) =>
      fetch(`${base}${rettighetspakker[pakke].prefiks}v1/${sti}${sti.includes('?') ? '&' : '?'}seq=${start(i)}`, {
        headers: { authorization: `Bearer ${tokens.get(pakke)}`, accept },
      }),
    );
  try {
    const json = await last('offentligMedHjemmel', 'hendelser/feed', 'application/json');
    const atom = await last('offentligMedHjemmel', 'hendelser/feed', 'application/atom+xml');
    const privat = await last('privat', 'hendelser/feed', 'application/json');
    const tilpasset = await last('offentligMedHjemmel', `hendelser/feed/tilpasset?kommunenummer=${kommune?.kommunenummer ?? '0301'}`, 'application/json');
    const maal = (navn: string, r: typeof json): Maaling[] => [
      { store, navn: `feed ${navn}, 4 samtidige`, enhet: 'sider/s', verdi: r.perSekund },
      { store, navn: `feed ${navn}: median`, enhet: 'ms', verdi: r.medianMs },
      { store, navn: `feed ${navn}: p99`, enhet: 'ms', verdi: r.p99Ms },
    ];
    return [
      { store, navn: `feed: ${befolkning.antall} bosatte, hendelser i loggen`, enhet: 'hendelser', verdi: siste },
      ...maal('OMH JSON', json),
      ...maal('OMH Atom', atom),
      ...maal('privat JSON (endringIPerson)', privat),
      ...maal(`tilpasset ${kommune?.kommunenummer ?? ''} JSON`, tilpasset),
      { store, navn: 'feed: feil under last (skal være 0)', enhet: 'svar', verdi: json.feil + atom.feil + privat.feil + tilpasset.feil },
    ];
  } finally {
    await app.close();
  }
}
