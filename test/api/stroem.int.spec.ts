import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, storeKinds } from '../support/stores.ts';
import { rettighetspakker } from '../../src/access/konsumenter/rettighetspakker.ts';
import { registrer } from '../../src/register/registrer.ts';
import { hentToken } from '../access/tilgang/hjelpere.ts';
import type { Db } from '../../src/store/db.ts';
import { byggOppslagsmiljoe, skriveoppsett, url, type Oppslagsmiljoe } from './oppslag-oppsett.ts';
import { testPush } from './push-oppsett.ts';
import { lesFeed, type Innslag } from './synkronisering.ts';

/** One Server-Sent Event (WHATWG HTML §9.2.6), or a comment line. */
interface Sse {
  readonly id?: string;
  readonly event?: string;
  readonly data?: string;
  readonly kommentar?: string;
}

/** An EventSource-like reader over real HTTP: parses events as they arrive, until aborted or the server ends. */
class Stroemleser {
  readonly hendelser: Sse[] = [];
  status = 0;
  headers = new Headers();
  ferdig = false;
  private readonly avbryt = new AbortController();

  constructor(adresse: string, token: string, headers: Record<string, string> = {}) {
    void (async () => {
      try {
        const svar = await fetch(adresse, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...headers }, signal: this.avbryt.signal });
        [this.status, this.headers] = [svar.status, svar.headers];
        let rest = '';
        for await (const del of svar.body!.pipeThrough(new TextDecoderStream())) {
          rest += del;
          const blokker = rest.split('\n\n');
          rest = blokker.pop()!;
          for (const b of blokker) this.hendelser.push(lesBlokk(b));
        }
      } catch {
        // aborted
      } finally {
        this.ferdig = true;
      }
    })();
  }

  get innslag(): Innslag[] {
    return this.hendelser.filter((h) => h.event === 'hendelse').map((h) => JSON.parse(h.data!) as Innslag);
  }

  async ventPaa(vilkaar: () => boolean, ms = 20_000): Promise<void> {
    const slutt = Date.now() + ms;
    while (!vilkaar()) {
      if (Date.now() > slutt) throw new Error('timed out waiting for events');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  lukk(): void {
    this.avbryt.abort();
  }
}

function lesBlokk(blokk: string): Sse {
  const h: Record<string, string> = {};
  for (const linje of blokk.split('\n')) {
    if (linje.startsWith(':')) h.kommentar = linje.slice(1).trim();
    else {
      const i = linje.indexOf(':');
      h[linje.slice(0, i)] = linje.slice(i + 1).replace(/^ /, '');
    }
  }
  return h;
}

describe.each(storeKinds)('the event feed as Server-Sent Events, on %s', (kind) => {
  let db: Db;
  let m: Oppslagsmiljoe;
  let base: string;
  const lesere: Stroemleser[] = [];
  beforeAll(async () => {
    db = await freshDb(kind);
    m = await byggOppslagsmiljoe(db, { push: testPush });
    base = await m.app.listen({ port: 0, host: '127.0.0.1' });
  }, 180_000);
  afterAll(async () => {
    for (const l of lesere) l.lukk();
    await m?.app.close();
    await db?.close();
  });

  const les = (sti: string, token: string, headers: Record<string, string> = {}) => {
    const l = new Stroemleser(`${base}${sti}`, token, headers);
    lesere.push(l);
    return l;
  };
  const skriv = async (fornavn: string) => {
    const [u] = await registrer(db, [{ type: 'endreNavn', person: m.personer.ugradert, navn: { fornavn, etternavn: 'Stroem' } }], skriveoppsett);
    expect(u).toMatchObject({ ok: true });
  };

  it('streams the feed from seq with id = sekvensnummer, then live; Last-Event-ID resumes right after', async () => {
    const fasit = await lesFeed(m, 'privat', 0);
    const l = les(url('privat', 'hendelser/feed/stroem?seq=0'), m.tokens.privat);
    await l.ventPaa(() => l.innslag.length === fasit.length);
    expect(l.status).toBe(200);
    expect(l.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(l.innslag).toEqual(fasit);
    expect(l.hendelser.filter((h) => h.event === 'hendelse').map((h) => Number(h.id))).toEqual(fasit.map((i) => i.sekvensnummer));
    expect(l.hendelser[0]).toEqual({ retry: String(testPush.pollMs) });

    await skriv('Direkte');
    await l.ventPaa(() => l.innslag.length === fasit.length + 1);
    expect(l.innslag.at(-1)).toEqual((await lesFeed(m, 'privat', fasit.at(-1)!.sekvensnummer + 1))[0]);
    expect(l.innslag.at(-1)!.hendelse.hendelsetype).toBe('endringIPerson');
    l.lukk();

    // Resume after the third entry: the rest, nothing twice, and what was written while away.
    await skriv('Borte');
    const alle = await lesFeed(m, 'privat', 0);
    const videre = les(url('privat', 'hendelser/feed/stroem?seq=0'), m.tokens.privat, { 'last-event-id': String(alle[2]!.sekvensnummer) });
    await videre.ventPaa(() => videre.innslag.length === alle.length - 3);
    expect(videre.innslag).toEqual(alle.slice(3));
    videre.lukk();
  });

  it('without seq starts with the next event; sends heartbeats; ends with the refusal once the token has expired', async () => {
    const l = les(url('finans', 'hendelser/feed/stroem'), m.tokens.finans);
    await l.ventPaa(() => l.hendelser.some((h) => h.kommentar === 'hjerteslag'));
    expect(l.innslag).toEqual([]);
    await skriv('Neste');
    await l.ventPaa(() => l.innslag.length === 1);
    expect(l.innslag[0]!.sekvensnummer).toBe((await lesFeed(m, 'finans', 0)).at(-1)!.sekvensnummer);
    m.klokke.frem(200);
    await l.ventPaa(() => l.ferdig);
    const slutt = l.hendelser.at(-1)!;
    expect(slutt.event).toBe('avsluttet');
    expect(JSON.parse(slutt.data!)).toMatchObject({ httpStatus: 401 });
  });

  it('refuses a missing token and a bad Last-Event-ID before streaming, in FREG shapes', async () => {
    const uten = await m.app.inject({ method: 'GET', url: url('finans', 'hendelser/feed/stroem?seq=0') });
    expect(uten.statusCode).toBe(401);
    expect(uten.json()).toMatchObject({ httpStatus: 401 });
    const token = await hentToken(m, m.klient, [rettighetspakker.finans.scope]);
    const feil = await m.app.inject({ method: 'GET', url: url('finans', 'hendelser/feed/stroem'), headers: { 'last-event-id': 'x', authorization: `Bearer ${token}` } });
    expect(feil.statusCode).toBe(400);
    expect(feil.json()).toMatchObject({ feilkode: 'ske.folkeregister.konsument.UgyldigForespoerselException' });
  });
});
