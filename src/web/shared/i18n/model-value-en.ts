import type { Translation } from './translation';
import type { modelValueNl } from './model-value-nl';

export const modelValueEn: Translation<typeof modelValueNl> = {
  modelValue: {
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    perMonth: '{{amount}} a month',
    perYear: '{{amount}} a year',
    years_one: '{{value}} year',
    years_other: '{{value}} years',
    months_one: '{{value}} month',
    months_other: '{{value}} months',
    weeks_one: '{{value}} week',
    weeks_other: '{{value}} weeks',
    hoursPerYear: '{{value}} hours a year',
    percent: '{{value}}%',
  },
};
