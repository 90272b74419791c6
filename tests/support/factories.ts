import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/server/db/database.js';
import type { StaffRole } from '../../src/server/modules/auth/principal.js';
import { contactMoments } from '../../src/server/modules/contact-moments/contact-moments.tables.js';
import { registryAddresses, registryBusinesses, registryPersons, registryRelations } from '../../src/server/modules/registry/registry.tables.js';
import { hashPassword } from '../../src/server/modules/staff/password.js';
import { insertStaffUser, type StaffUserRow } from '../../src/server/modules/staff/staff.repository.js';

let sequence = 0;
const next = () => ++sequence;

/** A valid BSN that no other factory call in this process returns. */
export function uniqueBsn(): string {
  for (;;) {
    const base = String(200_000_000 + next() * 7919 + Math.floor(Math.random() * 1000)).slice(0, 8).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(base[i]) * (9 - i);
    const check = sum % 11;
    if (check < 10) return `${base}${check}`;
  }
}

export const testPassword = 'Correct-Horse-Battery-9';

export async function createStaff(db: Db, options: { roles: StaffRole[]; username?: string; displayName?: string; password?: string; active?: boolean }): Promise<StaffUserRow & { password: string }> {
  const n = next();
  const password = options.password ?? testPassword;
  const row = await insertStaffUser(db, {
    username: options.username ?? `staff${n}`,
    displayName: options.displayName ?? `Medewerker ${n}`,
    roles: options.roles,
    passwordHash: await hashPassword(password),
    active: options.active ?? true,
  });
  return { ...row, password };
}

export interface PersonOptions {
  bsn?: string;
  givenNames?: string;
  prefix?: string | null;
  familyName?: string;
  birthDate?: string;
  gender?: 'M' | 'V' | 'O';
  addressId?: string;
  municipalityCode?: string;
}

export async function createAddress(db: Db, options: { municipalityCode?: string; postcode?: string; houseNumber?: number } = {}) {
  const n = next();
  const [row] = await db
    .insert(registryAddresses)
    .values({
      id: randomUUID(),
      bagId: `999920${String(5_000_000_000 + n).padStart(10, '0')}`,
      street: 'Teststraat',
      houseNumber: options.houseNumber ?? n,
      postcode: options.postcode ?? '9999TS',
      city: 'Voorbeeldstad',
      municipalityCode: options.municipalityCode ?? '9999',
    })
    .returning();
  return row!;
}

export async function createPerson(db: Db, options: PersonOptions = {}) {
  const n = next();
  const addressId = options.addressId ?? (await createAddress(db, { municipalityCode: options.municipalityCode ?? '9999' })).id;
  const givenNames = options.givenNames ?? `Test${n}`;
  const familyName = options.familyName ?? `Persoon${n}`;
  const [row] = await db
    .insert(registryPersons)
    .values({
      id: randomUUID(),
      bsn: options.bsn ?? uniqueBsn(),
      givenNames,
      familyNamePrefix: options.prefix ?? null,
      familyName,
      birthDate: options.birthDate ?? '1985-06-15',
      gender: options.gender ?? 'V',
      nationality: 'Nederlandse',
      addressId,
      residentSince: '2015-01-01',
      searchName: `${givenNames} ${familyName}`.toLowerCase(),
    })
    .returning();
  return row!;
}

/** A couple with children at one address, with BRP relations both ways. */
export async function createFamily(db: Db, options: { children?: number } = {}) {
  const address = await createAddress(db);
  const familyName = `Gezin${next()}`;
  const a = await createPerson(db, { addressId: address.id, familyName, givenNames: 'Anna', gender: 'V', birthDate: '1984-03-02' });
  const b = await createPerson(db, { addressId: address.id, familyName, givenNames: 'Bram', gender: 'M', birthDate: '1982-11-20' });
  const children = [];
  for (let i = 0; i < (options.children ?? 2); i++) {
    children.push(await createPerson(db, { addressId: address.id, familyName, givenNames: `Kind${i + 1}`, birthDate: `201${i + 2}-05-0${i + 1}` }));
  }
  const relations: (typeof registryRelations.$inferInsert)[] = [
    { personId: a.id, relatedPersonId: b.id, type: 'partner', since: '2010-06-01' },
    { personId: b.id, relatedPersonId: a.id, type: 'partner', since: '2010-06-01' },
  ];
  for (const child of children) {
    for (const parent of [a, b]) {
      relations.push({ personId: parent.id, relatedPersonId: child.id, type: 'child' });
      relations.push({ personId: child.id, relatedPersonId: parent.id, type: 'parent' });
    }
  }
  await db.insert(registryRelations).values(relations);
  return { address, partners: [a, b] as const, children };
}

export async function createBusiness(db: Db, ownerPersonId: string, options: { kvkNumber?: string; registeredOn?: string; deregisteredOn?: string | null } = {}) {
  const [row] = await db
    .insert(registryBusinesses)
    .values({
      kvkNumber: options.kvkNumber ?? String(80_000_000 + next()),
      tradeName: 'Testbedrijf',
      legalForm: 'Eenmanszaak',
      sbiCode: '7410',
      sbiDescription: 'Industrieel ontwerp en vormgeving',
      registeredOn: options.registeredOn ?? '2018-04-01',
      deregisteredOn: options.deregisteredOn ?? null,
      ownerPersonId,
    })
    .returning();
  return row!;
}

export async function createContactMoment(db: Db, options: { subjectBsn: string; assignedTo?: string; status?: 'open' | 'afgehandeld' }) {
  const [row] = await db
    .insert(contactMoments)
    .values({
      subjectBsn: options.subjectBsn,
      channel: 'telefoon',
      topic: 'Vraag over bijzondere bijstand',
      summary: 'Inwoner vraagt hoe bijzondere bijstand werkt.',
      status: options.status ?? 'open',
      assignedTo: options.assignedTo ?? null,
      registeredAt: new Date(),
    })
    .returning();
  return row!;
}
