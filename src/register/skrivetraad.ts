import type { Db } from '../store/db.ts';
import { Traadkanal } from '../traadkanal.ts';
import { RegisteretErEndret, skrivUtkast, type Utkast } from './registrer.ts';
import type { Skriverader } from './skriv-endringer.ts';

/** Writes decided batches (`Utkast`) to the register; `lukk` when done. */
export interface Utkastskriver {
  skriv(utkast: Pick<Utkast, 'fra' | 'rader'>): Promise<void>;
  lukk(): Promise<void>;
}

/**
 * The bulk writer's write side. On PostgreSQL it is a thread of its own with its own connection: the seeder's threads
 * are busy making and deciding the next batches, and a COPY of several megabytes needs many turns of an event loop to
 * reach the socket (measured: with the write in the deciding thread, the database sat idle a fifth of the time, and
 * the stream work took a tenth of that thread). Batches are written in the order `skriv` is called. The thread runs
 * the same `skrivUtkast`, so the check that the log still ends where the batch was placed happens there, under the
 * lock. `skriv` takes over the batch's bytes (`somBytes`). PGlite lives in this thread, so there it writes in place.
 */
export function utkastskriver(db: Db): Utkastskriver {
  if (!db.tilkobling) return { skriv: (utkast) => skrivUtkast(db, utkast), lukk: async () => {} };
  const traad = new Traadkanal<Skrivesvar>(
    new URL('./skrivetraad-arbeider.ts', import.meta.url),
    { tilkobling: db.tilkobling },
    'The writer thread',
    (svar) => String(svar.nr),
    (svar) => (svar.feil ? (svar.feil.navn === 'RegisteretErEndret' ? new RegisteretErEndret(svar.feil.melding) : new Error(svar.feil.melding)) : undefined),
  );
  let neste = 0;
  return {
    async skriv(utkast) {
      const nr = neste++;
      const rader = somBytes(utkast.rader);
      await traad.spoer(String(nr), { nr, fra: utkast.fra, rader } satisfies Skriveoppdrag, overfoerbare(rader));
    },
    lukk: () => traad.lukk({ slutt: true }),
  };
}

const koder = new TextEncoder();
/** A COPY text as bytes in a buffer of their own: a view into a larger (or Node's pooled) buffer is copied out. */
const tilBytes = (t: string | Uint8Array): Uint8Array =>
  typeof t === 'string' ? koder.encode(t) : t.byteOffset === 0 && t.byteLength === t.buffer.byteLength && t.buffer instanceof ArrayBuffer ? t : t.slice();

/**
 * The batch's COPY texts as bytes, each in a buffer of its own, to be moved to the receiving thread instead of copied
 * (several megabytes a batch): a string is copied into the receiver's heap, a transferred buffer changes owner. The
 * sender's bytes are gone after (`Copybytes.bytes()` makes them for this); `skriv` takes them over.
 */
export function somBytes(r: Skriverader): Skriverader {
  return {
    ...r,
    dokumenter: tilBytes(r.dokumenter),
    hendelser: tilBytes(r.hendelser),
    soek: { ...r.soek, personer: tilBytes(r.soek.personer), navn: tilBytes(r.soek.navn), adresser: tilBytes(r.soek.adresser) },
  };
}

/** The buffers of a `somBytes` result, to list as transferred. */
export function overfoerbare(r: Skriverader): ArrayBuffer[] {
  const bytes = [r.dokumenter, r.hendelser, r.soek.personer, r.soek.navn, r.soek.adresser].filter((b) => typeof b !== 'string');
  return [...new Set(bytes.map((b) => b.buffer as ArrayBuffer))];
}

export type Skriveoppdrag = Pick<Utkast, 'fra' | 'rader'> & { readonly nr: number };
export interface Skrivesvar {
  readonly nr: number;
  readonly feil?: { readonly navn: string; readonly melding: string };
}
