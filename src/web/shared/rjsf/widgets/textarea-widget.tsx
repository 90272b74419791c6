import type { WidgetProps } from '@rjsf/utils';
import { Textarea } from '@utrecht/component-library-react';
import { describedBy, fieldParts } from '../field-parts';

export function TextareaWidget(props: WidgetProps) {
  const parts = fieldParts(props);
  const rows = typeof props.options.rows === 'number' ? props.options.rows : 5;
  return (
    <Textarea
      id={props.id}
      name={props.htmlName ?? props.id}
      rows={rows}
      value={typeof props.value === 'string' ? props.value : ''}
      required={props.required}
      disabled={props.disabled}
      readOnly={props.readonly}
      invalid={Boolean(parts.error)}
      aria-invalid={parts.error ? true : undefined}
      aria-describedby={describedBy(props.id, parts)}
      maxLength={typeof props.schema.maxLength === 'number' ? props.schema.maxLength : undefined}
      onChange={(e) => props.onChange(e.target.value === '' ? props.options.emptyValue : e.target.value)}
      onBlur={(e) => props.onBlur(props.id, e.target.value)}
      onFocus={(e) => props.onFocus(props.id, e.target.value)}
    />
  );
}
