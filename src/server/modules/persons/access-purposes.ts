import type { LocalizedText } from '../../shared/localized.js';

/**
 * Why a staff member looks at a person's data (doelbinding). Every read names one; the resident
 * sees the label in "wie bekeek mijn gegevens", the auditor sees the legal ground.
 */
export const accessPurposes = {
  'vraag-inwoner': {
    label: { nl: 'Een vraag van u beantwoorden', en: 'Answering a question from you' },
    ground: 'AVG art. 6 lid 1 onder e; Wmo 2015 art. 2.2.1 (toegang sociaal domein)',
  },
  aanvraag: {
    label: { nl: 'Uw aanvraag behandelen', en: 'Handling your application' },
    ground: 'AVG art. 6 lid 1 onder e; Participatiewet art. 7 en 53a; Awb titel 4.1',
  },
  'wmo-onderzoek': {
    label: { nl: 'Onderzoek naar uw ondersteuning (keukentafelgesprek)', en: 'Assessing your support needs (kitchen-table conversation)' },
    ground: 'AVG art. 6 lid 1 onder e; Wmo 2015 art. 2.3.2',
  },
  kwaliteitscontrole: {
    label: { nl: 'Controle van een besluit over u', en: 'Reviewing a decision about you' },
    ground: 'AVG art. 6 lid 1 onder e; Awb art. 3:2 (zorgvuldige voorbereiding)',
  },
  bezwaar: {
    label: { nl: 'Uw bezwaar behandelen', en: 'Handling your objection' },
    ground: 'AVG art. 6 lid 1 onder e; Awb hoofdstuk 6 en 7',
  },
} as const satisfies Record<string, { label: LocalizedText; ground: string }>;

export type AccessPurpose = keyof typeof accessPurposes;
export const accessPurposeCodes = Object.keys(accessPurposes) as [AccessPurpose, ...AccessPurpose[]];

export function purposeLabel(code: string | null): LocalizedText | null {
  if (!code) return null;
  return (accessPurposes as Record<string, { label: LocalizedText }>)[code]?.label ?? null;
}
