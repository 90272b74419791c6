import { isStaffRole, type StaffRole } from '../principal.js';

/**
 * Maps the identity provider's role claim to Eenloket roles. With a role map configured only
 * mapped values count; without one, values that are already Eenloket role names count.
 */
export function mapStaffRoles(claim: unknown, roleMap: Record<string, string>): StaffRole[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const hasMap = Object.keys(roleMap).length > 0;
  const roles = new Set<StaffRole>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const mapped = hasMap ? roleMap[value] : value;
    if (mapped && isStaffRole(mapped)) roles.add(mapped);
  }
  return [...roles];
}

/** DigiD brokers deliver the BSN bare ("999993653") or SAML-style ("s00000000:999993653"). */
export function extractBsn(claim: unknown): string | undefined {
  if (typeof claim !== 'string' && typeof claim !== 'number') return undefined;
  const match = /(?:^|:)(\d{9})$/.exec(String(claim).trim());
  return match?.[1];
}
