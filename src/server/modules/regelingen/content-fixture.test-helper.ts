import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { proefAssessment, proefAssessmentParameters, proefExamples, proefModelXml } from './assessment-fixture.test-helper.js';

// A minimal, valid regeling folder written to a temporary directory, for tests of the loader and
// of content edits. Tests change one file to see the loader name it.

export const minimalRegeling = {
  id: 'proef',
  name: { nl: 'Proefregeling', en: 'Test scheme' },
  summary: { nl: 'Een regeling om te testen.', en: 'A scheme for testing.' },
  kind: 'eenmalige-toeslag',
  audience: ['inwoner'],
  legalBasis: { nl: 'Testverordening', en: 'Test regulation' },
  precheck: { questions: [{ id: 'woont', question: { nl: 'Woont u hier?', en: 'Do you live here?' }, expected: true, otherwise: { nl: 'Dan niet.', en: 'Then not.' } }] },
};

export const minimalParameters = {
  parameters: [
    { key: 'bedrag', label: { nl: 'Bedrag', en: 'Amount' }, unit: 'EUR', periods: [{ validFrom: '2025-01-01', value: 100, source: 'Testverordening art. 1', confirmed: true }] },
  ],
};

export const minimalVersion = {
  meta: {
    version: 1,
    label: { nl: 'Versie 1', en: 'Version 1' },
    decisionTerm: { weeks: 8, source: 'Awb 4:13', confirmed: true },
    cosign: 'none',
    pages: [
      { id: 'aanvrager', title: { nl: 'Over u', en: 'About you' } },
      { id: 'partner', title: { nl: 'Uw partner', en: 'Your partner' }, when: { properties: { aanvrager: { properties: { heeftPartner: { const: true } }, required: ['heeftPartner'] } } } },
    ],
    evidence: [{ id: 'bewijs', title: { nl: 'Bewijs', en: 'Proof' }, help: { nl: 'Een document.', en: 'A document.' }, required: true }],
    prefill: { '/aanvrager/naam': 'person.fullName' },
    contact: { email: '/aanvrager/email' },
  },
  schema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      aanvrager: {
        type: 'object',
        title: 'Over u',
        additionalProperties: false,
        required: ['email', 'iban', 'heeftPartner'],
        properties: {
          naam: { type: 'string', title: 'Naam', readOnly: true },
          email: { type: 'string', format: 'email', title: 'E-mailadres' },
          iban: { type: 'string', format: 'iban', title: 'IBAN' },
          bedrag: { type: 'number', minimum: 0, multipleOf: 0.01, title: 'Bedrag' },
          heeftPartner: { type: 'boolean', title: 'Heeft u een partner?' },
          startdatum: { type: 'string', format: 'past-date', title: 'Sinds wanneer?' },
        },
      },
      partner: {
        type: 'object',
        title: 'Uw partner',
        additionalProperties: false,
        required: ['bsn'],
        properties: { bsn: { type: 'string', format: 'bsn', title: 'BSN van uw partner' } },
      },
    },
  },
  ui: { aanvrager: { email: { 'ui:help': 'Hier sturen we de bevestiging naartoe.' } } },
  en: {
    schema: {
      '/properties/aanvrager/title': 'About you',
      '/properties/aanvrager/properties/naam/title': 'Name',
      '/properties/aanvrager/properties/email/title': 'Email address',
      '/properties/aanvrager/properties/iban/title': 'IBAN',
      '/properties/aanvrager/properties/bedrag/title': 'Amount',
      '/properties/aanvrager/properties/heeftPartner/title': 'Do you have a partner?',
      '/properties/aanvrager/properties/startdatum/title': 'Since when?',
      '/properties/partner/title': 'Your partner',
      '/properties/partner/properties/bsn/title': "Your partner's BSN",
    },
    ui: { '/aanvrager/email/ui:help': 'We send the confirmation here.' },
  },
};

/**
 * "proef" with an automatic assessment: version.json's `assessment`, the extra parameters, and the
 * DMN model and example cases as files of the folder (see assessment-fixture.test-helper.ts).
 */
export function withAssessment(meta: Record<string, unknown> = {}) {
  return {
    parameters: { parameters: [...minimalParameters.parameters, ...proefAssessmentParameters] },
    version: { meta: { ...minimalVersion.meta, assessment: proefAssessment, ...meta } },
    files: { [proefAssessment.model]: proefModelXml, [proefAssessment.examples]: JSON.stringify(proefExamples, null, 2) },
  };
}

/** Writes the folder and returns the root (the folder that holds `proef/`). `files` go into the regeling folder by relative path. */
export function writeRegelingFolder(
  overrides: { regeling?: unknown; parameters?: unknown; version?: Partial<Record<keyof typeof minimalVersion, unknown>>; files?: Record<string, string> } = {},
): string {
  const root = mkdtempSync(join(tmpdir(), 'eenloket-regelingen-'));
  const dir = join(root, 'proef');
  const vdir = join(dir, 'versions', '1');
  mkdirSync(vdir, { recursive: true });
  const json = (file: string, value: unknown) => writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  json(join(dir, 'regeling.json'), overrides.regeling ?? minimalRegeling);
  json(join(dir, 'parameters.json'), overrides.parameters ?? minimalParameters);
  const v = { ...minimalVersion, ...overrides.version };
  json(join(vdir, 'version.json'), v.meta);
  json(join(vdir, 'form.schema.json'), v.schema);
  json(join(vdir, 'form.ui.json'), v.ui);
  json(join(vdir, 'form.en.json'), v.en);
  for (const [file, content] of Object.entries(overrides.files ?? {})) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return root;
}
