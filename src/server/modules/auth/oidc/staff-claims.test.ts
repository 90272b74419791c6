import { describe, expect, it } from 'vitest';
import { extractBsn, mapStaffRoles } from './staff-claims.js';

describe('mapStaffRoles', () => {
  it('keeps only known roles when no map is configured', () => {
    expect(mapStaffRoles(['consulent', 'admin', 'auditor'], {})).toEqual(['consulent', 'auditor']);
    expect(mapStaffRoles('teamleider consulent', {})).toEqual(['teamleider', 'consulent']);
  });

  it('uses only mapped values when a map is configured', () => {
    const map = { 'SD-Consulenten': 'consulent', 'SD-Beheer': 'functioneel-beheerder', Other: 'superuser' };
    expect(mapStaffRoles(['SD-Consulenten', 'consulent', 'Other', 'SD-Beheer'], map)).toEqual(['consulent', 'functioneel-beheerder']);
  });

  it('gives no roles for a missing or odd claim', () => {
    expect(mapStaffRoles(undefined, {})).toEqual([]);
    expect(mapStaffRoles({ role: 'consulent' }, {})).toEqual([]);
  });
});

describe('extractBsn', () => {
  it('reads bare and prefixed BSNs', () => {
    expect(extractBsn('999993653')).toBe('999993653');
    expect(extractBsn('s00000000:999993653')).toBe('999993653');
    expect(extractBsn(999993653)).toBe('999993653');
  });
  it('rejects anything else', () => {
    expect(extractBsn('99999365')).toBeUndefined();
    expect(extractBsn('x999993653')).toBeUndefined();
    expect(extractBsn(undefined)).toBeUndefined();
  });
});
