import type { Db } from '../../db/database.js';
import type { Authorized } from '../auth/authorize.js';
import type { Principal } from '../auth/principal.js';
import { appendAuditEntries, type AuditActor, type AuditRecord } from './audit.repository.js';

export function actorOf(principal: Principal, role?: string): AuditActor {
  return principal.kind === 'staff'
    ? { type: 'staff', id: principal.staffUserId, name: principal.displayName, role: role ?? principal.roles.join(',') }
    : { type: 'resident', id: principal.sessionId, name: principal.displayName, role: 'inwoner' };
}

export const systemActor: AuditActor = { type: 'system', id: null, name: 'Eenloket', role: null };

interface RecordOptions {
  tx: Db;
  auth: Authorized;
  requestId: string;
  action: string;
  subjectBsn?: string | null;
  ground?: string | null;
  details?: Record<string, unknown>;
}

/** Records one action of an authorised principal; call inside the transaction of the change. */
export async function recordAudit(options: RecordOptions): Promise<void> {
  await recordAuditMany({ ...options, subjects: [options.subjectBsn ?? null] });
}

/** One entry per subject, e.g. every person shown in a search result. */
export async function recordAuditMany(
  options: Omit<RecordOptions, 'subjectBsn'> & { subjects: (string | null)[] },
): Promise<void> {
  const actor = actorOf(options.auth.principal, options.auth.role);
  const records: AuditRecord[] = options.subjects.map((subjectBsn) => ({
    actor,
    action: options.action,
    subjectBsn,
    ground: options.ground ?? null,
    requestId: options.requestId,
    details: options.details ?? {},
  }));
  await appendAuditEntries(options.tx, records);
}
