import type { Db } from '../../db/database.js';
import { authorizeResident, authorizeStaff, type Authorized } from '../auth/authorize.js';
import type { RequestContext, ResidentPrincipal, StaffPrincipal } from '../auth/principal.js';
import { applicationNotFound } from './application-errors.js';
import { selectApplication, selectForSubmit, type ApplicationRow } from './applications.repository.js';

/** Who is filling in a draft: the resident online, or a staff member entering a paper form. */
export type Editor = { kind: 'resident'; auth: Authorized<ResidentPrincipal> } | { kind: 'staff'; auth: Authorized<StaffPrincipal> };

/** Which side of the counter a request comes from: Mijn loket (the resident) or the Werkplek (staff, paper). */
export type Side = 'loket' | 'werkplek';

export function editorOf(ctx: RequestContext, side: Side): Editor {
  return side === 'werkplek'
    ? { kind: 'staff', auth: authorizeStaff(ctx, 'application.enter-paper') }
    : { kind: 'resident', auth: authorizeResident(ctx, 'application.own') };
}

/**
 * The application as its editor may change it: a resident their own digital application, a staff
 * member a paper application. Anything else is "not found".
 */
export async function loadForEditor(db: Db, ctx: RequestContext, id: string, options: { side: Side; forUpdate?: boolean }): Promise<{ application: ApplicationRow; editor: Editor }> {
  const editor = editorOf(ctx, options.side);
  const application = await selectApplication(db, id, options);
  if (!application || !mayEdit(editor, application)) throw applicationNotFound();
  return { application, editor };
}

/** loadForEditor for a submit: locked, with the evidence ids of the attached documents, in one query. */
export async function loadForSubmit(tx: Db, ctx: RequestContext, id: string, side: Side, options: { lock: boolean }): Promise<{ application: ApplicationRow; editor: Editor; evidence: string[] }> {
  const editor = editorOf(ctx, side);
  const row = await selectForSubmit(tx, id, options);
  if (!row || !mayEdit(editor, row.application)) throw applicationNotFound();
  return { ...row, editor };
}

function mayEdit(editor: Editor, application: ApplicationRow): boolean {
  return editor.kind === 'resident' ? application.applicantBsn === editor.auth.principal.bsn && application.channel === 'digitaal' : application.channel === 'papier';
}

/** A resident's view of an application: as the applicant or as the partner asked to co-sign. */
export async function loadForResident(db: Db, ctx: RequestContext, id: string, options: { forUpdate?: boolean } = {}) {
  const auth = authorizeResident(ctx, 'application.own');
  const application = await selectApplication(db, id, options);
  const bsn = auth.principal.bsn;
  if (!application || (application.applicantBsn !== bsn && application.cosignerBsn !== bsn)) throw applicationNotFound();
  return { application, auth, role: application.applicantBsn === bsn ? ('applicant' as const) : ('cosigner' as const) };
}

export function actorIdOf(editor: Editor): string {
  return editor.kind === 'staff' ? editor.auth.principal.staffUserId : editor.auth.principal.sessionId;
}
