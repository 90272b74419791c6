import type { Db } from '../../db/database.js';
import { versionContentOf } from '../regelingen/regeling-cache.js';
import { inputValuesOf } from './assessment-inputs.js';
import type { AssessmentRow } from './assessment.repository.js';
import { compiledModel, evaluateModel, sha256, type ModelOutcome } from './evaluate-model.js';

/**
 * Evaluates a stored assessment again from what it stored: its inputs, the version's model file
 * (checked against the stored SHA-256) and its outcome decisions. Neither the registries nor the
 * parameters are asked again, so the answer is the same today as on the day it was decided.
 */
export async function reproduceAssessment(options: { db: Db; assessment: AssessmentRow }): Promise<{ modelMatches: boolean; outcome: ModelOutcome } | undefined> {
  const { assessment } = options;
  if (!assessment.modelFile || !assessment.modelSha256) return undefined;
  const version = await versionContentOf(options.db, assessment.regelingId, assessment.regelingVersion);
  const definition = version?.content.meta.assessment;
  const xml = version?.files[assessment.modelFile];
  if (!definition || xml === undefined) return undefined;
  const { model } = await compiledModel(xml);
  const decisions = assessment.decisionNames ?? definition.decisions;
  return { modelMatches: sha256(xml) === assessment.modelSha256, outcome: evaluateModel(model, { ...definition, decisions }, inputValuesOf(assessment.inputs)) };
}
