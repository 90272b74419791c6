import { z } from 'zod';
import { bsnSchema } from '../../shared/bsn.js';
import { accessPurposeCodes } from './access-purposes.js';

export const addressSchema = z
  .object({
    street: z.string(),
    houseNumber: z.number().int(),
    houseLetter: z.string().nullable(),
    houseNumberAddition: z.string().nullable(),
    postcode: z.string(),
    city: z.string(),
    municipalityCode: z.string(),
  })
  .meta({ id: 'Address' });

export const personSchema = z
  .object({
    bsn: z.string(),
    name: z.object({ givenNames: z.string(), prefix: z.string().nullable(), familyName: z.string(), full: z.string() }),
    birthDate: z.string(),
    gender: z.enum(['M', 'V', 'O']),
    nationality: z.string(),
    deathDate: z.string().nullable(),
    residentSince: z.string().nullable(),
    address: addressSchema.nullable(),
  })
  .meta({ id: 'Person' });

export const householdMemberSchema = z.object({
  relation: z.enum(['self', 'partner', 'child', 'parent', 'co-resident']),
  person: personSchema,
});

export const businessSchema = z
  .object({
    kvkNumber: z.string(),
    tradeName: z.string(),
    legalForm: z.string(),
    sbiCode: z.string(),
    sbiDescription: z.string(),
    registeredOn: z.string(),
    deregisteredOn: z.string().nullable(),
    homeBased: z.boolean(),
    address: addressSchema.nullable(),
  })
  .meta({ id: 'Business' });

export const purposeSchema = z.enum(accessPurposeCodes).describe('Purpose of the access (doelbinding)');

const isoDate = z.iso.date();

export const personSearchBody = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('bsn'), bsn: bsnSchema, purpose: purposeSchema }),
    z.strictObject({
      type: z.literal('name-birthdate'),
      familyName: z.string().trim().min(1).max(200),
      birthDate: isoDate,
      purpose: purposeSchema,
    }),
    z.strictObject({
      type: z.literal('postcode-housenumber'),
      postcode: z
        .string()
        .trim()
        .transform((v) => v.replace(/\s+/g, '').toUpperCase())
        .pipe(z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/, { message: 'postcode' })),
      houseNumber: z.number().int().min(1).max(99999),
      purpose: purposeSchema,
    }),
    z.strictObject({
      type: z.literal('name'),
      familyName: z.string().trim().min(2).max(200),
      givenNames: z.string().trim().min(1).max(200).optional(),
      purpose: purposeSchema,
    }),
  ])
  .meta({ id: 'PersonSearch' });

export const personSearchResult = z.object({
  persons: z.array(personSchema),
  truncated: z.boolean().describe('More persons matched than are shown; refine the search'),
});

export const personFileBody = z.strictObject({ bsn: bsnSchema, purpose: purposeSchema });

export const contactMomentSchema = z
  .object({
    id: z.string().uuid(),
    channel: z.enum(['telefoon', 'balie', 'email', 'brief', 'huisbezoek']),
    topic: z.string(),
    summary: z.string(),
    status: z.enum(['open', 'afgehandeld']),
    registeredAt: z.iso.datetime(),
    registeredByName: z.string().nullable(),
    assignedToName: z.string().nullable(),
  })
  .meta({ id: 'ContactMoment' });

export const personFileSchema = z
  .object({
    person: personSchema,
    household: z.array(householdMemberSchema),
    businesses: z.array(businessSchema),
    contactMoments: z.array(contactMomentSchema),
    registrySource: z.string(),
  })
  .meta({ id: 'PersonFile' });
