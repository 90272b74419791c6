import type { FieldTemplateProps } from '@rjsf/utils';
import { DataList, DataListItem, DataListKey, DataListValue, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { answerText } from './answer-text';
import { FieldTexts, fieldParts, LabelText } from './field-parts';
import { contextOf, fieldName, formTexts, type FormTexts } from './form-context';
import { isSelfLabelled } from './widget-kind';

/**
 * Every field: label, description, help (ui:help), error, then the input. The widget, which owns
 * the input element, names these texts in aria-describedby (field-parts.tsx gives both the same ids). Choice groups and the single checkbox render
 * their own fieldset/label, so here they only pass through. Read-only (prefilled) fields are plain
 * text with where the value comes from, not a disabled input.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { id, schema, uiSchema, registry, children, hidden, label, required } = props;
  if (hidden) return null;
  // The page object itself: the wizard shows the page title as the heading.
  if (schema.type === 'object') return children;
  if (props.readonly) return <ReadOnlyField {...props} />;
  // Groups label themselves; other arrays (lists of objects) are laid out by rjsf's array template.
  if (isSelfLabelled(schema, uiSchema) || schema.type === 'array') return children;
  const parts = fieldParts(props);
  return (
    <FormField invalid={Boolean(parts.error)} className="eenloket-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          <LabelText label={label} required={required} registry={registry} />
        </FormLabel>
      </div>
      <FieldTexts id={id} parts={parts} />
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

function ReadOnlyField(props: FieldTemplateProps) {
  const { id, schema, registry, label, formData } = props;
  const context = contextOf(registry);
  const texts = formTexts(context.lang);
  const hint = sourceHint(context.sources[fieldName(id)], texts);
  const missing = formData === undefined || formData === null || formData === '';
  return (
    <div className="eenloket-readonly-field" id={id}>
      <DataList>
        <DataListItem>
          <DataListKey>{label}</DataListKey>
          <DataListValue>{missing ? texts.unknown : answerText(schema, formData, texts, context.lang)}</DataListValue>
        </DataListItem>
      </DataList>
      {typeof props.uiSchema?.['ui:help'] === 'string' && <FormFieldDescription className="utrecht-form-field__description">{props.uiSchema['ui:help']}</FormFieldDescription>}
      <FormFieldDescription className="utrecht-form-field__description eenloket-readonly-field__hint">{hint}</FormFieldDescription>
    </div>
  );
}

/** Where a read-only value comes from: the BRP, the KvK trade register, or just "not changeable here". */
export function sourceHint(source: string | undefined, texts: FormTexts): string {
  if (source?.startsWith('business.')) return texts.fromKvk;
  if (source?.startsWith('person.') || source?.startsWith('household.')) return texts.fromBrp;
  return texts.readOnly;
}
