// Plain-language (B1) messages for JSON Schema validation errors, in Dutch and English. Shared by
// the server (problem+json invalidParams) and the browser (react-jsonschema-form), so both say the same.

export interface SchemaError {
  keyword: string;
  params: Record<string, unknown>;
}

export interface Message {
  nl: string;
  en: string;
}

const formatMessages: Record<string, Message> = {
  bsn: { nl: 'Dit is geen geldig burgerservicenummer. Controleer de 9 cijfers.', en: 'This is not a valid citizen service number (BSN). Check the 9 digits.' },
  iban: { nl: 'Dit is geen geldig IBAN. Een Nederlands IBAN ziet er zo uit: NL91 ABNA 0417 1643 00.', en: 'This is not a valid IBAN. A Dutch IBAN looks like this: NL91 ABNA 0417 1643 00.' },
  kvk: { nl: 'Een KvK-nummer heeft 8 cijfers.', en: 'A KvK number has 8 digits.' },
  postcode: { nl: 'Vul een postcode in zoals 1234 AB.', en: 'Enter a postcode like 1234 AB.' },
  phone: { nl: 'Vul een Nederlands telefoonnummer in, bijvoorbeeld 06 12345678.', en: 'Enter a Dutch phone number, for example 06 12345678.' },
  email: { nl: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.', en: 'Enter an email address like name@example.com.' },
  date: { nl: 'Vul een bestaande datum in.', en: 'Enter a date that exists.' },
  'past-date': { nl: 'Vul een datum in die vandaag is of al geweest is.', en: 'Enter a date that is today or in the past.' },
  'future-date': { nl: 'Vul een datum in die vandaag is of nog komt.', en: 'Enter a date that is today or in the future.' },
};

export function messageForSchemaError(error: SchemaError): Message {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { nl: 'Dit veld is verplicht.', en: 'This field is required.' };
    case 'format':
      return formatMessages[String(p.format)] ?? { nl: 'Dit is niet goed ingevuld.', en: 'This is not filled in correctly.' };
    case 'minimum':
      return p.limit === 0
        ? { nl: 'Vul een bedrag of getal in dat 0 of hoger is.', en: 'Enter an amount or number of 0 or more.' }
        : { nl: `Vul ${String(p.limit)} of meer in.`, en: `Enter ${String(p.limit)} or more.` };
    case 'exclusiveMinimum':
      return { nl: `Vul meer dan ${String(p.limit)} in.`, en: `Enter more than ${String(p.limit)}.` };
    case 'maximum':
      return { nl: `Vul ${String(p.limit)} of minder in.`, en: `Enter ${String(p.limit)} or less.` };
    case 'multipleOf':
      return Number(p.multipleOf) === 0.01
        ? { nl: 'Vul een bedrag in met hoogstens 2 cijfers achter de komma.', en: 'Enter an amount with at most 2 decimals.' }
        : { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' };
    case 'minLength':
      return Number(p.limit) === 1
        ? { nl: 'Dit veld is verplicht.', en: 'This field is required.' }
        : { nl: `Vul minstens ${String(p.limit)} tekens in.`, en: `Enter at least ${String(p.limit)} characters.` };
    case 'maxLength':
      return { nl: `Vul hoogstens ${String(p.limit)} tekens in.`, en: `Enter at most ${String(p.limit)} characters.` };
    case 'pattern':
      return { nl: 'Dit is niet goed ingevuld.', en: 'This is not filled in correctly.' };
    case 'type':
      return p.type === 'number' || p.type === 'integer'
        ? { nl: 'Vul een getal in.', en: 'Enter a number.' }
        : { nl: 'Dit is niet goed ingevuld.', en: 'This is not filled in correctly.' };
    case 'enum':
    case 'const':
    case 'oneOf':
    case 'anyOf':
      return { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' };
    case 'minItems':
      return { nl: `Kies of vul minstens ${String(p.limit)} in.`, en: `Choose or enter at least ${String(p.limit)}.` };
    case 'maxItems':
      return { nl: `Kies of vul hoogstens ${String(p.limit)} in.`, en: `Choose or enter at most ${String(p.limit)}.` };
    case 'additionalProperties':
      return { nl: `Onbekend veld: ${String(p.additionalProperty)}.`, en: `Unknown field: ${String(p.additionalProperty)}.` };
    case 'formatMaximum':
    case 'formatExclusiveMaximum':
      return { nl: `Vul een datum in tot en met ${String(p.limit)}.`, en: `Enter a date up to ${String(p.limit)}.` };
    default:
      return { nl: 'Dit is niet goed ingevuld.', en: 'This is not filled in correctly.' };
  }
}
