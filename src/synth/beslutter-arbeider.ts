import { parentPort, workerData } from 'node:worker_threads';
import { openPostgres } from '../store/postgres-db.ts';
import { besvar, type Beslutningsoppdrag } from './beslutter.ts';
import type { Seedoppsett } from './kjoering.ts';

// A decider thread of `beslutter.ts`: its own connection, its batches one at a time in the order they were sent.
const { tilkobling, oppsett } = workerData as { tilkobling: { url: string; schema?: string }; oppsett: Seedoppsett };
const db = await openPostgres(tilkobling.url, { schema: tilkobling.schema, max: 1 });
const behandle = await besvar(db, oppsett, (svar, flytt) => parentPort!.postMessage(svar, flytt));
let koe = Promise.resolve();
parentPort!.on('message', (oppdrag: Beslutningsoppdrag) => {
  koe = koe.then(async () => {
    if (await behandle(oppdrag)) return;
    await db.close();
    parentPort!.close();
  });
});
