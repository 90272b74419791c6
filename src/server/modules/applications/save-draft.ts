import type { Db } from '../../db/database.js';
import { invalid } from '../../shared/errors.js';
import type { RequestContext } from '../auth/principal.js';
import { compiledFormFor } from '../regelingen/compiled-forms.js';
import { loadForEditor, type Side } from './application-access.js';
import { notADraft, staleRevision } from './application-errors.js';
import { updateDraftIfRevision } from './applications.repository.js';
import { applyPrefill } from './resolve-prefill.js';
import { versionContentOf } from '../regelingen/regeling-cache.js';

/** Errors that only a tampered request can cause (the form never sends them): the save is refused. */
const structural = new Set(['form.additionalProperties', 'form.type']);

/**
 * Saves the answers of one page as the person goes. Incomplete or not yet valid answers are kept
 * (nothing typed is lost) and returned as page errors; unknown fields and wrong types are refused.
 * Prefilled registry fields always keep the registry value.
 */
export async function saveDraft(options: { db: Db; side: Side; ctx: RequestContext; id: string; input: { revision: number; pageId: string; answers: Record<string, unknown>; currentPage?: string | undefined } }) {
  const { db, ctx, id, input } = options;
  return db.transaction(async (tx) => {
    const { application } = await loadForEditor(tx, ctx, id, { side: options.side, forUpdate: true });
    if (application.status !== 'concept') throw notADraft();
    const version = (await versionContentOf(tx, application.regelingId, application.regelingVersion))!;
    const form = compiledFormFor(version);
    const pageIds = version.content.meta.pages.map((p) => p.id);
    for (const [name, page] of [['pageId', input.pageId], ['currentPage', input.currentPage]] as const) {
      if (page !== undefined && !pageIds.includes(page)) throw invalid([{ name, code: 'form.unknown_page', message: { nl: 'Deze stap bestaat niet.', en: 'This step does not exist.' } }]);
    }
    const data = applyPrefill({ ...application.data, [input.pageId]: input.answers }, version.content.meta.prefill, application.prefill.values);
    const pageErrors = form.validatePage(input.pageId, data);
    const refused = pageErrors.filter((e) => structural.has(e.code));
    if (refused.length) throw invalid(refused.map((e) => ({ ...e, name: `answers.${e.name.split('.').slice(1).join('.')}` })));
    if (application.revision !== input.revision) throw staleRevision();
    const saved = await updateDraftIfRevision(tx, id, input.revision, { data, currentPage: input.currentPage ?? application.currentPage });
    if (!saved) throw staleRevision();
    return { revision: saved.revision, pageErrors, visiblePages: form.visiblePages(data), requiredEvidence: form.requiredEvidence(data) };
  });
}
