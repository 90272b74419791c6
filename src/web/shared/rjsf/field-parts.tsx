import { FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { contextOf, fieldName, formTexts } from './form-context';
import type { Registry } from '@rjsf/utils';

// The parts around an input that every field shares: description, help, the verlenging hint and the
// error, each with an id, so the input names exactly the ones present in aria-describedby.

export interface FieldParts {
  description: string | undefined;
  help: string | undefined;
  carried: string | undefined;
  error: string | undefined;
}

export function fieldParts(props: { id: string; schema: RJSFSchema; uiSchema?: UiSchema | undefined; rawErrors?: string[] | undefined; registry: Registry; hideError?: boolean | undefined }): FieldParts {
  const ui = props.uiSchema ?? {};
  const context = contextOf(props.registry);
  const description = (typeof ui['ui:description'] === 'string' ? ui['ui:description'] : undefined) ?? props.schema.description;
  const help = typeof ui['ui:help'] === 'string' ? ui['ui:help'] : undefined;
  const carried = context.carried.has(fieldName(props.id)) ? formTexts(context.lang).carried : undefined;
  // One message per field, as the server gives: the first is the most useful (required before format).
  const error = props.hideError ? undefined : props.rawErrors?.find(Boolean);
  return { description: description || undefined, help, carried, error };
}

export function describedBy(id: string, parts: FieldParts): string | undefined {
  const ids = [parts.description && `${id}-uitleg`, parts.help && `${id}-hulp`, parts.carried && `${id}-overgenomen`, parts.error && `${id}-fout`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Description, help and hint under the label; the error last, right above the input (NL Design System order). */
export function FieldTexts(props: { id: string; parts: FieldParts }) {
  const { id, parts } = props;
  return (
    <>
      {parts.description && (
        <FormFieldDescription id={`${id}-uitleg`} className="utrecht-form-field__description">
          {parts.description}
        </FormFieldDescription>
      )}
      {parts.help && (
        <FormFieldDescription id={`${id}-hulp`} className="utrecht-form-field__description">
          {parts.help}
        </FormFieldDescription>
      )}
      {parts.carried && (
        <FormFieldDescription id={`${id}-overgenomen`} className="utrecht-form-field__description eenloket-carried-over">
          {parts.carried}
        </FormFieldDescription>
      )}
      {parts.error && (
        <FormFieldErrorMessage id={`${id}-fout`} className="utrecht-form-field__error-message">
          {parts.error}
        </FormFieldErrorMessage>
      )}
    </>
  );
}

/** The visible label text, with "(niet verplicht)" for optional questions unless the title already says so. */
export function LabelText(props: { label: string; required: boolean | undefined; registry: Registry }) {
  const texts = formTexts(contextOf(props.registry).lang);
  const saysOptional = props.label.toLowerCase().includes(texts.optional.slice(1, -1).toLowerCase());
  return (
    <>
      {props.label}
      {!props.required && !saysOptional && <span className="eenloket-optional"> {texts.optional}</span>}
    </>
  );
}
