import type { Registry } from '@rjsf/utils';

// What the NL Design System widgets need to know beyond the schema: the language, where prefilled
// answers came from, and which answers a verlenging took over from the earlier application.

export interface RegelingFormContext {
  lang: string;
  /** Field name on this page → registry source ("person.fullName", "business.kvkNumber"). */
  sources: Record<string, string>;
  /** Field names on this page whose answer came from the extended application. */
  carried: ReadonlySet<string>;
}

const texts = {
  nl: {
    optional: '(niet verplicht)',
    fromBrp: 'Dit komt uit de Basisregistratie Personen (BRP). U kunt het hier niet wijzigen.',
    fromKvk: 'Dit komt uit het Handelsregister van de KvK. U kunt het hier niet wijzigen.',
    readOnly: 'U kunt dit hier niet wijzigen.',
    unknown: 'Niet bekend',
    carried: 'Dit antwoord komt uit uw vorige aanvraag. Controleer of het nog klopt.',
    choose: 'Maak een keuze',
    euro: 'Bedrag in euro',
    yes: 'Ja',
    no: 'Nee',
    empty: 'Niet ingevuld',
  },
  en: {
    optional: '(optional)',
    fromBrp: 'This comes from the Personal Records Database (BRP). You cannot change it here.',
    fromKvk: 'This comes from the KvK Business Register. You cannot change it here.',
    readOnly: 'You cannot change this here.',
    unknown: 'Not known',
    carried: 'This answer comes from your previous application. Check that it is still correct.',
    choose: 'Make a choice',
    euro: 'Amount in euros',
    yes: 'Yes',
    no: 'No',
    empty: 'Not filled in',
  },
} satisfies Record<'nl' | 'en', Record<string, string>>;

export type FormTexts = (typeof texts)['nl'];

export function formTexts(lang: string): FormTexts {
  return lang.startsWith('en') ? texts.en : texts.nl;
}

const fallback: RegelingFormContext = { lang: 'nl', sources: {}, carried: new Set() };

export function contextOf(registry: Registry): RegelingFormContext {
  return (registry.formContext as RegelingFormContext | undefined) ?? fallback;
}

/** The field's own name ("email") from its id ("aanvrager_email"). */
export function fieldName(id: string): string {
  return id.split('_').at(-1) ?? id;
}
