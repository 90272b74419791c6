// Texts of the decision (besluit) on the status page in Mijn loket, in plain Dutch (B1): short sentences, "u".
import { modelValueNl } from '../../shared/i18n/model-value-nl';

export const besluitNl = {
  ...modelValueNl,
  besluit: {
    heading: 'Besluit',
    granted: 'Uw aanvraag voor {{regeling}} is goedgekeurd.',
    grantedAmount: 'U krijgt {{amount}}.',
    rejected: 'Uw aanvraag voor {{regeling}} is afgewezen.',
    rejectedWhy: 'Hieronder leest u waarom.',
    outcome: 'Besluit',
    outcomes: { toegekend: 'Toegekend', afgewezen: 'Afgewezen' },
    amount: 'Bedrag',
    period: 'Periode',
    periodValue: '{{from}} tot en met {{to}}',
    decidedAt: 'Datum besluit',
    how: 'Wie besliste',
    automatic: 'De computer, met de regels van de gemeente. Er heeft geen medewerker naar gekeken.',
    byPerson: 'Een medewerker van de gemeente.',
    explanationHeading: 'Hoe is dit berekend?',
    explanationIntro: 'Dit zijn de regels die wij hebben gebruikt:',
    noSteps: 'Wij hebben geen berekening om te laten zien.',
    inputsHeading: 'Waar wij naar hebben gekeken',
    inputsShow: 'Bekijk de gegevens die wij hebben gebruikt',
    inputsCaption: 'Gegevens die wij hebben gebruikt voor het besluit',
    inputLabel: 'Gegeven',
    inputValue: 'Waarde',
    model: 'Wij hebben de beslisregels van versie {{version}} van de regeling gebruikt.',
    objectionHeading: 'Bent u het er niet mee eens?',
    objection: 'Dan kunt u bezwaar maken. Dat doet u binnen 6 weken na de datum van het besluit. Klopt een gegeven niet? Neem dan contact met ons op. Noem uw kenmerk.',
  },
};
