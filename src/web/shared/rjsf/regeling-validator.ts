import type { RJSFSchema, RJSFValidationError, ValidationData, ValidatorType } from '@rjsf/utils';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import { customFormats } from '../../../shared/forms/formats';
import { messageForSchemaError, type Message } from '../../../shared/forms/validation-messages';
import { checkSchema, type Schema, type SchemaError } from './schema-check';

// The browser side of form validation: the same formats (src/shared/forms/formats.ts), the same
// multipleOf tolerance and the same B1 messages (validation-messages.ts) as the server's ajv, so a
// resident sees the error the server would give. ajv itself cannot run here (see schema-check.ts).

type FormatDefinition = RegExp | ((value: string) => boolean) | { validate: RegExp | ((value: string) => boolean) };

/** ajv-formats' own "date", "email" and "uri" (the server registers these three, in full mode). */
const standardFormats = Object.fromEntries(
  (['date', 'email', 'uri'] as const).map((name) => {
    const def = fullFormats[name] as FormatDefinition;
    const check = def instanceof RegExp || typeof def === 'function' ? def : def.validate;
    return [name, (value: string) => (check instanceof RegExp ? check.test(value) : check(value))];
  }),
);

export const formOptions = { formats: { ...standardFormats, ...customFormats }, multipleOfPrecision: 6 };

/** Is `data` valid against `condition`? For page `when` and evidence `required` conditions. */
export function conditionHolds(condition: Schema, data: unknown): boolean {
  return checkSchema(condition, data, formOptions).length === 0;
}

/** The message for one validation error in both languages (rjsf keeps ajv's params on its errors). */
export function messageFor(error: { name?: string; params?: Record<string, unknown> }): Message {
  return messageForSchemaError({ keyword: error.name ?? '', params: error.params ?? {} });
}

/**
 * rjsf's validator contract over schema-check.ts. Errors pass through rjsf's own processing of ajv
 * errors (property paths, error schema), then `transformErrors` puts in our messages.
 */
export class RegelingValidator implements ValidatorType {
  rawValidation<Result = SchemaError>(schema: RJSFSchema, formData?: unknown): { errors?: Result[]; validationError?: Error } {
    try {
      const errors = checkSchema(schema as Schema, formData, formOptions);
      return { errors: (errors.length ? errors : undefined) as Result[] | undefined };
    } catch (error) {
      return { validationError: error as Error };
    }
  }

  validateFormData(formData: unknown, schema: RJSFSchema, customValidate?: Parameters<ValidatorType['validateFormData']>[2], transformErrors?: Parameters<ValidatorType['validateFormData']>[3], uiSchema?: Parameters<ValidatorType['validateFormData']>[4]): ValidationData<unknown> {
    const raw = this.rawValidation(schema, formData);
    return processRawValidationErrors(this, raw as never, formData, schema, customValidate, transformErrors, uiSchema);
  }

  isValid(schema: RJSFSchema, formData: unknown, rootSchema: RJSFSchema): boolean {
    try {
      return checkSchema(schema as Schema, formData, { ...formOptions, root: rootSchema as Schema }).length === 0;
    } catch {
      // As rjsf's ajv validator: a schema that cannot be evaluated does not match.
      return false;
    }
  }
}

export const regelingValidator = new RegelingValidator();

/**
 * Our messages in the chosen language instead of ajv's English ones. An `if` error only says "must
 * match then" (the detailed error from the branch is there too), and a failed oneOf of labelled
 * options duplicates the const errors of each option: both are dropped, as the server does.
 */
export function localizeErrors(errors: RJSFValidationError[], lang: string): RJSFValidationError[] {
  const kept = errors.filter((e) => e.name !== 'if' && !(e.name === 'const' && /\/oneOf\/\d+\/const$/.test(e.schemaPath ?? '')));
  return kept.map((e) => {
    const message = messageFor(e);
    const text = lang.startsWith('en') ? message.en : message.nl;
    return { ...e, message: text, stack: text };
  });
}
