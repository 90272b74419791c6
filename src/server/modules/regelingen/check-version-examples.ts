import type { Db } from '../../db/database.js';
import { authorizeStaff } from '../auth/authorize.js';
import type { RequestContext } from '../auth/principal.js';
import { evaluateExampleCases } from '../assessment/check-example-cases.js';
import { versionNotFound } from './regeling-errors.js';
import { selectParameterFigures, selectVersion } from './regelingen.repository.js';

/**
 * Runs a version's example cases and returns each with its expected and actual outcome, so the
 * functional administrator can test a changed model before publishing (publishing runs the same
 * check and refuses on a failure). Works for any version: a published one shows how today's
 * parameter periods affect its cases. Reads only, so no audit entry.
 */
export async function checkVersionExamples(options: { db: Db; ctx: RequestContext; regelingId: string; version: number }) {
  authorizeStaff(options.ctx, 'regeling.manage');
  const { db, regelingId, version } = options;
  const row = await selectVersion(db, regelingId, version);
  if (!row) throw versionNotFound();
  const assessment = row.content.meta.assessment;
  const check = await evaluateExampleCases({ meta: row.content.meta, files: row.files, ...(await selectParameterFigures(db, regelingId)) });
  return {
    regelingId,
    version,
    model: assessment?.model ?? null,
    examples: assessment?.examples ?? null,
    passed: check.problems.length === 0 && check.cases.every((c) => c.passed),
    problems: check.problems,
    cases: check.cases.map((c) => ({ ...c, expected: { ...c.expected, amount: c.expected.amount ?? null } })),
  };
}
