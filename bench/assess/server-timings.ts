// The server's own timers, read from its Prometheus endpoint before and after a phase: where the
// time of a decided application goes (HTTP submit, the assessment job and its steps).

export interface Timings {
  /** Seconds summed per series. */
  httpSubmit: number;
  job: number;
  inputs: number;
  rules: number;
  storing: number;
  cpu: number;
  completedJobs: number;
  sentEmails: number;
  minus(other: Timings): Timings;
}

const series = {
  httpSubmit: /^eenloket_http_request_duration_seconds_sum\{[^}]*route="\/api\/loket\/applications\/:id\/submit"[^}]*\} (\S+)$/,
  job: /^eenloket_job_duration_seconds_sum\{job="assessment\.run"\} (\S+)$/,
  inputs: /^eenloket_assessment_step_duration_seconds_sum\{step="inputs"\} (\S+)$/,
  rules: /^eenloket_assessment_step_duration_seconds_sum\{step="rules"\} (\S+)$/,
  storing: /^eenloket_assessment_step_duration_seconds_sum\{step="storing"\} (\S+)$/,
  cpu: /^eenloket_process_cpu_seconds_total (\S+)$/,
  completedJobs: /^eenloket_jobs_total\{job="assessment\.run",outcome="completed"\} (\S+)$/,
  sentEmails: /^eenloket_jobs_total\{job="mail\.send",outcome="completed"\} (\S+)$/,
} as const;

type Values = Omit<Timings, 'minus'>;

function timings(values: Values): Timings {
  return {
    ...values,
    minus(other) {
      const keys = Object.keys(series) as (keyof Values)[];
      return timings(Object.fromEntries(keys.map((k) => [k, values[k] - other[k]])) as unknown as Values);
    },
  };
}

/** The timers summed over the server's processes (web, and the job worker when it runs apart). */
export async function scrapeTimings(bases: string[]): Promise<Timings> {
  const values = Object.fromEntries(Object.keys(series).map((k) => [k, 0])) as unknown as Values;
  for (const base of bases) {
    const text = await (await fetch(`${base}/metrics`)).text();
    for (const line of text.split('\n')) {
      for (const [key, pattern] of Object.entries(series) as [keyof Values, RegExp][]) {
        const match = pattern.exec(line);
        // Summed: the HTTP histogram has one series per status code, and CPU is per process.
        if (match) values[key] += Number(match[1]);
      }
    }
  }
  return timings(values);
}

/** Milliseconds per decided application and the share of the server's busy time, as table cells. */
export function phaseShares(t: Timings, decided: number) {
  const busy = t.httpSubmit + t.job;
  const cell = (seconds: number, of = busy) => `${((seconds * 1000) / Math.max(decided, 1)).toFixed(2)} (${((seconds / of) * 100).toFixed(0)}%)`;
  return {
    http: cell(t.httpSubmit),
    job: cell(t.job),
    rules: cell(t.rules),
    registries: cell(t.inputs),
    storing: cell(t.storing),
    other: cell(Math.max(t.job - t.inputs - t.rules - t.storing, 0)),
    cpuPerDecision: ((t.cpu * 1000) / Math.max(decided, 1)).toFixed(2),
  };
}
