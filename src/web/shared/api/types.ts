import type { ApplicationOutcome, QueueProposal, StaffAssessment, StaffDecision } from './assessment-types';
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

// ---- Applications (aanvragen): applications.schema.ts ----

export type ApplicationStatus = 'concept' | 'medeondertekening' | 'ontvangen' | 'in-behandeling' | 'aanvullende-informatie' | 'besluit' | 'ingetrokken';
export const applicationStatuses: readonly ApplicationStatus[] = ['concept', 'medeondertekening', 'ontvangen', 'in-behandeling', 'aanvullende-informatie', 'besluit', 'ingetrokken'];

export interface ApplicationDocument {
  id: string;
  /** An evidence id of the regeling version, "scan" (signed paper form) or "aanvulling" (answer to a task). */
  evidenceId: string;
  taskId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedByType: string;
  createdAt: string;
}

export interface ApplicationEvent {
  type: string;
  occurredAt: string;
  actorType: string;
  details: Record<string, unknown>;
}

export interface ApplicationTask {
  id: string;
  question: string;
  requestedAt: string;
  dueDate: string;
  status: 'open' | 'beantwoord' | 'vervallen' | string;
  answer: string | null;
  answeredAt: string | null;
}

export interface Application {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  channel: 'digitaal' | 'papier';
  role: 'applicant' | 'cosigner' | 'staff';
  regeling: { id: string; name: LocalizedText; version: number; label: LocalizedText };
  data: Record<string, unknown>;
  currentPage: string | null;
  revision: number;
  visiblePages: string[];
  requiredEvidence: string[];
  documents: ApplicationDocument[];
  events: ApplicationEvent[];
  tasks: ApplicationTask[];
  submittedAt: string | null;
  receivedAt: string | null;
  decisionTermWeeks: number | null;
  decisionDue: string | null;
  suspendedSince: string | null;
  cosign: { required: boolean; cosignedAt: string | null; pending: boolean };
  extendsApplicationId: string | null;
  /** The decision with "hoe is dit berekend"; null until decided (a proposal is never shown here). */
  outcome: ApplicationOutcome | null;
  createdAt: string;
  updatedAt: string;
}

/** An application as a staff member opens it (a recorded read of the applicant). */
export interface StaffApplication extends Application {
  applicant: { bsn: string; name: string | null };
  /** The newest automatic assessment; null before the first run. */
  assessment: StaffAssessment | null;
  decision: StaffDecision | null;
}

export interface ApplicationQueueItem {
  id: string;
  reference: string | null;
  regeling: { id: string; name: LocalizedText };
  status: ApplicationStatus;
  channel: string;
  submittedAt: string | null;
  decisionDue: string | null;
  daysLeft: number | null;
  suspended: boolean;
  openTasks: number;
  proposal: QueueProposal;
}

export interface ApplicationQueue {
  items: ApplicationQueueItem[];
  page: number;
  hasMore: boolean;
}

export interface SaveDraftResult {
  revision: number;
  pageErrors: { name: string; code: string; message: LocalizedText }[];
  visiblePages: string[];
  requiredEvidence: string[];
}

export interface ApplicationReceipt {
  id: string;
  reference: string;
  status: ApplicationStatus;
  submittedAt: string;
  decisionDue: string | null;
  alreadySubmitted: boolean;
}

// ---- Regelingen: regelingen.schema.ts ----

/** GET /api/regelingen: a regeling open for applications. */
export interface RegelingSummary {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
  kind: string;
  audience: string[];
  legalBasis: LocalizedText;
  precheck: { intro?: LocalizedText; questions: { id: string; question: LocalizedText; help?: LocalizedText; expected: boolean; otherwise: LocalizedText }[] };
  currentVersion: { version: number; label: LocalizedText; decisionTermWeeks: number; cosign: string };
}

/** GET /api/regelingen/:id/versions/:version/form?lang=: one version's form in one language. */
export interface RegelingForm {
  regelingId: string;
  name: string;
  version: number;
  status: string;
  label: string;
  decisionTermWeeks: number;
  cosign: 'none' | 'partner';
  extends: { versions: number[]; label: string } | null;
  pages: { id: string; title: string; intro: string | null; when: Record<string, unknown> | null }[];
  evidence: { id: string; title: string; help: string; required: boolean | Record<string, unknown>; maxFiles: number }[];
  /** Data pointer ("/aanvrager/naam") → registry source ("person.fullName", "business.kvkNumber"). */
  prefill?: Record<string, string>;
  /** Data pointers taken over from the application this one extends (verlenging). */
  carryOver?: string[];
  /** Where the form asks for contact details; the confirmation email goes to `email`. */
  contact?: { email?: string; phone?: string };
  /** JSON Schema draft-07, one property per page. */
  schema: Record<string, unknown>;
  /** react-jsonschema-form uiSchema. */
  ui: Record<string, unknown>;
}

export interface ParameterPeriod {
  id: string;
  validFrom: string;
  validTo: string | null;
  value: number | string;
  source: string;
  confirmed: boolean;
  note: string | null;
  origin: string;
  createdAt: string;
}

export interface RegelingParameter {
  key: string;
  label: LocalizedText;
  unit: string;
  /** The period that applies today, if any. */
  current: ParameterPeriod | null;
  periods: ParameterPeriod[];
}

export interface RegelingVersionInfo {
  version: number;
  status: 'concept' | 'gepubliceerd' | 'ingetrokken' | string;
  origin: 'bestand' | 'werkplek' | string;
  label: LocalizedText;
  createdAt: string;
  publishedAt: string | null;
  current: boolean;
}

/** GET /api/werkplek/regelingen: a regeling with all versions and parameters (administration). */
export interface RegelingAdmin {
  id: string;
  name: LocalizedText;
  kind: string;
  versions: RegelingVersionInfo[];
  parameters: RegelingParameter[];
}

/** GET /api/werkplek/regelingen/:id/versions/:version: the raw documents of a version. */
export interface RegelingVersionDocument {
  regelingId: string;
  version: number;
  status: string;
  origin: string;
  content: { meta: Record<string, unknown>; schema: Record<string, unknown>; ui: Record<string, unknown>; en: Record<string, unknown> };
  files: Record<string, string>;
}

// ---- Mijn loket: the resident's applications ----

/** GET /api/loket/applications: my applications (drafts too) and requests to co-sign. */
export interface MyApplication {
  id: string;
  reference: string | null;
  regeling: { id: string; name: LocalizedText; version: number };
  status: ApplicationStatus;
  channel: string;
  role: 'applicant' | 'cosigner';
  awaitingMySignature: boolean;
  createdAt: string;
  submittedAt: string | null;
  decisionDue: string | null;
}

