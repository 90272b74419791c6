import type { Translation } from '../../shared/i18n/translation';
import { modelValueEn } from '../../shared/i18n/model-value-en';
import type { besluitNl } from './besluit-nl';

export const besluitEn: Translation<typeof besluitNl> = {
  ...modelValueEn,
  besluit: {
    heading: 'Decision',
    granted: 'Your application for {{regeling}} has been approved.',
    grantedAmount: 'You will receive {{amount}}.',
    rejected: 'Your application for {{regeling}} has been rejected.',
    rejectedWhy: 'Below you can read why.',
    outcome: 'Decision',
    outcomes: { toegekend: 'Granted', afgewezen: 'Rejected' },
    amount: 'Amount',
    period: 'Period',
    periodValue: '{{from}} up to and including {{to}}',
    decidedAt: 'Date of the decision',
    how: 'Who decided',
    automatic: 'The computer, with the rules of the municipality. No staff member looked at it.',
    byPerson: 'A staff member of the municipality.',
    explanationHeading: 'How was this calculated?',
    explanationIntro: 'These are the rules we used:',
    noSteps: 'We have no calculation to show.',
    inputsHeading: 'What we looked at',
    inputsShow: 'See the information we used',
    inputsCaption: 'Information we used for the decision',
    inputLabel: 'Information',
    inputValue: 'Value',
    model: 'We used the decision rules of version {{version}} of the scheme.',
    objectionHeading: 'Do you disagree?',
    objection: 'Then you can object. You do this within 6 weeks after the date of the decision. Is some information wrong? Then contact us. Mention your reference.',
  },
};
