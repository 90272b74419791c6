export const staffRoles = ['consulent', 'kwaliteitsmedewerker', 'teamleider', 'functioneel-beheerder', 'auditor'] as const;
export type StaffRole = (typeof staffRoles)[number];
export type Role = 'inwoner' | StaffRole;

export type AuthMethod = 'digid-oidc' | 'digid-test' | 'staff-local' | 'staff-oidc';

export interface ResidentPrincipal {
  kind: 'resident';
  sessionId: string;
  bsn: string;
  displayName: string;
  roles: ['inwoner'];
  authMethod: AuthMethod;
}

export interface StaffPrincipal {
  kind: 'staff';
  sessionId: string;
  staffUserId: string;
  displayName: string;
  roles: StaffRole[];
  authMethod: AuthMethod;
}

export type Principal = ResidentPrincipal | StaffPrincipal;

/** Who is acting, passed from the HTTP edge into every use case. */
export interface RequestContext {
  principal: Principal | undefined;
  requestId: string;
}

export function isStaffRole(value: string): value is StaffRole {
  return (staffRoles as readonly string[]).includes(value);
}
