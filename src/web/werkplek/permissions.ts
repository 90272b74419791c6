import type { Principal, StaffRole } from '../shared/api/types';

// Mirror of the server's permission table (src/server/modules/auth/authorize.ts), used only to
// hide what a role cannot use. The server checks every request; this is a convenience.
export const permissions = {
  personSearch: ['consulent', 'kwaliteitsmedewerker', 'teamleider'],
  contactMomentCreate: ['consulent', 'teamleider'],
  auditRead: ['auditor'],
  auditVerify: ['auditor', 'functioneel-beheerder'],
  staffManage: ['functioneel-beheerder'],
  applicationRead: ['consulent', 'kwaliteitsmedewerker', 'teamleider'],
  applicationHandle: ['consulent', 'teamleider'],
  applicationEnterPaper: ['consulent', 'teamleider'],
  applicationDecide: ['consulent', 'teamleider'],
  assessmentRerun: ['consulent', 'teamleider'],
  decisionReviewList: ['kwaliteitsmedewerker', 'teamleider'],
  decisionReview: ['kwaliteitsmedewerker'],
  regelingRead: ['functioneel-beheerder', 'teamleider', 'kwaliteitsmedewerker'],
  regelingManage: ['functioneel-beheerder'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export function can(principal: Principal | undefined, permission: Permission): boolean {
  if (!principal || principal.kind !== 'staff') return false;
  const allowed: readonly string[] = permissions[permission];
  return principal.roles.some((role) => allowed.includes(role));
}
