import type { z } from 'zod';
import type { FieldError } from './errors.js';
import type { LocalizedText } from './localized.js';
import { text } from './localized.js';

// Plain-language (B1) messages per validation code. zod's own locales are technical
// ("verwacht string >=1 tekens"), which residents should not have to read.
const custom: Record<string, LocalizedText> = {
  'bsn.format': text('Een BSN heeft 9 cijfers.', 'A BSN has 9 digits.'),
  'bsn.elfproef': text(
    'Dit BSN bestaat niet. Controleer de cijfers.',
    'This BSN does not exist. Please check the digits.',
  ),
  'iban.invalid': text('Dit IBAN klopt niet. Controleer het nummer.', 'This IBAN is not valid. Please check it.'),
  'date.future': text('Deze datum mag niet in de toekomst liggen.', 'This date cannot be in the future.'),
  'declaration.required': text(
    'Vink aan dat u alles naar waarheid en volledig heeft ingevuld.',
    'Tick the box to declare that everything is true and complete.',
  ),
  'review.note_required': text('Schrijf op wat er niet klopt aan dit besluit.', 'Write down what is wrong with this decision.'),
  'password.weak': text(
    'Kies een wachtwoord van minstens 12 tekens.',
    'Choose a password of at least 12 characters.',
  ),
};

const formats: Record<string, LocalizedText> = {
  email: text('een e-mailadres', 'an email address'),
  date: text('een datum (jjjj-mm-dd)', 'a date (yyyy-mm-dd)'),
  datetime: text('een datum met tijd', 'a date and time'),
  uuid: text('een geldige verwijzing (UUID)', 'a valid reference (UUID)'),
  url: text('een webadres', 'a web address'),
};

type Issue = z.core.$ZodIssue;

/** Converts zod issues into field errors with messages in Dutch and English. */
export function fieldErrorsFromIssues(issues: readonly Issue[], prefix?: string): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          name: [...path, key].join('.'),
          code: 'unknown_field',
          message: text('Dit veld is onbekend en mag niet worden meegestuurd.', 'This field is unknown and not allowed.'),
        });
      }
      continue;
    }
    out.push({ name: path.join('.') || '(body)', code: codeOf(issue), message: messageOf(issue) });
  }
  return out;
}

function codeOf(issue: Issue): string {
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string') return code;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  return issue.code;
}

function messageOf(issue: Issue): LocalizedText {
  switch (issue.code) {
    case 'custom':
    case 'invalid_format': {
      const code = codeOf(issue);
      if (custom[code]) return custom[code];
      if (issue.code === 'invalid_format' && formats[issue.format]) {
        const f = formats[issue.format]!;
        return text(`Vul ${f.nl} in.`, `Enter ${f.en}.`);
      }
      if (issue.code === 'custom' && issue.message && !issue.message.startsWith('Invalid')) {
        return text(issue.message, issue.message);
      }
      return text('Dit veld heeft niet de goede vorm.', 'This field does not have the right format.');
    }
    case 'invalid_type':
      if (issue.input === undefined) return text('Dit veld is verplicht.', 'This field is required.');
      return text(
        `Dit veld moet ${typeName(issue.expected).nl} zijn.`,
        `This field must be ${typeName(issue.expected).en}.`,
      );
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? text('Dit veld is verplicht.', 'This field is required.')
          : text(`Vul minstens ${issue.minimum} tekens in.`, `Enter at least ${issue.minimum} characters.`);
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return text(`Kies minstens ${issue.minimum}.`, `Choose at least ${issue.minimum}.`);
      }
      return text(`Het getal moet minstens ${issue.minimum} zijn.`, `The number must be at least ${issue.minimum}.`);
    case 'too_big':
      if (issue.origin === 'string') {
        return text(`Gebruik hoogstens ${issue.maximum} tekens.`, `Use at most ${issue.maximum} characters.`);
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return text(`Kies hoogstens ${issue.maximum}.`, `Choose at most ${issue.maximum}.`);
      }
      return text(`Het getal mag hoogstens ${issue.maximum} zijn.`, `The number must be at most ${issue.maximum}.`);
    case 'invalid_value':
      return text(
        `Kies een van deze waarden: ${issue.values.map(String).join(', ')}.`,
        `Choose one of these values: ${issue.values.map(String).join(', ')}.`,
      );
    case 'not_multiple_of':
      return text(`Het getal moet een veelvoud van ${issue.divisor} zijn.`, `The number must be a multiple of ${issue.divisor}.`);
    default:
      return text('Dit veld is niet goed ingevuld.', 'This field is not filled in correctly.');
  }
}

function typeName(expected: string): LocalizedText {
  switch (expected) {
    case 'string':
      return text('tekst', 'text');
    case 'number':
    case 'int':
      return text('een getal', 'a number');
    case 'boolean':
      return text('ja of nee', 'yes or no');
    case 'array':
      return text('een lijst', 'a list');
    case 'object':
      return text('een object', 'an object');
    default:
      return text(`van het type ${expected}`, `of type ${expected}`);
  }
}
