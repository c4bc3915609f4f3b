import { parentPort, workerData } from 'node:worker_threads';
import { openPostgres } from '../store/postgres-db.ts';
import { skrivUtkast } from './registrer.ts';
import type { Skriveoppdrag, Skrivesvar } from './skrivetraad.ts';

// The writer thread of `skrivetraad.ts`: one connection, one batch at a time, in the order they were sent.
const { tilkobling } = workerData as { tilkobling: { url: string; schema?: string } };
const db = await openPostgres(tilkobling.url, { schema: tilkobling.schema, max: 1 });
let koe = Promise.resolve();
parentPort!.on('message', (m: Skriveoppdrag | { slutt: true }) => {
  koe = koe.then(async () => {
    if ('slutt' in m) {
      await db.close();
      parentPort!.close();
      return;
    }
    let svar: Skrivesvar = { nr: m.nr };
    try {
      await skrivUtkast(db, m);
    } catch (e) {
      svar = { nr: m.nr, feil: { navn: (e as Error).name, melding: (e as Error).message } };
    }
    parentPort!.postMessage(svar);
  });
});
