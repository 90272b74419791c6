import { enumOptionsIsSelected, enumOptionsSelectValue, enumOptionsDeselectValue, type WidgetProps } from '@rjsf/utils';
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton, Select, SelectOption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy, FieldTexts, fieldParts, LabelText } from '../field-parts';
import { contextOf, formTexts } from '../form-context';

// Choices as the NL Design System builds them: a group of radio buttons or checkboxes is a fieldset
// whose legend is the question; the first input has the field's id, so the error summary's link
// lands on it. The texts (help, error) belong to the group and are named by the fieldset.

const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index}`);

function Group(props: WidgetProps & { children: ReactNode }) {
  const parts = fieldParts(props);
  return (
    <Fieldset invalid={Boolean(parts.error)} aria-describedby={describedBy(props.id, parts)} className="eenloket-field">
      <FieldsetLegend>
        <LabelText label={props.label} required={props.required} registry={props.registry} />
      </FieldsetLegend>
      <FieldTexts id={props.id} parts={parts} />
      {props.children}
    </Fieldset>
  );
}

export function RadioWidget(props: WidgetProps) {
  const options = props.options.enumOptions ?? [];
  const invalid = Boolean(fieldParts(props).error);
  return (
    <Group {...props}>
      {options.map((option, i) => {
        const inputId = optionId(props.id, i);
        const checked = enumOptionsIsSelected(option.value, props.value);
        return (
          <FormField type="radio" key={String(option.value)}>
            <div className="utrecht-form-field__input">
              <RadioButton
                id={inputId}
                name={props.htmlName ?? props.id}
                value={String(i)}
                checked={checked}
                invalid={invalid}
                disabled={props.disabled || props.readonly}
                onChange={() => props.onChange(option.value)}
                onBlur={() => props.onBlur(props.id, props.value)}
                onFocus={() => props.onFocus(props.id, props.value)}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={inputId} type="radio" checked={checked}>
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Group>
  );
}

export function CheckboxesWidget(props: WidgetProps) {
  const options = props.options.enumOptions ?? [];
  const values: unknown[] = Array.isArray(props.value) ? props.value : [];
  const invalid = Boolean(fieldParts(props).error);
  return (
    <Group {...props}>
      {options.map((option, i) => {
        const inputId = optionId(props.id, i);
        const checked = enumOptionsIsSelected(option.value, values);
        return (
          <FormField type="checkbox" key={String(option.value)}>
            <div className="utrecht-form-field__input">
              <Checkbox
                id={inputId}
                name={props.htmlName ?? props.id}
                value={String(i)}
                checked={checked}
                invalid={invalid}
                disabled={props.disabled || props.readonly}
                onChange={(e) => props.onChange(e.target.checked ? enumOptionsSelectValue(i, values, options) : enumOptionsDeselectValue(i, values, options))}
                onBlur={() => props.onBlur(props.id, props.value)}
                onFocus={() => props.onFocus(props.id, props.value)}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor={inputId} type="checkbox" checked={checked}>
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Group>
  );
}

/** One checkbox (a boolean without labelled options); Ja/Nee booleans are radio groups. */
export function CheckboxWidget(props: WidgetProps) {
  if ((props.options.enumOptions?.length ?? 0) > 0 && props.uiSchema?.['ui:widget'] !== 'checkbox') return <RadioWidget {...props} />;
  const parts = fieldParts(props);
  const checked = props.value === true;
  return (
    <FormField type="checkbox" invalid={Boolean(parts.error)} className="eenloket-field">
      <FieldTexts id={props.id} parts={parts} />
      <div className="utrecht-form-field__input">
        <Checkbox
          id={props.id}
          name={props.htmlName ?? props.id}
          checked={checked}
          invalid={Boolean(parts.error)}
          aria-describedby={describedBy(props.id, parts)}
          disabled={props.disabled || props.readonly}
          onChange={(e) => props.onChange(e.target.checked)}
          onBlur={() => props.onBlur(props.id, props.value)}
          onFocus={() => props.onFocus(props.id, props.value)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={props.id} type="checkbox" checked={checked}>
          <LabelText label={props.label} required={true} registry={props.registry} />
        </FormLabel>
      </div>
    </FormField>
  );
}

export function SelectWidget(props: WidgetProps) {
  const options = props.options.enumOptions ?? [];
  const parts = fieldParts(props);
  const texts = formTexts(contextOf(props.registry).lang);
  const index = options.findIndex((o) => enumOptionsIsSelected(o.value, props.value));
  return (
    <Select
      id={props.id}
      name={props.htmlName ?? props.id}
      value={index >= 0 ? String(index) : ''}
      required={props.required}
      disabled={props.disabled || props.readonly}
      invalid={Boolean(parts.error)}
      aria-invalid={parts.error ? true : undefined}
      aria-describedby={describedBy(props.id, parts)}
      onChange={(e) => props.onChange(e.target.value === '' ? props.options.emptyValue : options[Number(e.target.value)]?.value)}
      onBlur={() => props.onBlur(props.id, props.value)}
      onFocus={() => props.onFocus(props.id, props.value)}
    >
      <SelectOption value="">{texts.choose}</SelectOption>
      {options.map((option, i) => (
        <SelectOption key={String(option.value)} value={String(i)}>
          {option.label}
        </SelectOption>
      ))}
    </Select>
  );
}
