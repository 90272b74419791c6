import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/define-job.js';
import { enqueueJob } from '../../jobs/enqueue-job.js';
import { runAssessment } from './run-assessment.js';

/**
 * The automatic assessment of a received application. Safe twice: a redelivered job finds the row
 * it stored, and a decided application is left alone (one decision per application).
 *
 * The retry policy allows 10 runs; ASSESSMENT_MAX_ATTEMPTS (at most 10) decides after how many runs
 * a registry outage is handed to a person, so the job never stays failed with nobody told. Retries
 * after 30–60 s, 1–2, 2–4, 4–8 minutes…: five runs ride out a registry outage of a quarter of an hour.
 */
export const runAssessmentJob = defineJob({
  name: 'assessment.run',
  payload: z.strictObject({ applicationId: z.uuid() }),
  retry: { limit: 9, delaySeconds: 30, backoff: true },
  timeoutSeconds: 5 * 60,
  // Runs wait mostly on the database and the registries, and each locks its own application; many at
  // once also fill the group commit that stores them (32: the most the benchmark gained from).
  concurrency: 32,
  handler: async ({ applicationId }, { deps, job, logger }) => {
    await runAssessment({ deps, job, logger, applicationId });
  },
});

/** Enqueues the assessment in the caller's transaction: it runs if and only if the receipt (or rerun) commits. */
export function enqueueAssessment(tx: Db, applicationId: string): Promise<string> {
  return enqueueJob(tx, runAssessmentJob, { applicationId });
}
