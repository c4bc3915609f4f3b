// Profiling aid for the seeder on PostgreSQL: `node --import tsx bench/_prof.ts N` seeds N residents into a scratch
// schema and prints where the time went (deciding, waiting for the writer) and Node's CPU. The PostgreSQL CPU it
// prints is the main pool's backends only: the writer thread's connection is closed before it is read.
import fs from 'node:fs';
import { openPostgres } from '../src/store/postgres-db.ts';
import { migrate } from '../src/store/migrate.ts';
import { seed } from '../src/synth/seed.ts';
const antall = Number(process.argv[2] ?? 20000);
const schema = 'prof_' + Date.now();
process.env.PGAPPNAME = 'seedprof';
const db = await openPostgres('postgres://root@127.0.0.1:5432/test', { schema, max: 4 });
await migrate(db);
const backends = new Set<number>();
const cpuPg = () => { let s = 0; for (const pid of backends) { try { const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); s += (Number(f[11]) + Number(f[12])) * 10; } catch {} } return s; };
const finn = async () => { for (const r of await db.query<{ pid: number }>(`select pid from pg_stat_activity where application_name = 'seedprof'`)) backends.add(r.pid); };
await Promise.all([1, 2, 3, 4].map(() => db.query('select pg_sleep(0.05)')));
await finn();
const pg0 = cpuPg(); const js0 = process.cpuUsage();
const t = performance.now();
const r = await seed(db, { antall, seed: 'benk', ...(process.env.TRAADER ? { traader: Number(process.env.TRAADER) } : {}), identifikatorer: { regelbytteIdentifikator: '2032-01-01', syntetiskeIdentifikatorer: true } });
await finn();
const js = process.cpuUsage(js0);
console.log(antall, "residents", r.hendelser, "events", "threads", r.traader, "wait", (r.ventetMs!/1000).toFixed(1), ((performance.now() - t) / 1000).toFixed(1), 's wall;', 'node cpu', ((js.user + js.system) / 1e6).toFixed(1), 's; pg backends cpu', ((cpuPg() - pg0) / 1000).toFixed(1), 's', backends.size);
if (!process.env.KEEP) await db.query(`drop schema ${schema} cascade`); else console.log(schema);
await db.close();
