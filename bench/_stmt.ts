import fs from 'node:fs';
import { openPostgres } from '../src/store/postgres-db.ts';
import { migrate } from '../src/store/migrate.ts';
import { seed } from '../src/synth/seed.ts';
import type { Db, Queryable } from '../src/store/db.ts';
const antall = Number(process.argv[2] ?? 20000);
const schema = 'prof_' + Date.now();
const raw = await openPostgres('postgres://root@127.0.0.1:5432/test', { schema, max: 4 });
await migrate(raw);
const tider = new Map<string, number>();
const add = (k: string, ms: number) => tider.set(k, (tider.get(k) ?? 0) + ms);
const wrap = (q: Queryable): Queryable => ({
  async query(text, params) { const t = performance.now(); try { return await q.query(text, params); } finally { add(text.replace(/\s+/g, ' ').slice(0, 60), performance.now() - t); } },
  async kopierInn(tab, k, r) { const t = performance.now(); try { return await q.kopierInn(tab, k, r); } finally { add('COPY ' + tab, performance.now() - t); } },
}) as Queryable;
const db: Db = { ...raw, ...wrap(raw), transaction: (fn) => raw.transaction((tx) => { const t = performance.now(); return fn(wrap(tx)).finally(() => add('TX total', performance.now() - t)); }) };
const js0 = process.cpuUsage();
const t = performance.now();
let n = 0;
const r = await seed(db, { antall, seed: 'benk', identifikatorer: { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true }, fremdrift: (s) => { if (++n % 50 === 0) console.log(((performance.now() - t) / 1000).toFixed(0), 's', s.hendelser, 'events', (s.hendelser / ((performance.now() - t) / 1000)).toFixed(0), '/s'); } });
const js = process.cpuUsage(js0);
console.log(antall, 'residents', r.hendelser, 'events', ((performance.now() - t) / 1000).toFixed(1), 's wall;', 'node cpu', ((js.user + js.system) / 1e6).toFixed(1));
for (const [k, v] of [...tider].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), k);
const sz = await raw.query(`select relname, pg_size_pretty(pg_total_relation_size(c.oid)) s from pg_class c join pg_namespace n on n.oid = c.relnamespace where nspname = '${schema}' and relkind in ('r','i') order by pg_total_relation_size(c.oid) desc limit 25`);
for (const s of sz) console.log(s);
if (!process.env.KEEP) await raw.query(`drop schema ${schema} cascade`); else console.log(schema);
await raw.close();
