import { randomUUID } from 'node:crypto';
import { DmnError } from '@eenloket/dmn';
import type { JobDeps, JobRun } from '../../jobs/define-job.js';
import type { Logger } from '../../observability/logger.js';
import { getAt } from '../applications/form-data.js';
import type { ApplicationRow } from '../applications/applications.repository.js';
import { pointersWithFormat } from '../applications/household-bsn-check.js';
import { versionContentOf } from '../regelingen/regeling-cache.js';
import type { AssessmentDefinition } from '../regelingen/regeling-content.schema.js';
import type { VersionRow } from '../regelingen/regelingen.repository.js';
import { RegistryUnavailableError } from '../registry/registry-errors.js';
import { buildInputs, factsNeeded, parametersOn, referenceDateOf } from './assessment-inputs.js';
import type { NewAssessment } from './assessment.repository.js';
import type { AssessmentMessage, HandoverReason, RegistryUsed } from './assessment.tables.js';
import type { Facts } from './assessment-facts.js';
import { applicationForRun, earlierApplicationCount } from './batched-run-reads.js';
import { compiledModel, evaluateModel, type ModelOutcome } from './evaluate-model.js';
import { gatherRegistryData } from './gather-registry-data.js';
import { isStraightThrough } from './straight-through.js';
import { assessableStatuses, recordAssessment, type RecordResult } from './record-assessment.js';

interface RunContext {
  deps: JobDeps;
  job: JobRun;
  logger: Logger;
}

/**
 * The automatic assessment of one received application (the `assessment.run` job). Reads the
 * application and its version, asks the base registries (outside any transaction), reads the
 * parameters on the reference date, evaluates the version's decision model and stores the result;
 * a straight-through grant is decided at once, anything else goes to a person with the proposal.
 * A registry outage fails the run (pg-boss retries with backoff) until ASSESSMENT_MAX_ATTEMPTS
 * runs were made; then, as on any other failure of the last run, a person takes over.
 */
export async function runAssessment(options: RunContext & { applicationId: string }): Promise<RecordResult> {
  const { deps, job, logger, applicationId } = options;
  const db = deps.database.db;
  const { application, stored } = await applicationForRun(db)({ applicationId, jobId: job.id });
  if (stored) {
    logger.info({ applicationId }, 'assessment of this job already stored; nothing to do');
    return 'skipped';
  }
  if (!application || !assessableStatuses.includes(application.status)) {
    logger.info({ applicationId, status: application?.status ?? null }, 'application not waiting for an assessment; nothing to do');
    return 'skipped';
  }
  const version = (await versionContentOf(db, application.regelingId, application.regelingVersion))!;
  const definition = version.content.meta.assessment;
  const lastRun = job.attempt >= deps.config.assessment.maxAttempts || job.isFinalAttempt;
  try {
    if (!definition) return await handOver(options, application, 'geen-model', []);
    return await assess(options, application, version, definition);
  } catch (error) {
    if (!lastRun) throw error;
    const reason: HandoverReason = error instanceof RegistryUnavailableError ? 'registry-unavailable' : 'beoordeling-mislukt';
    const messages: AssessmentMessage[] = [
      error instanceof RegistryUnavailableError
        ? { code: 'REGISTRY_UNAVAILABLE', severity: 'error', message: `${error.registry} unavailable (${error.reason}) after ${job.attempt} attempts` }
        : { code: 'ASSESSMENT_FAILED', severity: 'error', message: `the assessment failed ${job.attempt} times` },
    ];
    logger.warn({ applicationId, reason, attempt: job.attempt }, 'assessment handed to a person after its last attempt');
    return handOver(options, application, reason, messages, definition);
  }
}

async function assess(context: RunContext, application: ApplicationRow, version: VersionRow, definition: AssessmentDefinition): Promise<RecordResult> {
  const { deps } = context;
  const db = deps.database.db;
  const xml = version.files[definition.model];
  if (!xml) return handOver(context, application, 'model-fout', [{ code: 'MODEL_MISSING', severity: 'error', message: `${definition.model} is not part of the version` }], definition);
  let compiled;
  try {
    compiled = await compiledModel(xml);
  } catch (error) {
    if (!(error instanceof DmnError)) throw error;
    const messages = (error.messages.length ? error.messages : [{ code: error.code, severity: 'error' as const, message: error.message }]).map((m) => ({ code: m.code, severity: m.severity, message: m.message }));
    return handOver(context, application, 'model-fout', messages, definition);
  }

  const { date: referenceDate, messages: dateMessages } = referenceDateOf(definition, application);
  const data = application.data;
  const needed = factsNeeded(definition);
  const partnerPointer = definition.partnerPointer ?? version.content.meta.cosignerPointer;
  const kvkPointer = pointersWithFormat(version.content.schema, 'kvk')[0];
  const stringAt = (pointer: string | undefined) => {
    const value = pointer ? getAt(data, pointer) : undefined;
    return typeof value === 'string' && value ? value : undefined;
  };
  const steps = deps.metrics.assessmentSteps;
  const inputsTimer = steps.startTimer({ step: 'inputs' });
  // The registries first, outside any transaction; an outage throws and the job runs again later.
  const registry = await gatherRegistryData({
    persons: deps.registry,
    businesses: deps.businessRegistry,
    income: deps.incomeRegistry,
    applicantBsn: application.applicantBsn,
    declaredPartnerBsn: stringAt(partnerPointer),
    kvkNumber: stringAt(kvkPointer),
    referenceDate,
    municipalityCode: deps.config.municipality.code,
    needed,
  });
  const facts: Facts = { ...registry.facts, 'application.referenceDate': referenceDate, 'application.channel': application.channel };
  const registries: RegistryUsed[] = [...registry.registries];
  if (needed.has('household.earlierApplications')) {
    const earlier = await earlierApplicationCount(db)({ regelingId: application.regelingId, bsns: registry.householdBsns, excludeId: application.id });
    facts['household.earlierApplications'] = earlier;
    registries.push({ registry: 'applications', source: 'eenloket', fetchedAt: new Date().toISOString(), facts: { 'household.earlierApplications': earlier } });
  }
  const { parameters, messages: parameterMessages } = await parametersOn(db, application.regelingId, definition, referenceDate);
  inputsTimer();
  const rulesTimer = steps.startTimer({ step: 'rules' });
  const inputs = buildInputs(definition, { data, facts, parameters });
  const outcome = evaluateModel(compiled.model, definition, inputs.values);
  rulesTimer();
  const messages = [...dateMessages, ...parameterMessages, ...outcome.messages];
  const row = {
    ...baseRow(context, application),
    status: 'beoordeeld' as const,
    handoverReason: null,
    proposal: outcome.eligible === null ? null : outcome.eligible ? ('toekennen' as const) : ('afwijzen' as const),
    eligible: outcome.eligible,
    reasons: outcome.reasons,
    amount: outcome.amount,
    period: outcome.period,
    route: outcome.route,
    routeReasons: outcome.routeReasons,
    summaryReason: summaryOf(outcome),
    referenceDate,
    decisionNames: definition.decisions,
    modelFile: definition.model,
    modelSha256: compiled.sha256,
    inputs: inputs.used,
    parameters,
    registries,
    messages,
    trace: outcome.trace,
  };
  const straightThrough = isStraightThrough(outcome, definition, messages);
  const storingTimer = steps.startTimer({ step: 'storing' });
  const result = await recordAssessment({ db, applicationId: application.id, row, straightThrough, reviewShare: deps.config.assessment.reviewShare, requestId: requestIdOf(context) });
  storingTimer();
  context.logger.info({ applicationId: application.id, result, proposal: row.proposal, route: row.route }, 'assessment stored');
  return result;
}

/** The proposal in a few words for the work queue: why not (the first reason), or why a person (the first route reason). */
function summaryOf(outcome: ModelOutcome): string | null {
  if (outcome.eligible === false) return outcome.reasons[0] ?? null;
  if (outcome.eligible === true && outcome.route !== 'automatisch') return outcome.routeReasons[0]?.nl ?? outcome.route;
  if (outcome.eligible === null) return outcome.messages.find((m) => m.severity === 'error')?.code ?? null;
  return null;
}

async function handOver(context: RunContext, application: ApplicationRow, reason: HandoverReason, messages: AssessmentMessage[], definition?: AssessmentDefinition): Promise<RecordResult> {
  const row = {
    ...baseRow(context, application),
    status: 'handmatig' as const,
    handoverReason: reason,
    proposal: null,
    eligible: null,
    reasons: [],
    amount: null,
    period: null,
    route: null,
    routeReasons: [],
    summaryReason: reason,
    referenceDate: definition ? referenceDateOf(definition, application).date : null,
    decisionNames: definition?.decisions ?? null,
    modelFile: definition?.model ?? null,
    modelSha256: null,
    inputs: [],
    parameters: [],
    registries: [],
    messages,
    trace: null,
  };
  const result = await recordAssessment({ db: context.deps.database.db, applicationId: application.id, row, straightThrough: false, reviewShare: 0, requestId: requestIdOf(context) });
  context.logger.info({ applicationId: application.id, result, reason }, 'application handed to a person without an automatic outcome');
  return result;
}

function baseRow(context: RunContext, application: ApplicationRow): Pick<NewAssessment, 'id' | 'applicationId' | 'jobId' | 'regelingId' | 'regelingVersion' | 'evaluatedAt'> {
  return { id: randomUUID(), applicationId: application.id, jobId: context.job.id, regelingId: application.regelingId, regelingVersion: application.regelingVersion, evaluatedAt: new Date() };
}

const requestIdOf = (context: RunContext) => `job:${context.job.id}`;
