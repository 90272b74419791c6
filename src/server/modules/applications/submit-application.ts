import type { Db } from '../../db/database.js';
import { isValidBsn, todayInAmsterdam } from '../../../shared/forms/formats.js';
import { invalid, type FieldError } from '../../shared/errors.js';
import { text, type Lang } from '../../shared/localized.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestContext } from '../auth/principal.js';
import { compiledFormFor } from '../regelingen/compiled-forms.js';
import { type VersionRow } from '../regelingen/regelingen.repository.js';
import type { HouseholdMember, PersonRegistry } from '../registry/person-registry.js';
import { loadForEditor, loadForSubmit, type Side, type Editor } from './application-access.js';
import { queueApplicationEmail } from './application-emails.js';
import type { ApplicationRow } from './applications.repository.js';
import { referenceSql, updateWithEvents } from './applications.repository.js';
import { decisionDueDate } from './decision-term.js';
import { getAt } from './form-data.js';
import { householdBsnErrors } from './household-bsn-check.js';
import { versionContentOf, regelingTextsOf } from '../regelingen/regeling-cache.js';
import { enqueueAssessment } from '../assessment/run-assessment.job.js';

export interface Receipt {
  id: string;
  reference: string;
  status: ApplicationRow['status'];
  submittedAt: string;
  decisionDue: string | null;
  alreadySubmitted: boolean;
}

/**
 * Sends the application with the declaration that everything is true and complete. Idempotent: a
 * second submit (double click, retry after a lost connection) returns the same receipt. Everything is
 * checked first; when anything is wrong nothing changes and every problem is reported per field.
 */
export async function submitApplication(options: { db: Db; side: Side; registry: PersonRegistry; ctx: RequestContext; id: string; lang: Lang }): Promise<Receipt> {
  const { db, registry, ctx, id } = options;
  // The registry is asked before the transaction: an external call never holds database locks. A
  // resident applies for themselves; for a paper application the draft names the applicant.
  const applicantBsn = options.side === 'loket' && ctx.principal?.kind === 'resident' ? ctx.principal.bsn : (await loadForEditor(db, ctx, id, { side: options.side })).application.applicantBsn;
  const household = await registry.household(applicantBsn);
  return db.transaction(async (tx) => {
    const { application, editor, evidence } = await loadForSubmit(tx, ctx, id, options.side);
    if (application.status !== 'concept' && application.reference) return receiptOf(application, true);
    const version = (await versionContentOf(tx, application.regelingId, application.regelingVersion))!;
    const form = compiledFormFor(version);
    const data = form.withoutHiddenPages(application.data);
    const errors: FieldError[] = [...form.validateAll(data), ...householdBsnErrors({ household, applicantBsn: application.applicantBsn, schema: version.content.schema, data })];
    for (const evidenceId of form.requiredEvidence(data)) {
      if (!evidence.includes(evidenceId)) errors.push({ name: `evidence.${evidenceId}`, code: 'application.evidence_missing', message: text('Voeg dit bewijsstuk toe.', 'Add this document.') });
    }
    if (editor.kind === 'staff' && !evidence.includes('scan')) {
      errors.push({ name: 'evidence.scan', code: 'application.scan_missing', message: text('Voeg de scan van het ondertekende papieren formulier toe.', 'Add the scan of the signed paper form.') });
    }
    if (errors.length) throw invalid(errors, 'application.incomplete');

    const now = new Date();
    const cosignerBsn = editor.kind === 'resident' ? cosignerOf(household, version, application.applicantBsn, data) : null;
    const received = !cosignerBsn;
    const weeks = version.content.meta.decisionTerm.weeks;
    const patch = {
      data,
      status: received ? ('ontvangen' as const) : ('medeondertekening' as const),
      cosignerBsn,
      submittedAt: now,
      receivedAt: received ? now : null,
      decisionTermWeeks: weeks,
      decisionDue: received ? decisionDueDate(todayInAmsterdam(now), weeks, 0) : null,
    };
    const actor = actorFields(editor);
    const reference = await updateWithEvents(tx, id, { ...patch, reference: referenceSql(Number(todayInAmsterdam(now).slice(0, 4))) }, [
      { applicationId: id, type: 'verstuurd', occurredAt: now, ...actor, details: { channel: application.channel } },
      received
        ? { applicationId: id, type: 'ontvangen', occurredAt: now, ...actor, details: { decisionDue: patch.decisionDue } }
        : { applicationId: id, type: 'medeondertekening-gevraagd', occurredAt: now, ...actor, details: {} },
    ]);
    const updated: ApplicationRow = { ...application, ...patch, reference, updatedAt: now };
    // Received: the automatic assessment runs once this commits (a co-signed one when the partner signs).
    if (received) await enqueueAssessment(tx, id);
    const regeling = (await regelingTextsOf(tx, application.regelingId))!;
    const email = version.content.meta.contact.email ? getAt(data, version.content.meta.contact.email) : undefined;
    if (typeof email === 'string' && email) {
      await queueApplicationEmail({ tx, kind: received ? 'ontvangen' : 'medeondertekening-gevraagd', to: email, application: updated, regelingName: regeling.content.name, lang: options.lang });
    }
    // Last in the transaction: the audit chain's head is locked from here until commit.
    await recordAudit({
      tx,
      auth: editor.auth,
      requestId: ctx.requestId,
      action: 'application.submitted',
      subjectBsn: application.applicantBsn,
      ground: `aanvraag ${application.regelingId}`,
      details: { applicationId: id, reference: updated.reference, regeling: application.regelingId, version: application.regelingVersion, channel: application.channel, cosign: Boolean(cosignerBsn) },
    });
    return receiptOf(updated, false);
  });
}

/** The partner who co-signs: the BSN the form holds for the partner, or else the partner in the BRP. */
function cosignerOf(household: HouseholdMember[], version: VersionRow, applicantBsn: string, data: Record<string, unknown>): string | null {
  if (version.content.meta.cosign !== 'partner') return null;
  const pointer = version.content.meta.cosignerPointer;
  const declared = pointer ? getAt(data, pointer) : undefined;
  if (typeof declared === 'string' && isValidBsn(declared) && declared !== applicantBsn) return declared;
  const partner = household.find((m) => m.relation === 'partner');
  return partner?.person.bsn ?? null;
}

export function actorFields(editor: Editor): { actorType: 'resident' | 'staff'; actorId: string } {
  return editor.kind === 'staff' ? { actorType: 'staff', actorId: editor.auth.principal.staffUserId } : { actorType: 'resident', actorId: editor.auth.principal.sessionId };
}

export function receiptOf(application: ApplicationRow, alreadySubmitted: boolean): Receipt {
  return {
    id: application.id,
    reference: application.reference!,
    status: application.status,
    submittedAt: application.submittedAt!.toISOString(),
    decisionDue: application.decisionDue,
    alreadySubmitted,
  };
}
