import { runAssessmentJob } from '../modules/assessment/run-assessment.job.js';
import { sendEmailJob } from '../modules/mail/send-email.job.js';
import type { JobDefinition } from './define-job.js';

/**
 * Every job the platform runs. Registering a job here gives it a queue at the next migration and a
 * loop in the worker; a job that is not registered cannot be enqueued.
 */
export const jobDefinitions: readonly JobDefinition[] = [sendEmailJob, runAssessmentJob];
