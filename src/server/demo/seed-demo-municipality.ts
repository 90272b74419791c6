import { desc, inArray, sql } from 'drizzle-orm';
import type { AppConfig } from '../config/env.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../observability/logger.js';
import { appendAuditEntries } from '../modules/audit/audit.repository.js';
import { contactMoments } from '../modules/contact-moments/contact-moments.tables.js';
import { demoPersonas, demoSeedRuns, registryAddresses, registryBusinesses, registryIncomes, registryPersons, registryRelations } from '../modules/registry/registry.tables.js';
import { selectIncomeCandidates } from '../modules/registry/registry.repository.js';
import { hashPassword } from '../modules/staff/password.js';
import { staffUsers } from '../modules/staff/staff.tables.js';
import { buildContactMoments } from './demo-contact-moments.js';
import { demoUuid } from './demo-ids.js';
import { buildPersonas } from './demo-personas.js';
import { ageOf, generatePopulation, type DemoPopulation } from './demo-population.js';
import { queueDemoAssessments, seedDemoApplications } from './demo-applications.js';
import { buildIncomes } from './demo-incomes.js';
import { createEmbeddedBusinessRegistry } from '../modules/registry/embedded-business-registry.js';
import { createEmbeddedPersonRegistry } from '../modules/registry/embedded-person-registry.js';
import { selectCurrentVersion } from '../modules/regelingen/regelingen.repository.js';
import { demoStaffAccounts } from './demo-staff-accounts.js';
import { demoSeedActor, openDemoRounds } from './demo-rounds.js';

/**
 * Raise when the seed gains content; an existing demo database then receives the parts newer than
 * the version it has: 1 the registries, personas, staff and contact moments; 2 applications;
 * 3 incomes; 4 Priya Ramdin works part-time instead of having a benefit (see demo-incomes.ts);
 * 5 the queue applications get their automatic assessment (see queueDemoAssessments).
 */
export const DEMO_SEED_VERSION = 5;
const MIN_PERSONS = 10_000;
const CONTACT_MOMENTS = 300;
const QUEUE_APPLICATIONS = 40;
/** Persona members whose income changed in seed version 4. */
const CHANGED_IN_4 = new Set([demoUuid('persona:ramdin:priya')]);

export interface SeedResult {
  skipped: boolean;
  persons: number;
  addresses: number;
  businesses: number;
  staff: number;
  contactMoments: number;
  applications: number;
  incomes: number;
  /** Regelingen whose figures were carried into this year (see demo-rounds.ts), at this start. */
  carriedOver: { regelingId: string; keys: string[] }[];
}

type Summary = Omit<SeedResult, 'skipped' | 'carriedOver'>;

/**
 * Seeds the synthetic demo municipality: base registries, DigiD test personas, one staff account
 * per role, a few hundred contact moments, applications and incomes. Idempotent: every row has a
 * deterministic key and is inserted with ON CONFLICT DO NOTHING, in one transaction, and only the
 * parts newer than the last recorded seed version are added. At every start, before that, the
 * demo rounds of this year are opened (demo-rounds.ts): the seeded applications' assessments,
 * which a running worker may start as soon as the seed commits, find this year's figures.
 */
export async function seedDemoMunicipality(options: { db: Db; config: AppConfig; logger?: Logger; referenceDate?: Date }): Promise<SeedResult> {
  if (options.config.env === 'production') throw new Error('The demo municipality is never seeded in production.');
  const referenceDate = options.referenceDate ?? new Date();
  const carriedOver = await openDemoRounds({ db: options.db, municipalityName: options.config.municipality.name, referenceDate });
  const result = await seedParts({ ...options, referenceDate });
  return { ...result, carriedOver };
}

async function seedParts(options: { db: Db; config: AppConfig; referenceDate: Date }): Promise<Omit<SeedResult, 'carriedOver'>> {
  const { db, config, referenceDate } = options;
  const before = await latestRun(db);
  if (before && before.version >= DEMO_SEED_VERSION) return { skipped: true, ...before.summary };

  const applied = before?.version ?? 0;
  for (const regeling of applied < 2 ? ['tozo', 'energietoeslag'] : []) {
    if (!(await selectCurrentVersion(db, regeling))) throw new Error(`The demo seed needs the regelingen content: import it first (regeling ${regeling} is missing).`);
  }
  const municipality = { municipalityCode: config.municipality.code, municipalityName: config.municipality.name };
  const population = generatePopulation({ referenceDate, minPersons: MIN_PERSONS, ...municipality });
  const personas = buildPersonas({ referenceDate, ...municipality });
  const all = merge(population, personas);
  // Hashing is slow on purpose (argon2id); do it before the transaction takes its locks.
  const staff = await Promise.all(
    (applied < 1 ? demoStaffAccounts : []).map(async (account) => ({
      id: demoUuid(`staff:${account.username}`),
      username: account.username,
      displayName: account.displayName,
      team: account.team,
      roles: account.roles,
      passwordHash: await hashPassword(account.password),
    })),
  );
  const consultantIds = demoStaffAccounts.filter((s) => s.roles.includes('consulent')).map((s) => demoUuid(`staff:${s.username}`));
  const moments = buildContactMoments({ persons: all.persons, consultantIds, referenceDate, count: CONTACT_MOMENTS });

  return db.transaction(async (tx) => {
    // Two instances starting at once: the second waits here and then finds the run recorded.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('eenloket:demo-seed'))`);
    const again = await latestRun(tx);
    if (again && again.version >= DEMO_SEED_VERSION) return { skipped: true, ...again.summary };
    const summary: Summary = { persons: 0, addresses: 0, businesses: 0, staff: 0, contactMoments: 0, applications: 0, incomes: 0, ...again?.summary };
    // Decided again under the lock: another instance may have added parts meanwhile (never removed any).
    const from = again?.version ?? 0;

    if (from < 1) {
      await insertChunked(tx, registryAddresses, all.addresses);
      await insertChunked(tx, registryPersons, all.persons);
      await insertChunked(tx, registryRelations, all.relations);
      await insertChunked(tx, registryBusinesses, all.businesses);
      await insertChunked(tx, demoPersonas, personas.personas);
      await tx.insert(staffUsers).values(staff).onConflictDoNothing();
      await insertChunked(tx, contactMoments, moments);
      Object.assign(summary, { persons: all.persons.length, addresses: all.addresses.length, businesses: all.businesses.length, staff: staff.length, contactMoments: moments.length });
    }
    if (from < 2) {
      // The registries must read inside this transaction: the persons are not committed yet.
      summary.applications = await seedDemoApplications({
        tx,
        registry: createEmbeddedPersonRegistry(tx),
        businesses: createEmbeddedBusinessRegistry(tx),
        tozoBsn: personas.personas[0]!.bsn,
        queueBsns: livingAlone(population, referenceDate).slice(0, QUEUE_APPLICATIONS),
        consultantId: consultantIds[0]!,
        referenceDate,
      });
    }
    if (from < 3) {
      // From the persons in the database, so a database seeded before version 3 gets the same incomes.
      const incomes = buildIncomes({ persons: await selectIncomeCandidates(tx), referenceDate, municipalityName: config.municipality.name });
      await insertChunked(tx, registryIncomes, incomes);
      summary.incomes = incomes.length;
    } else if (from < 4) {
      // The incomes are there, with the persona incomes of version 3: those that changed are replaced.
      const changed = (await selectIncomeCandidates(tx)).filter((person) => CHANGED_IN_4.has(person.id));
      await tx.delete(registryIncomes).where(inArray(registryIncomes.personId, [...CHANGED_IN_4]));
      const incomes = buildIncomes({ persons: changed, referenceDate, municipalityName: config.municipality.name });
      await insertChunked(tx, registryIncomes, incomes);
    }

    // As their submits would have (version 5): the queue shows proposals, not "not assessed yet".
    const assessmentsQueued = from < 5 ? await queueDemoAssessments(tx, QUEUE_APPLICATIONS) : 0;

    await tx.insert(demoSeedRuns).values({ version: DEMO_SEED_VERSION, summary });
    await appendAuditEntries(tx, [
      { actor: demoSeedActor, action: 'demo.seeded', details: { version: DEMO_SEED_VERSION, from, ...summary, assessmentsQueued } },
    ]);
    return { skipped: false, ...summary };
  });
}

/** The newest recorded seed run; its summary counts everything seeded up to that version. */
async function latestRun(db: Db): Promise<{ version: number; summary: Summary } | undefined> {
  const [run] = await db.select().from(demoSeedRuns).orderBy(desc(demoSeedRuns.version)).limit(1);
  return run ? { version: run.version, summary: { incomes: 0, ...(run.summary as Partial<Summary>) } as Summary } : undefined;
}

/** Adults of 25 to 64 who live alone: simple energietoeslag applicants for the work queue. */
function livingAlone(population: DemoPopulation, referenceDate: Date): string[] {
  const living = population.persons.filter((p) => !p.deathDate && p.addressId);
  const perAddress = new Map<string, number>();
  for (const p of living) perAddress.set(p.addressId!, (perAddress.get(p.addressId!) ?? 0) + 1);
  const withPartner = new Set(population.relations.filter((r) => r.type === 'partner').map((r) => r.personId));
  return living
    .filter((p) => perAddress.get(p.addressId!) === 1 && !withPartner.has(p.id!) && ageOf(p.birthDate, referenceDate) >= 25 && ageOf(p.birthDate, referenceDate) < 65)
    .map((p) => p.bsn);
}

function merge(a: DemoPopulation, b: DemoPopulation): DemoPopulation {
  return {
    addresses: [...a.addresses, ...b.addresses],
    persons: [...a.persons, ...b.persons],
    relations: [...a.relations, ...b.relations],
    businesses: [...a.businesses, ...b.businesses],
  };
}

type InsertTable = Parameters<Db['insert']>[0];

async function insertChunked<T extends InsertTable>(tx: Db, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  // Chunks keep each statement well under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(table).values(rows.slice(i, i + 1000) as T['$inferInsert'][]).onConflictDoNothing();
  }
}
