import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one server instance (its own registry, so tests can build many apps in one process). */
export function lagMetrikker() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'folkeregister_' });
  return {
    registry,
    httpForespoersler: new Histogram({
      name: 'folkeregister_http_request_duration_seconds',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    registrerteHendelser: new Counter({
      name: 'folkeregister_hendelser_total',
      help: 'Events appended to the log by this instance',
      labelNames: ['hendelsestype'] as const,
      registers: [registry],
    }),
  };
}
export type Metrikker = ReturnType<typeof lagMetrikker>;
