import { Worker } from 'node:worker_threads';
import type { Db } from '../store/db.ts';
import { RegisteretErEndret, skrivUtkast, type Utkast } from './registrer.ts';
import type { Skriverader } from './skriv-endringer.ts';

/** Writes decided batches (`Utkast`) to the register; `lukk` when done. */
export interface Utkastskriver {
  skriv(utkast: Pick<Utkast, 'fra' | 'rader'>): Promise<void>;
  lukk(): Promise<void>;
}

/**
 * The bulk writer's write side. On PostgreSQL it is a thread of its own with its own connection: the seeder's thread
 * is busy deciding the next batch, and a COPY of several megabytes needs many turns of an event loop to reach the
 * socket (measured: with the write in the deciding thread, the database sat idle a fifth of the time, and the stream
 * work took a tenth of that thread). The thread runs the same `skrivUtkast`, so the check that the log still ends where
 * the batch was decided happens there, under the lock. PGlite lives in this thread, so there it writes in place.
 */
export function utkastskriver(db: Db): Utkastskriver {
  if (!db.tilkobling) return { skriv: (utkast) => skrivUtkast(db, utkast), lukk: async () => {} };
  const traad = new Worker(new URL('../traad.js', import.meta.url), {
    workerData: { modul: new URL('./skrivetraad-arbeider.ts', import.meta.url).href, tilkobling: db.tilkobling },
  });
  let neste = 0;
  const venter = new Map<number, { ok: () => void; feil: (e: Error) => void }>();
  const avvisAlle = (e: Error) => {
    for (const v of venter.values()) v.feil(e);
    venter.clear();
  };
  traad.on('message', (svar: Skrivesvar) => {
    const v = venter.get(svar.nr);
    venter.delete(svar.nr);
    if (!svar.feil) return v?.ok();
    v?.feil(svar.feil.navn === 'RegisteretErEndret' ? new RegisteretErEndret(svar.feil.melding) : new Error(svar.feil.melding));
  });
  traad.on('error', avvisAlle);
  traad.on('exit', (kode) => avvisAlle(new Error(`The writer thread stopped (exit code ${kode})`)));
  return {
    skriv: (utkast) =>
      new Promise((ok, feil) => {
        const nr = neste++;
        venter.set(nr, { ok, feil });
        const rader = somBytes(utkast.rader);
        traad.postMessage({ nr, fra: utkast.fra, rader } satisfies Skriveoppdrag, overfoerbare(rader));
      }),
    async lukk() {
      traad.postMessage({ slutt: true });
      await new Promise((r) => traad.once('exit', r));
    },
  };
}

const koder = new TextEncoder();
const tilBytes = (t: string | Uint8Array): Uint8Array => (typeof t === 'string' ? koder.encode(t) : t);

/**
 * The batch's COPY texts as bytes, moved to the receiving thread instead of copied (several megabytes a batch): a
 * string is copied into the receiver's heap, a transferred buffer changes owner.
 */
export function somBytes(r: Skriverader): Skriverader {
  return {
    ...r,
    dokumenter: tilBytes(r.dokumenter),
    hendelser: tilBytes(r.hendelser),
    soek: { ...r.soek, personer: tilBytes(r.soek.personer), navn: tilBytes(r.soek.navn), adresser: tilBytes(r.soek.adresser) },
  };
}

/** The buffers `somBytes` made, to list as transferred; each must be a buffer of its own (`Copybytes.bytes`). */
export function overfoerbare(r: Skriverader): ArrayBuffer[] {
  const bytes = [r.dokumenter, r.hendelser, r.soek.personer, r.soek.navn, r.soek.adresser].filter((b) => typeof b !== 'string');
  return [...new Set(bytes.map((b) => b.buffer as ArrayBuffer))];
}

export type Skriveoppdrag = Pick<Utkast, 'fra' | 'rader'> & { readonly nr: number };
export interface Skrivesvar {
  readonly nr: number;
  readonly feil?: { readonly navn: string; readonly melding: string };
}
