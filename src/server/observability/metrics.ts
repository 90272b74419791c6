import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one app instance (own registry, so tests can build many apps). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'eenloket_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'eenloket_http_request_duration_seconds',
      help: 'HTTP request duration by route template (never the raw URL) and status',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    logins: new Counter({
      name: 'eenloket_logins_total',
      help: 'Login attempts by method and outcome',
      labelNames: ['method', 'outcome'] as const,
      registers: [registry],
    }),
    assessmentSteps: new Histogram({
      name: 'eenloket_assessment_step_duration_seconds',
      help: 'Time per step of the automatic assessment: inputs (registries, earlier applications, parameters), rules (the DMN model), storing (the transaction that records and decides)',
      labelNames: ['step'] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2],
      registers: [registry],
    }),
    auditEntries: new Counter({
      name: 'eenloket_audit_entries_total',
      help: 'Audit trail entries appended, by action',
      labelNames: ['action'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
