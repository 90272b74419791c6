import type { WidgetProps } from '@rjsf/utils';
import { Textbox } from '@utrecht/component-library-react';
import { useState, type HTMLAttributes } from 'react';
import { numberToText, parseDutchNumber } from '../../format/format-text';
import { isAmount } from '../answer-text';
import { describedBy, fieldParts } from '../field-parts';
import { contextOf, formTexts } from '../form-context';

type InputMode = HTMLAttributes<HTMLInputElement>['inputMode'];

// What the keyboard and the browser's autofill should offer, by the field's format.
const byFormat: Record<string, { type?: string; inputMode?: InputMode; autoComplete?: string; spellCheck?: boolean }> = {
  email: { type: 'email', inputMode: 'email', autoComplete: 'email', spellCheck: false },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  iban: { autoComplete: 'off', spellCheck: false },
  bsn: { inputMode: 'numeric', autoComplete: 'off' },
  kvk: { inputMode: 'numeric', autoComplete: 'off' },
  postcode: { autoComplete: 'postal-code', spellCheck: false },
  date: { type: 'date' },
  'past-date': { type: 'date' },
  'future-date': { type: 'date' },
};

/**
 * Text, email, phone, date and number inputs (Utrecht Textbox). Numbers are typed as text with a
 * numeric keyboard, not <input type="number"> (which changes on scroll and rejects "1.369,06"):
 * Dutch notation is read, and what the person typed stays on screen until it is a number.
 */
export function TextWidget(props: WidgetProps) {
  const { schema } = props;
  if (schema.type === 'number' || schema.type === 'integer') return <NumberInput {...props} />;
  const format = typeof schema.format === 'string' ? byFormat[schema.format] : undefined;
  const autocomplete = typeof props.options.autocomplete === 'string' ? props.options.autocomplete : format?.autoComplete;
  const parts = fieldParts(props);
  return (
    <Textbox
      id={props.id}
      name={props.htmlName ?? props.id}
      type={format?.type ?? 'text'}
      inputMode={format?.inputMode}
      autoComplete={autocomplete}
      spellCheck={format?.spellCheck}
      value={typeof props.value === 'string' ? props.value : ''}
      required={props.required}
      disabled={props.disabled}
      readOnly={props.readonly}
      invalid={Boolean(parts.error)}
      aria-invalid={parts.error ? true : undefined}
      aria-describedby={describedBy(props.id, parts)}
      placeholder={props.placeholder || undefined}
      maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
      onChange={(e) => props.onChange(e.target.value === '' ? props.options.emptyValue : e.target.value)}
      onBlur={(e) => props.onBlur(props.id, e.target.value)}
      onFocus={(e) => props.onFocus(props.id, e.target.value)}
    />
  );
}

function NumberInput(props: WidgetProps) {
  const { schema } = props;
  const amount = isAmount(schema);
  const parts = fieldParts(props);
  const [text, setText] = useState(() => numberToText(props.value));
  // Follow a value set from outside (reload, another tab) unless it is what the text already says.
  const shown = parseDutchNumber(text) === props.value || (text !== '' && typeof props.value === 'string') ? text : numberToText(props.value);
  const change = (next: string) => {
    setText(next);
    const number = parseDutchNumber(next);
    // Not a number yet: pass the text on, so the check says "Vul een getal in" (saving leaves it out).
    props.onChange(next.trim() === '' ? undefined : number ?? next);
  };
  const input = (
    <Textbox
      id={props.id}
      name={props.htmlName ?? props.id}
      type="text"
      inputMode={amount || schema.type === 'number' ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={shown}
      required={props.required}
      disabled={props.disabled}
      readOnly={props.readonly}
      invalid={Boolean(parts.error)}
      aria-invalid={parts.error ? true : undefined}
      aria-describedby={describedBy(props.id, parts)}
      className={amount ? 'eenloket-amount__input' : 'eenloket-number-input'}
      onChange={(e) => change(e.target.value)}
      onBlur={(e) => props.onBlur(props.id, e.target.value)}
      onFocus={(e) => props.onFocus(props.id, e.target.value)}
    />
  );
  if (!amount) return input;
  const texts = formTexts(contextOf(props.registry).lang);
  return (
    <div className="eenloket-amount">
      {/* The € is visible; the label already says what it is, so screen readers skip the sign. */}
      <span className="eenloket-amount__prefix" aria-hidden="true" title={texts.euro}>
        €
      </span>
      {input}
    </div>
  );
}
