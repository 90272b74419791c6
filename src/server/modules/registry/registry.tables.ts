import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The embedded base registries: the demo municipality's persons (BRP-like), businesses (KvK-like)
// and incomes (Suwinet-like). In production these tables stay empty and the registry connectors call
// Haal Centraal BRP, the KVK API and an income gateway (see docs/registry-connectors.md).

export const registryAddresses = pgTable(
  'registry_addresses',
  {
    id: uuid('id').primaryKey(),
    /** BAG nummeraanduiding identification (16 digits). */
    bagId: text('bag_id').notNull().unique(),
    street: text('street').notNull(),
    houseNumber: integer('house_number').notNull(),
    houseLetter: text('house_letter'),
    houseNumberAddition: text('house_number_addition'),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    municipalityCode: text('municipality_code').notNull(),
  },
  (t) => [index('registry_addresses_postcode_idx').on(t.postcode, t.houseNumber)],
);

export const registryPersons = pgTable(
  'registry_persons',
  {
    id: uuid('id').primaryKey(),
    bsn: text('bsn').notNull().unique(),
    givenNames: text('given_names').notNull(),
    familyNamePrefix: text('family_name_prefix'),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    gender: text('gender', { enum: ['M', 'V', 'O'] }).notNull(),
    nationality: text('nationality').notNull(),
    addressId: uuid('address_id').references(() => registryAddresses.id),
    residentSince: date('resident_since', { mode: 'string' }),
    deathDate: date('death_date', { mode: 'string' }),
    /** Lower-cased "given family" name for prefix search by staff. */
    searchName: text('search_name').notNull(),
  },
  (t) => [
    index('registry_persons_address_idx').on(t.addressId),
    index('registry_persons_search_idx').on(t.searchName),
    index('registry_persons_family_idx').on(t.familyName),
  ],
);

/** Family relations as in the BRP: partner (marriage or registered partnership), parent, child. */
export const registryRelations = pgTable(
  'registry_relations',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => registryPersons.id),
    relatedPersonId: uuid('related_person_id')
      .notNull()
      .references(() => registryPersons.id),
    type: text('type', { enum: ['partner', 'parent', 'child'] }).notNull(),
    since: date('since', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.relatedPersonId, t.type] })],
);

export const registryBusinesses = pgTable(
  'registry_businesses',
  {
    kvkNumber: text('kvk_number').primaryKey(),
    tradeName: text('trade_name').notNull(),
    legalForm: text('legal_form').notNull(),
    sbiCode: text('sbi_code').notNull(),
    sbiDescription: text('sbi_description').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    deregisteredOn: date('deregistered_on', { mode: 'string' }),
    ownerPersonId: uuid('owner_person_id').references(() => registryPersons.id),
    addressId: uuid('address_id').references(() => registryAddresses.id),
    homeBased: boolean('home_based').notNull().default(false),
  },
  (t) => [index('registry_businesses_owner_idx').on(t.ownerPersonId)],
);

/**
 * What a payer (employer, UWV, SVB, pension fund) pays a person each month, as in the UWV
 * polisadministratie. A row is one income relation with a constant monthly amount from `validFrom`
 * until `validTo` (first days of months, inclusive; null while it continues).
 */
export const registryIncomes = pgTable(
  'registry_incomes',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => registryPersons.id),
    payerName: text('payer_name').notNull(),
    kind: text('kind', { enum: ['loon', 'uitkering', 'aow', 'pensioen', 'overig'] }).notNull(),
    grossMonthlyCents: integer('gross_monthly_cents').notNull(),
    netMonthlyCents: integer('net_monthly_cents'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('registry_incomes_person_idx').on(t.personId)],
);

/** Demo residents offered by the DigiD test login, with what makes each one interesting. */
export const demoPersonas = pgTable('demo_personas', {
  bsn: text('bsn').primaryKey(),
  sort: integer('sort').notNull(),
  descriptionNl: text('description_nl').notNull(),
  descriptionEn: text('description_en').notNull(),
});

/** One row per version of the demo seed that was applied, so `npm start` seeds once and a newer seed adds its part. */
export const demoSeedRuns = pgTable('demo_seed_runs', {
  version: integer('version').primaryKey(),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
  summary: jsonb('summary').$type<Record<string, number>>().notNull(),
});
