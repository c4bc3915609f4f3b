import { InternAdresse } from './adressevern.ts';
import { postWebhook } from './webhookpost.ts';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db.ts';
import { lesFeedside, type Feedside } from '../feed/les-feedside.ts';
import type { Oppbevaring } from '../feed/oppbevaring.ts';
import { Organisasjonsnummer } from '../konsumenter/organisasjonsnummer.ts';
import { avgjoerTilgang, type Tilgangsavgjoerelse } from '../konsumenter/tilgangskontroll.ts';
import { feedsideJson } from '../view/feedinnslag.ts';
import { sisteSekvensnummer } from '../../register/les-hendelser.ts';
import type { Hendelsesvarsler } from './hendelsesvarsler.ts';
import type { Pushinnstillinger } from './innstillinger.ts';
import { finnForfalte, flyttMarkoer, fornyLeie, lei, registrerFeil, slippLeie, type Leid } from './leie.ts';
import { Pushheader, signer } from './signatur.ts';
import { ventetidMs } from './ventetid.ts';

export interface PushleveringOptions {
  readonly db: Db;
  readonly varsler: Hendelsesvarsler;
  readonly oppbevaring: Oppbevaring;
  readonly innstillinger: Pushinnstillinger;
  /** The register's clock: access checks and the signed timestamp. */
  readonly klokke: () => Date;
  readonly logg?: (melding: string, feil: unknown) => void;
}

export interface Pushlevering {
  stopp(): Promise<void>;
}

/**
 * The background deliverer (docs/push.md): for each subscription behind the log, claims it, reads its next page
 * through `lesFeedside` (THE feed read, so a push carries exactly what the package's feed shows, never rendered here)
 * and POSTs it signed. The cursor moves only after a 2xx, so every entry arrives at least once and in order; a
 * failure is retried from the same cursor after an exponential, capped, jittered wait.
 *
 * NOTE: deliveries are not person lookups and write no audit rows, like the feed they copy: a thin entry names a
 * person and a kind of change, never a value (spec §3.1); the consumer's re-reads are the logged lookups.
 */
export function startPushlevering(o: PushleveringOptions): Pushlevering {
  const i = o.innstillinger;
  const stopp = new AbortController();
  const aktive = new Map<string, Promise<void>>();
  const logg = o.logg ?? (() => {});

  const hovedloekke = (async () => {
    while (!stopp.signal.aborted) {
      const generasjon = o.varsler.generasjon;
      try {
        await startForfalte();
      } catch (feil) {
        if (!stopp.signal.aborted) logg('push: could not look for due subscriptions', feil);
      }
      await o.varsler.vent(i.pollMs, generasjon, stopp.signal);
    }
  })();

  async function startForfalte(): Promise<void> {
    const ledige = i.samtidige - aktive.size;
    if (ledige <= 0) return;
    const siste = await sisteSekvensnummer(o.db);
    for (const id of await finnForfalte(o.db, siste, i.samtidige + aktive.size)) {
      if (aktive.size >= i.samtidige || stopp.signal.aborted) break;
      if (aktive.has(id)) continue;
      const arbeid = lever(id)
        .catch((feil) => logg('push: delivery failed unexpectedly', feil))
        .finally(() => {
          aktive.delete(id);
          // Another round at once: this subscription may have more, or others waited for a free place.
          o.varsler.vekk();
        });
      aktive.set(id, arbeid);
    }
  }

  async function lever(id: string): Promise<void> {
    const l = await lei(o.db, id, randomUUID(), i.leieSekunder);
    if (!l) return;
    try {
      const hinder = await hindring(l);
      if (hinder) return await registrerFeil(o.db, l, hinder, i.forsoekMaksMs, false);
      let forsoek = l.forsoek;
      for (let fra = l.seq; !stopp.signal.aborted; ) {
        const side = await lesFeedside(o.db, l.rettighetspakke, {
          fra,
          antall: l.antall,
          ...(l.hendelsestyper ? { hendelsestyper: l.hendelsestyper } : {}),
          ...(l.kommunenummer ? { kommunenummer: l.kommunenummer } : {}),
        });
        if (side.innslag.length === 0) {
          // Nothing the package sees up to the log's end: the cursor passes what the filters left out.
          if (side.neste > fra) await flyttMarkoer(o.db, l, fra, side.neste, false);
          return;
        }
        // The claim was just taken for the first page; later pages renew it, so it outlasts each POST's timeout.
        if (fra !== l.seq && !(await fornyLeie(o.db, l, i.leieSekunder))) return;
        const feil = await post(l, side);
        if (feil) {
          // A POST cut short by shutdown is not the receiver's failure: the claim is released and another process, or
          // this one after a restart, sends the same page again.
          if (stopp.signal.aborted) return;
          return await registrerFeil(o.db, l, feil, ventetidMs(forsoek + 1, i.forsoekGrunnMs, i.forsoekMaksMs));
        }
        if (!(await flyttMarkoer(o.db, l, fra, side.neste, true))) return;
        [fra, forsoek] = [side.neste, 0];
        if (!side.full) return;
      }
    } finally {
      await slippLeie(o.db, l).catch(() => {});
    }
  }

  /** Why this subscription may not receive now, if so: access as its owner's calls would have it, and retention. */
  async function hindring(l: Leid): Promise<string | undefined> {
    const organisasjonsnummer = Organisasjonsnummer.parse(l.organisasjonsnummer)!;
    const leverandoer = l.leverandoer ? Organisasjonsnummer.parse(l.leverandoer) : undefined;
    const tilgang = await avgjoerTilgang(o.db, { organisasjonsnummer, leverandoer, rettighetspakke: l.rettighetspakke, naa: o.klokke() });
    if (tilgang.utfall !== 'tillatt') return tilgangsgrunn[tilgang.utfall];
    if (l.seq < (await o.oppbevaring.foersteBevarte())) {
      return `Sekvensnummer ${l.seq} er eldre enn ${o.oppbevaring.maaneder} måneder; flytt abonnementet`;
    }
    return undefined;
  }

  /** One signed POST of a page; the failure as the consumer will read it, or undefined on 2xx. */
  async function post(l: Leid, side: Feedside): Promise<string | undefined> {
    const kropp = JSON.stringify(feedsideJson(side.innslag));
    const tidspunkt = Math.floor(o.klokke().getTime() / 1000);
    const [foerste, siste] = [side.innslag[0]!.sekvensnummer, side.innslag.at(-1)!.sekvensnummer];
    try {
      const status = await postWebhook(
        l.webhook,
        {
          'content-type': 'application/json; charset=utf-8',
          [Pushheader.tidspunkt]: String(tidspunkt),
          [Pushheader.signatur]: signer(l.hemmelighet, tidspunkt, kropp),
          // The same id for a retry of the same range, so a receiver may also deduplicate on it.
          [Pushheader.leveranse]: `${l.id}-${foerste}-${siste}`,
          [Pushheader.sekvens]: `${foerste}-${siste}`,
          [Pushheader.abonnement]: l.id,
        },
        kropp,
        { signal: AbortSignal.any([AbortSignal.timeout(i.tidsavbruddMs), stopp.signal]), tillatInterne: i.tillatInterne },
      );
      return status >= 200 && status < 300 ? undefined : `Mottakeren svarte ${status}`;
    } catch (feil) {
      const f = feil as Error & { code?: string; cause?: { name?: string; code?: string } };
      if (f.name === 'TimeoutError' || f.cause?.name === 'TimeoutError') return `Tidsavbrudd etter ${i.tidsavbruddMs} ms`;
      if (f instanceof InternAdresse) return `Leveres ikke: ${f.message}`;
      const kode = f.code ?? f.cause?.code;
      return `Ingen forbindelse med mottakeren${kode ? ` (${kode})` : ''}`;
    }
  }

  return {
    async stopp() {
      stopp.abort();
      await hovedloekke;
      await Promise.all(aktive.values());
    },
  };
}

const tilgangsgrunn: Record<Exclude<Tilgangsavgjoerelse['utfall'], 'tillatt'>, string> = {
  ikkeTildelt: 'Organisasjonen har ikke lenger rettighetspakken; leveranser er stanset',
  ikkeDelegert: 'Leverandøren har ikke lenger rettighetspakken delegert; leveranser er stanset',
  stanset: 'Tilgangen er stanset (folkeregisterloven § 12-2); leveranser er stanset',
};
