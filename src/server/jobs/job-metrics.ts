import { Counter, Histogram, type Registry } from 'prom-client';

export type JobOutcome = 'completed' | 'retried' | 'failed';

/**
 * Job metrics in the app's registry. Get-or-create, because a test may build a second worker on the
 * same app, and prom-client refuses a metric name twice in one registry.
 */
export function jobMetrics(registry: Registry) {
  const runs =
    (registry.getSingleMetric('eenloket_jobs_total') as Counter<'job' | 'outcome'> | undefined) ??
    new Counter({
      name: 'eenloket_jobs_total',
      help: 'Job runs by job name and outcome: completed, retried (failed, will run again) or failed (retries used up)',
      labelNames: ['job', 'outcome'] as const,
      registers: [registry],
    });
  const duration =
    (registry.getSingleMetric('eenloket_job_duration_seconds') as Histogram<'job'> | undefined) ??
    new Histogram({
      name: 'eenloket_job_duration_seconds',
      help: 'Job handler duration by job name',
      labelNames: ['job'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers: [registry],
    });
  return {
    recordRun(job: string, outcome: JobOutcome, seconds: number) {
      runs.inc({ job, outcome });
      duration.observe({ job }, seconds);
    },
  };
}
