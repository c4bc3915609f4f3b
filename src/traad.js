// Starts a worker thread on a TypeScript module (`workerData.modul`, a file URL): the thread gets tsx's loader as the
// main thread does in bin/folkeregister.js, so a fresh clone needs no build step here either.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.modul);
