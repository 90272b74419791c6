// How a value the decision model used is written, for residents and staff alike (model-value.ts).
export const modelValueNl = {
  modelValue: {
    yes: 'Ja',
    no: 'Nee',
    unknown: 'Onbekend',
    perMonth: '{{amount}} per maand',
    perYear: '{{amount}} per jaar',
    years_one: '{{value}} jaar',
    years_other: '{{value}} jaar',
    months_one: '{{value}} maand',
    months_other: '{{value}} maanden',
    weeks_one: '{{value}} week',
    weeks_other: '{{value}} weken',
    hoursPerYear: '{{value}} uur per jaar',
    percent: '{{value}}%',
  },
};
