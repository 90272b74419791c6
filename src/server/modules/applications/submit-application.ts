import type { Db } from '../../db/database.js';
import { isValidBsn, todayInAmsterdam } from '../../../shared/forms/formats.js';
import { invalid, type FieldError } from '../../shared/errors.js';
import { text, type Lang } from '../../shared/localized.js';
import { actorOf } from '../audit/record-audit.js';
import type { RequestContext } from '../auth/principal.js';
import { compiledFormFor } from '../regelingen/compiled-forms.js';
import { type VersionRow } from '../regelingen/regelingen.repository.js';
import type { HouseholdMember, PersonRegistry } from '../registry/person-registry.js';
import { loadForEditor, loadForSubmit, type Side, type Editor } from './application-access.js';
import type { ApplicationRow } from './applications.repository.js';
import { decisionDueDate } from './decision-term.js';
import { getAt } from './form-data.js';
import { householdBsnErrors } from './household-bsn-check.js';
import { versionContentOf, regelingTextsOf } from '../regelingen/regeling-cache.js';
import { submissionCommitFor, writeSubmissions, type PreparedSubmission } from './write-submissions.js';

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
 *
 * The draft is checked without a lock and written by the group commit of submits, only if it is still
 * as checked (same revision, evidence still there, still a concept). One that changed in between, or
 * was submitted by a second click, is checked again under its row lock in a transaction of its own.
 */
export async function submitApplication(options: { db: Db; side: Side; registry: PersonRegistry; ctx: RequestContext; id: string; lang: Lang }): Promise<Receipt> {
  const { db, registry, ctx, id } = options;
  // The registry is asked before the transaction: an external call never holds database locks. A
  // resident applies for themselves; for a paper application the draft names the applicant.
  const applicantBsn = options.side === 'loket' && ctx.principal?.kind === 'resident' ? ctx.principal.bsn : (await loadForEditor(db, ctx, id, { side: options.side })).application.applicantBsn;
  const household = await registry.household(applicantBsn);
  const checked = await checkSubmission({ ...options, db, household, lock: false });
  if (checked.receipt) return checked.receipt;
  const reference = await submissionCommitFor(db)(checked.prepared);
  if (reference) return receiptOf({ ...checked.application, reference }, false);
  return db.transaction(async (tx) => {
    const locked = await checkSubmission({ ...options, db: tx, household, lock: true });
    if (locked.receipt) return locked.receipt;
    const [written] = await writeSubmissions(tx, [locked.prepared]);
    // Under the row lock nothing can change the draft between the check and the write.
    if (!written) throw new Error(`Draft ${id} was checked under its lock but could not be submitted`);
    return receiptOf({ ...locked.application, reference: written }, false);
  });
}

type Checked = { receipt: Receipt; prepared?: never; application?: never } | { receipt?: never; prepared: PreparedSubmission; application: ApplicationRow };

/** Reads and checks the draft; returns the receipt when it was submitted before, else what to write. */
async function checkSubmission(options: { db: Db; side: Side; ctx: RequestContext; id: string; lang: Lang; household: HouseholdMember[]; lock: boolean }): Promise<Checked> {
  const { db, ctx, id, household } = options;
  const { application, editor, evidence } = await loadForSubmit(db, ctx, id, options.side, { lock: options.lock });
  if (application.status !== 'concept' && application.reference) return { receipt: receiptOf(application, true) };
  const version = (await versionContentOf(db, application.regelingId, application.regelingVersion))!;
  const form = compiledFormFor(version);
  const data = form.withoutHiddenPages(application.data);
  const errors: FieldError[] = [...form.validateAll(data), ...householdBsnErrors({ household, applicantBsn: application.applicantBsn, schema: version.content.schema, data })];
  const required = form.requiredEvidence(data);
  for (const evidenceId of required) {
    if (!evidence.includes(evidenceId)) errors.push({ name: `evidence.${evidenceId}`, code: 'application.evidence_missing', message: text('Voeg dit bewijsstuk toe.', 'Add this document.') });
  }
  if (editor.kind === 'staff') {
    if (!evidence.includes('scan')) errors.push({ name: 'evidence.scan', code: 'application.scan_missing', message: text('Voeg de scan van het ondertekende papieren formulier toe.', 'Add the scan of the signed paper form.') });
    required.push('scan');
  }
  if (errors.length) throw invalid(errors, 'application.incomplete');

  const now = new Date();
  const cosignerBsn = editor.kind === 'resident' ? cosignerOf(household, version, application.applicantBsn, data) : null;
  const received = !cosignerBsn;
  const weeks = version.content.meta.decisionTerm.weeks;
  const today = todayInAmsterdam(now);
  const patch = {
    data,
    status: received ? ('ontvangen' as const) : ('medeondertekening' as const),
    cosignerBsn,
    submittedAt: now,
    receivedAt: received ? now : null,
    decisionTermWeeks: weeks,
    decisionDue: received ? decisionDueDate(today, weeks, 0) : null,
  };
  const actor = actorFields(editor);
  const regeling = (await regelingTextsOf(db, application.regelingId))!;
  const email = version.content.meta.contact.email ? getAt(data, version.content.meta.contact.email) : undefined;
  const prepared: PreparedSubmission = {
    draft: {
      id,
      revision: application.revision,
      evidence: required,
      ...patch,
      referenceYear: today.slice(0, 4),
      events: [
        { type: 'verstuurd', ...actor, details: { channel: application.channel } },
        received ? { type: 'ontvangen', ...actor, details: { decisionDue: patch.decisionDue } } : { type: 'medeondertekening-gevraagd', ...actor, details: {} },
      ],
    },
    assess: received,
    email: typeof email === 'string' && email ? { kind: received ? 'ontvangen' : 'medeondertekening-gevraagd', to: email, regelingName: regeling.content.name, lang: options.lang } : null,
    audit: {
      actor: actorOf(editor.auth.principal, editor.auth.role),
      requestId: ctx.requestId,
      action: 'application.submitted',
      subjectBsn: application.applicantBsn,
      ground: `aanvraag ${application.regelingId}`,
      details: { applicationId: id, regeling: application.regelingId, version: application.regelingVersion, channel: application.channel, cosign: Boolean(cosignerBsn) },
    },
  };
  return { prepared, application: { ...application, ...patch, updatedAt: now } };
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
