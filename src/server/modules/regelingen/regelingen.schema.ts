import { z } from 'zod';
import { MAX_FILE_CHARS } from './version-file-problems.js';
import { localizedText, parameterUnit, precheckQuestion, translationFile, versionFile } from './regeling-content.schema.js';

export const langQuery = z.strictObject({ lang: z.enum(['nl', 'en']).default('nl') });

const jsonObject = z.record(z.string(), z.unknown());

export const regelingSummarySchema = z
  .object({
    id: z.string(),
    name: localizedText,
    summary: localizedText,
    kind: z.string(),
    audience: z.array(z.string()),
    legalBasis: localizedText,
    precheck: z.object({ intro: localizedText.optional(), questions: z.array(precheckQuestion) }),
    currentVersion: z.object({ version: z.number().int(), label: localizedText, decisionTermWeeks: z.number().int(), cosign: z.string() }),
  })
  .meta({ id: 'RegelingSummary' });

export const regelingFormSchema = z
  .object({
    regelingId: z.string(),
    name: z.string(),
    version: z.number().int(),
    status: z.string(),
    label: z.string(),
    decisionTermWeeks: z.number().int(),
    cosign: z.enum(['none', 'partner']),
    extends: z.object({ versions: z.array(z.number().int()), label: z.string() }).nullable(),
    pages: z.array(z.object({ id: z.string(), title: z.string(), intro: z.string().nullable(), when: jsonObject.nullable() })),
    evidence: z.array(z.object({ id: z.string(), title: z.string(), help: z.string(), required: z.union([z.boolean(), jsonObject]), maxFiles: z.number().int() })),
    prefill: z.record(z.string(), z.string()).describe('Data pointer → registry source (person.*, household.* from the BRP; business.* from the KvK)'),
    carryOver: z.array(z.string()).describe('Data pointers taken over from the extended application'),
    contact: z.object({ email: z.string().optional(), phone: z.string().optional() }).describe('Where the form asks for contact details; the confirmation email goes to `email`'),
    schema: jsonObject.describe('JSON Schema draft-07, in the requested language'),
    ui: jsonObject.describe('react-jsonschema-form uiSchema, in the requested language'),
  })
  .meta({ id: 'RegelingForm' });

const periodSchema = z.object({
  id: z.uuid(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  value: z.union([z.number(), z.string()]),
  source: z.string(),
  confirmed: z.boolean(),
  note: z.string().nullable(),
  origin: z.string(),
  createdAt: z.iso.datetime(),
});

export const regelingAdminSchema = z
  .object({
    id: z.string(),
    name: localizedText,
    kind: z.string(),
    versions: z.array(
      z.object({
        version: z.number().int(),
        status: z.string(),
        origin: z.string(),
        label: localizedText,
        createdAt: z.iso.datetime(),
        publishedAt: z.iso.datetime().nullable(),
        current: z.boolean(),
      }),
    ),
    parameters: z.array(
      z.object({
        key: z.string(),
        label: localizedText,
        unit: z.string(),
        /** The period that applies today, if any. */
        current: periodSchema.nullable(),
        periods: z.array(periodSchema),
      }),
    ),
  })
  .meta({ id: 'RegelingAdmin' });

export const versionDocumentSchema = z
  .object({
    regelingId: z.string(),
    version: z.number().int(),
    status: z.string(),
    origin: z.string(),
    content: z.object({ meta: jsonObject, schema: jsonObject, ui: jsonObject, en: jsonObject }),
    files: z.record(z.string(), z.string()),
  })
  .meta({ id: 'RegelingVersionDocument' });

export const addPeriodBody = z.strictObject({
  validFrom: z.iso.date(),
  validTo: z.iso.date().optional(),
  value: z.union([z.number().finite(), z.iso.date()]),
  source: z.string().trim().min(3).max(500),
  confirmed: z.boolean(),
  note: z.string().trim().max(1000).optional(),
  /** Replace the active period that starts on the same day (it is withdrawn, not deleted). */
  replace: z.boolean().default(false),
});
export type AddPeriodInput = z.infer<typeof addPeriodBody>;

/** A reason for withdrawing something, kept in the audit trail. */
export const reasonBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export const createVersionBody = z.strictObject({ basedOn: z.number().int().min(1).optional() });

/** The four documents of a version, as edited in the Werkplek (same schema as the files). */
export const updateVersionBody = z.strictObject({
  meta: versionFile.omit({ version: true }),
  schema: jsonObject,
  ui: jsonObject,
  en: translationFile,
});
export type UpdateVersionInput = z.infer<typeof updateVersionBody>;

/** A decision model or examples file of a draft, replaced as a whole (the text as saved by the modeler). */
export const updateVersionFileBody = z.strictObject({
  path: z.string().regex(/^(decisions\/[\w.-]+\.dmn|examples\/[\w.-]+\.json)$/).describe('e.g. decisions/beoordeling-v2.dmn or examples/beoordeling-v2.json'),
  content: z.string().min(1).max(MAX_FILE_CHARS),
});

const exampleOutcome = z.object({ eligible: z.boolean().nullable(), route: z.string().nullable(), amount: z.number().nullable(), reasons: z.array(z.string()) });

export const exampleCheckSchema = z
  .object({
    regelingId: z.string(),
    version: z.number().int(),
    model: z.string().nullable().describe('The assessment model file; null when the version has no automatic assessment'),
    examples: z.string().nullable().describe('The examples file; null when the version has none'),
    passed: z.boolean().describe('Every case gave its expected outcome (true when there are no cases)'),
    problems: z.array(localizedText).describe('Problems that kept every case from running (the model does not load), in Dutch and English'),
    cases: z.array(
      z.object({
        id: z.string(),
        description: localizedText,
        expected: z.object({ eligible: z.boolean(), route: z.string(), amount: z.number().nullable(), reasons: z.array(z.string()) }),
        actual: exampleOutcome,
        passed: z.boolean(),
        problems: z.array(localizedText).describe('What differs from the expected outcome, and errors of the model, in Dutch and English'),
      }),
    ),
  })
  .meta({ id: 'RegelingExampleCheck' });

export const periodParams = z.strictObject({ id: z.string(), key: z.string(), periodId: z.uuid() });
export const parameterParams = z.strictObject({ id: z.string(), key: z.string() });
export const versionParams = z.strictObject({ id: z.string(), version: z.coerce.number().int().min(1) });
export const regelingParams = z.strictObject({ id: z.string() });

export { parameterUnit };
