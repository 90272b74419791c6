import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

// Form fields built from the NL Design System parts, so that the ids are ours: the error summary
// links to `#<id>`, and every input names its description and error in aria-describedby.

interface FieldFrame {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

function describedBy(id: string, description: ReactNode, error: string | undefined): string | undefined {
  return [description ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
}

function Frame(props: FieldFrame & { children: ReactNode; type?: string }) {
  const { t } = useTranslation();
  return (
    <FormField invalid={Boolean(props.error)} type={props.type}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={props.id}>
          {props.label}
          {props.optional && <span className="eenloket-optional"> {t('form.optional')}</span>}
        </FormLabel>
      </div>
      {props.description && (
        <FormFieldDescription id={`${props.id}-uitleg`} className="utrecht-form-field__description">
          {props.description}
        </FormFieldDescription>
      )}
      {props.error && (
        <FormFieldErrorMessage id={`${props.id}-fout`} className="utrecht-form-field__error-message">
          {props.error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{props.children}</div>
    </FormField>
  );
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ id, label, description, error, optional, ...input }: TextFieldProps) {
  return (
    <Frame id={id} label={label} description={description} error={error} optional={optional ?? false}>
      <Textbox id={id} invalid={Boolean(error)} required={!optional} aria-describedby={describedBy(id, description, error)} {...input} />
    </Frame>
  );
}

type TextareaFieldProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextareaField({ id, label, description, error, optional, ...input }: TextareaFieldProps) {
  return (
    <Frame id={id} label={label} description={description} error={error} optional={optional ?? false}>
      <Textarea id={id} invalid={Boolean(error)} required={!optional} aria-describedby={describedBy(id, description, error)} {...input} />
    </Frame>
  );
}

type SelectFieldProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly { value: string; label: string }[];
    /** Text of the empty first option ("Kies…"); leave out when a value is always chosen. */
    placeholder?: string;
  };

export function SelectField({ id, label, description, error, optional, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <Frame id={id} label={label} description={description} error={error} optional={optional ?? false}>
      <Select id={id} invalid={Boolean(error)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)} {...select}>
        {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </Frame>
  );
}

interface ChoiceGroupProps {
  /** Id of the first input: the error summary links here. */
  id: string;
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly { value: string; label: ReactNode }[];
}

/** Radio buttons in a fieldset; the legend names the group. */
export function RadioGroup(props: ChoiceGroupProps & { value: string; onChange: (value: string) => void }) {
  return (
    <ChoiceFieldset {...props}>
      {props.options.map((o, i) => {
        const inputId = i === 0 ? props.id : `${props.id}-${o.value}`;
        return (
          <FormField type="radio" key={o.value}>
            <div className="utrecht-form-field__input">
              <RadioButton id={inputId} name={props.name} value={o.value} checked={props.value === o.value} invalid={Boolean(props.error)} onChange={() => props.onChange(o.value)} />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={inputId} type="radio" checked={props.value === o.value}>
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </ChoiceFieldset>
  );
}

/** Checkboxes in a fieldset, for choosing several values (e.g. roles). */
export function CheckboxGroup(props: ChoiceGroupProps & { values: readonly string[]; onChange: (values: string[]) => void }) {
  const toggle = (value: string, on: boolean) => props.onChange(on ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <ChoiceFieldset {...props}>
      {props.options.map((o, i) => {
        const inputId = i === 0 ? props.id : `${props.id}-${o.value}`;
        const checked = props.values.includes(o.value);
        return (
          <FormField type="checkbox" key={o.value}>
            <div className="utrecht-form-field__input">
              <Checkbox id={inputId} name={props.name} value={o.value} checked={checked} invalid={Boolean(props.error)} onChange={(e) => toggle(o.value, e.target.checked)} />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor={inputId} type="checkbox" checked={checked}>
                {o.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </ChoiceFieldset>
  );
}

function ChoiceFieldset(props: ChoiceGroupProps & { children: ReactNode }) {
  const describedIds = [props.description ? `${props.id}-uitleg` : '', props.error ? `${props.id}-fout` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset invalid={Boolean(props.error)} aria-describedby={describedIds}>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.description && <FormFieldDescription id={`${props.id}-uitleg`}>{props.description}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={`${props.id}-fout`}>{props.error}</FormFieldErrorMessage>}
      {props.children}
    </Fieldset>
  );
}
