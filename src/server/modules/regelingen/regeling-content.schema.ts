import { z } from 'zod';
import { prefillSources } from '../../../shared/forms/prefill-sources.js';

// The files of a regeling folder (see docs/regelingen-content.md). Every file is parsed with one of
// these schemas at load; an error names the file and the field.

export const localizedText = z.strictObject({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
export type LocalizedContent = z.infer<typeof localizedText>;

const isoDate = z.iso.date();
const slug = z.string().regex(/^[a-z][a-z0-9-]{1,48}$/, 'lower-case letters, digits and hyphens');
const fieldId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,48}$/, 'letters and digits, starting with a letter');

/** A JSON Schema (draft-07) object; compiled and checked with ajv after the zod parse. */
const jsonSchemaObject = z.record(z.string(), z.unknown());

/** A condition on the form data, written as a JSON Schema: it holds when the data is valid against it. */
export const condition = jsonSchemaObject.describe('JSON Schema evaluated against the whole form data');

export const precheckQuestion = z.strictObject({
  id: fieldId,
  question: localizedText,
  help: localizedText.optional(),
  /** The answer that fits the regeling; the other answer shows `otherwise`. */
  expected: z.boolean(),
  otherwise: localizedText,
});

export const regelingFile = z.strictObject({
  id: slug,
  name: localizedText,
  summary: localizedText,
  kind: z.enum(['inkomensondersteuning', 'eenmalige-toeslag', 'wmo-voorziening']),
  audience: z.array(z.enum(['inwoner', 'ondernemer'])).min(1),
  legalBasis: localizedText,
  precheck: z.strictObject({ intro: localizedText.optional(), questions: z.array(precheckQuestion).min(1).max(8) }),
});
export type RegelingFile = z.infer<typeof regelingFile>;

export const parameterUnit = z.enum(['EUR', 'EUR/maand', 'EUR/jaar', 'procent', 'uren/jaar', 'uren/week', 'jaren', 'maanden', 'dagen', 'weken', 'datum', 'aantal']);

export const parameterPeriod = z
  .strictObject({
    validFrom: isoDate,
    validTo: isoDate.optional(),
    /** Numbers for amounts, counts and percentages; an ISO date for unit "datum". */
    value: z.union([z.number().finite(), isoDate]),
    source: z.string().trim().min(3).describe('Where the figure comes from: regulation, table, article'),
    /** False for a figure we could not verify; the Werkplek shows it as such until an administrator confirms it. */
    confirmed: z.boolean(),
    note: z.string().optional(),
  })
  .refine((p) => !p.validTo || p.validTo >= p.validFrom, { message: 'validTo is before validFrom', path: ['validTo'] })
  .refine((p) => p.confirmed || (p.note ?? '').trim().length > 0, { message: 'an unconfirmed figure needs a note saying why', path: ['note'] });

export const parameterDefinition = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/, 'dotted camelCase, e.g. norm.alleenstaande'),
  label: localizedText,
  unit: parameterUnit,
  periods: z.array(parameterPeriod).min(1),
});

export const parametersFile = z
  .strictObject({ parameters: z.array(parameterDefinition).min(1) })
  .superRefine((file, ctx) => {
    const keys = new Set<string>();
    file.parameters.forEach((p, i) => {
      if (keys.has(p.key)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'key'], message: `duplicate key ${p.key}` });
      keys.add(p.key);
      const starts = new Set<string>();
      p.periods.forEach((period, j) => {
        if (starts.has(period.validFrom)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'periods', j, 'validFrom'], message: 'two periods start on the same day' });
        starts.add(period.validFrom);
        const next = [...p.periods].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).find((q) => q.validFrom > period.validFrom);
        if (period.validTo && next && period.validTo >= next.validFrom) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'periods', j, 'validTo'], message: `overlaps the period from ${next.validFrom}` });
        const numeric = typeof period.value === 'number';
        if ((p.unit === 'datum') === numeric) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'periods', j, 'value'], message: p.unit === 'datum' ? 'a date (YYYY-MM-DD) is expected' : 'a number is expected' });
      });
    });
  });
export type ParametersFile = z.infer<typeof parametersFile>;

export const pageDefinition = z.strictObject({
  id: fieldId,
  title: localizedText,
  intro: localizedText.optional(),
  /** The page (and its answers) only applies when this condition holds. */
  when: condition.optional(),
});

export const evidenceDefinition = z.strictObject({
  id: slug,
  title: localizedText,
  help: localizedText,
  /** true, false, or a condition on the form data. */
  required: z.union([z.boolean(), condition]),
  maxFiles: z.number().int().min(1).max(10).default(3),
});

const dataPointer = z.string().regex(/^(\/[a-zA-Z][a-zA-Z0-9]*)+$/, 'a JSON pointer into the form data, e.g. /aanvrager/email');

/**
 * Facts the assessment derives from the base registries and the application history, for the
 * decision models. Dates are ISO strings; ages in whole years on the reference date.
 */
export const assessmentFacts = [
  'person.age',
  'person.livesInMunicipality',
  'person.deceased',
  'household.hasPartner',
  'household.partnerAge',
  'household.type',
  'household.size',
  'household.childrenUnder18',
  'household.costSharers',
  'household.earlierApplications',
  'business.found',
  'business.active',
  'business.registeredOn',
  'income.applicantMonthlyNet',
  'income.partnerMonthlyNet',
  'application.referenceDate',
  'application.channel',
] as const;

const assessmentInput = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('form'), pointer: dataPointer, label: localizedText }),
  z.strictObject({ source: z.literal('fact'), fact: z.enum(assessmentFacts), label: localizedText }),
  z.strictObject({ source: z.literal('parameter'), key: z.string().min(1), label: localizedText }),
]);
export type AssessmentInput = z.infer<typeof assessmentInput>;

/**
 * How the automatic assessment evaluates this version: one DMN model, its input data filled from
 * the form, registry facts and parameters (on the reference date), and the decisions that give the
 * outcome. `eligible` is a boolean decision; `reasons` a list of texts saying which conditions are
 * not met (empty when eligible); `amount` a number in euros (absent for provisions in kind);
 * `route` gives "automatisch" when a grant may be decided without a person, anything else means a
 * person decides; its matched rule annotations say why.
 */
export const assessmentDefinition = z.strictObject({
  model: z.string().regex(/^decisions\/[\w.-]+\.dmn$/),
  inputs: z.record(z.string().min(1), assessmentInput),
  decisions: z.strictObject({
    eligible: z.string().min(1),
    reasons: z.string().min(1),
    amount: z.string().min(1).optional(),
    route: z.string().min(1),
    /** Optional: a decision giving the period a grant covers, a context { from, to } of dates. */
    period: z.string().min(1).optional(),
  }),
  /**
   * Where the form holds the BSN of a partner the applicant declares (samenwonend without a BRP
   * relation). Defaults to `cosignerPointer`. A co-resident with that BSN counts as the partner.
   */
  partnerPointer: dataPointer.optional(),
  /** The day parameters and ages are taken on: the day the application was sent, or a date in the form. */
  referenceDate: z.union([z.literal('submitted'), z.strictObject({ pointer: dataPointer })]).default('submitted'),
  /** Example cases with expected outcomes: publishing is refused when one fails. */
  examples: z.string().regex(/^examples\/[\w.-]+\.json$/).optional(),
});
export type AssessmentDefinition = z.infer<typeof assessmentDefinition>;

/**
 * examples/*.json: cases worked out by hand from the rules and the norms. `facts` are what the
 * registries say (keys from assessmentFacts), `answers` the form data, `referenceDate` the day the
 * application counts from. Publishing a version is refused when a case's outcome differs.
 */
export const exampleCase = z.strictObject({
  id: slug,
  description: localizedText,
  referenceDate: isoDate,
  // A partial record: with an enum key, zod's z.record demands every fact; a case names only those it needs.
  facts: z.partialRecord(z.enum(assessmentFacts), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  answers: z.record(z.string(), z.record(z.string(), z.unknown())),
  expected: z.strictObject({
    eligible: z.boolean(),
    /** Euros; omitted for provisions in kind. */
    amount: z.number().optional(),
    /** "automatisch" or the route that sends it to a person. */
    route: z.string().min(1),
    /** Every reason must appear (as a substring) among the reasons the model gives. */
    reasons: z.array(z.string()).default([]),
  }),
});
export const examplesFile = z.strictObject({ cases: z.array(exampleCase).min(1) });
export type ExampleCase = z.infer<typeof exampleCase>;

export const versionFile = z.strictObject({
  version: z.number().int().min(1),
  label: localizedText,
  changes: localizedText.optional(),
  /** Statutory decision term; Awb 4:13 (8 weeks) unless the regeling says otherwise. */
  decisionTerm: z.strictObject({ weeks: z.number().int().min(1).max(26), source: z.string().min(3), confirmed: z.boolean() }),
  /** "partner": a partner in the household co-signs before the application counts as received. */
  cosign: z.enum(['none', 'partner']),
  /** Applications under this version may extend ("verlenging") an earlier application of these versions. */
  extends: z.strictObject({ versions: z.array(z.number().int().min(1)).min(1), label: localizedText }).optional(),
  pages: z.array(pageDefinition).min(1),
  evidence: z.array(evidenceDefinition),
  /** Data pointer → registry value filled in before the resident starts. */
  prefill: z.record(dataPointer, z.enum(prefillSources)).default({}),
  /** Where the form asks for contact details: the confirmation email goes to `email`. */
  contact: z.strictObject({ email: dataPointer.optional(), phone: dataPointer.optional() }).default({}),
  /** Where the form holds the partner's BSN; that person co-signs (cosign "partner"). Without it the BRP partner co-signs. */
  cosignerPointer: dataPointer.optional(),
  /** Data pointers that are taken over from the extended application when it exists. */
  carryOver: z.array(dataPointer).default([]),
  decisionModels: z.array(z.strictObject({ id: slug, file: z.string().regex(/^decisions\/[\w.-]+\.dmn$/) })).default([]),
  assessment: assessmentDefinition.optional(),
  letters: z.array(z.strictObject({ id: slug, file: z.string().regex(/^letters\/[\w.-]+\.md$/) })).default([]),
});
export type VersionFile = z.infer<typeof versionFile>;

/** Files of the regeling folder a version refers to (decision models, letters, the assessment model and its examples). */
export function referencedFiles(meta: VersionFile): { id: string; file: string }[] {
  const refs = [...meta.decisionModels, ...meta.letters];
  if (meta.assessment) {
    refs.push({ id: 'assessment.model', file: meta.assessment.model });
    if (meta.assessment.examples) refs.push({ id: 'assessment.examples', file: meta.assessment.examples });
  }
  return refs;
}

/** English texts for the Dutch form: JSON pointer into form.schema.json or form.ui.json → text. */
export const translationFile = z.strictObject({
  schema: z.record(z.string().startsWith('/'), z.string().min(1)),
  ui: z.record(z.string().startsWith('/'), z.string().min(1)).default({}),
});
export type TranslationFile = z.infer<typeof translationFile>;

/** One version as stored in the database and served to the web: everything a form needs. */
export const versionContent = z.strictObject({
  meta: versionFile,
  schema: jsonSchemaObject,
  ui: jsonSchemaObject,
  en: translationFile,
});
export type VersionContent = z.infer<typeof versionContent>;
