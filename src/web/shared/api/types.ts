import type { LocalizedText } from './problem';

// The shapes the web app reads from the API (see the server's *.schema.ts and /api/openapi.json).

export type StaffRole = 'consulent' | 'kwaliteitsmedewerker' | 'teamleider' | 'functioneel-beheerder' | 'auditor';
export const staffRoles: readonly StaffRole[] = ['consulent', 'kwaliteitsmedewerker', 'teamleider', 'functioneel-beheerder', 'auditor'];

export interface Principal {
  kind: 'resident' | 'staff';
  displayName: string;
  roles: ('inwoner' | StaffRole)[];
  authMethod: 'digid-oidc' | 'digid-test' | 'staff-local' | 'staff-oidc';
}

export interface SessionInfo {
  authenticated: boolean;
  principal?: Principal;
  csrfToken?: string;
  idleExpiresAt?: string;
  absoluteExpiresAt?: string;
}

export interface PublicConfig {
  municipality: { name: string; code: string };
  login: { digidTest: boolean; digidOidc: boolean; staffLocal: boolean; staffOidc: boolean };
  languages: ('nl' | 'en')[];
}

export interface Address {
  street: string;
  houseNumber: number;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  postcode: string;
  city: string;
  municipalityCode: string;
}

export interface Person {
  bsn: string;
  name: { givenNames: string; prefix: string | null; familyName: string; full: string };
  birthDate: string;
  gender: 'M' | 'V' | 'O';
  nationality: string;
  deathDate: string | null;
  residentSince: string | null;
  address: Address | null;
}

export type Relation = 'self' | 'partner' | 'child' | 'parent' | 'co-resident';

export interface HouseholdMember {
  relation: Relation;
  person: Person;
}

export interface Business {
  kvkNumber: string;
  tradeName: string;
  legalForm: string;
  sbiCode: string;
  sbiDescription: string;
  registeredOn: string;
  deregisteredOn: string | null;
  homeBased: boolean;
  address: Address | null;
}

export interface MyData {
  person: Person | null;
  household: HouseholdMember[];
  businesses: Business[];
}

export interface AccessLogEntry {
  at: string;
  staffName: string;
  role: string | null;
  action: LocalizedText;
  purpose: LocalizedText | null;
}

export interface DemoPersona {
  bsn: string;
  name: string;
  birthDate: string;
  description: LocalizedText;
}

export type Channel = 'telefoon' | 'balie' | 'email' | 'brief' | 'huisbezoek';
export const channels: readonly Channel[] = ['telefoon', 'balie', 'email', 'brief', 'huisbezoek'];
export type ContactStatus = 'open' | 'afgehandeld';

export interface ContactMoment {
  id: string;
  channel: Channel;
  topic: string;
  summary: string;
  status: ContactStatus;
  registeredAt: string;
  registeredByName: string | null;
  assignedToName: string | null;
}

export interface WerkplekHome {
  displayName: string;
  roles: string[];
  openContactMoments: number;
  recentOpen: { id: string; channel: string; topic: string; status: string; registeredAt: string }[];
}

export interface PersonFile {
  person: Person;
  household: HouseholdMember[];
  businesses: Business[];
  contactMoments: ContactMoment[];
  registrySource: string;
}

export interface AuditEntry {
  seq: number;
  id: string;
  occurredAt: string;
  actorType: 'staff' | 'resident' | 'system';
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  subjectBsn: string | null;
  ground: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  headSeq: number;
  firstBroken?: { seq: number; id: string | null; reason: string };
}

export interface StaffUser {
  id: string;
  username: string | null;
  displayName: string;
  email: string | null;
  team: string | null;
  roles: string[];
  active: boolean;
  login: 'local' | 'oidc';
  locked: boolean;
  lastLoginAt: string | null;
}
