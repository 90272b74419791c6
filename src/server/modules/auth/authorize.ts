import { forbidden, unauthenticated } from '../../shared/errors.js';
import type { Principal, RequestContext, ResidentPrincipal, Role, StaffPrincipal } from './principal.js';

/**
 * The one table of who may do what. Use cases call `authorize` before anything else;
 * the UI hides what a role cannot do, but that is a convenience, not the check.
 */
export const permissions = {
  'loket.own-data': ['inwoner'],
  'person.search': ['consulent', 'kwaliteitsmedewerker', 'teamleider'],
  'person.read': ['consulent', 'kwaliteitsmedewerker', 'teamleider'],
  'contact-moment.create': ['consulent', 'teamleider'],
  'werkplek.home': ['consulent', 'kwaliteitsmedewerker', 'teamleider', 'functioneel-beheerder', 'auditor'],
  'audit.read': ['auditor'],
  'audit.verify': ['auditor', 'functioneel-beheerder'],
  'staff-user.manage': ['functioneel-beheerder'],
  'application.own': ['inwoner'],
  'application.enter-paper': ['consulent', 'teamleider'],
  'application.read': ['consulent', 'kwaliteitsmedewerker', 'teamleider'],
  'application.handle': ['consulent', 'teamleider'],
  // A person's decision: the only way a rejection (or any non-automatic outcome) is taken.
  'application.decide': ['consulent', 'teamleider'],
  'assessment.rerun': ['consulent', 'teamleider'],
  // The sample of automatic grants: the list for those who watch quality, the verdict for the reviewer.
  'decision.review-list': ['kwaliteitsmedewerker', 'teamleider'],
  'decision.review': ['kwaliteitsmedewerker'],
  'regeling.read': ['functioneel-beheerder', 'teamleider', 'kwaliteitsmedewerker'],
  'regeling.manage': ['functioneel-beheerder'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export interface Authorized<P extends Principal = Principal> {
  principal: P;
  /** The role that granted the permission; recorded in the audit trail. */
  role: Role;
}

export function authorize(ctx: RequestContext, permission: Permission): Authorized {
  const principal = ctx.principal;
  if (!principal) throw unauthenticated();
  const allowed: readonly Role[] = permissions[permission];
  const role = (principal.roles as Role[]).find((r) => allowed.includes(r));
  if (!role) throw forbidden();
  return { principal, role };
}

export function authorizeStaff(ctx: RequestContext, permission: Permission): Authorized<StaffPrincipal> {
  const result = authorize(ctx, permission);
  if (result.principal.kind !== 'staff') throw forbidden();
  return result as Authorized<StaffPrincipal>;
}

export function authorizeResident(ctx: RequestContext, permission: Permission): Authorized<ResidentPrincipal> {
  const result = authorize(ctx, permission);
  if (result.principal.kind !== 'resident') throw forbidden();
  return result as Authorized<ResidentPrincipal>;
}
