import { Heading2, UnorderedList, UnorderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './form-errors';
import type { FieldRef } from './use-form-errors';
import { useMessage } from './use-message';

export interface ErrorSummaryProps {
  errors: FormErrors;
  /** API field name → the input on the page (id) and its label (translation key). */
  fields: Record<string, FieldRef>;
  /** Changes every time the person submits and errors are shown: focus moves here again. */
  focusKey: number;
}

/**
 * The list of errors at the top of a form (as in the NL Design System and GOV.UK patterns).
 * It takes focus after a failed submit and is a live region, so screen readers read it out;
 * each item links to its field.
 */
export function ErrorSummary({ errors, fields, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const resolve = useMessage();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  // In the order of the form, so the list reads top to bottom like the page.
  const fieldEntries = Object.entries(fields).flatMap(([name, field]) => {
    const message = errors.fields[name];
    return message ? [{ name, message, field }] : [];
  });
  const visible = fieldEntries.length > 0 || errors.general.length > 0;

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    // Focus the field itself; following the #anchor would only scroll and change the URL.
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={visible ? headingId : undefined} className={visible ? 'eenloket-error-summary' : 'eenloket-error-summary--empty'}>
      {visible && (
        <>
          <Heading2 id={headingId} className="eenloket-error-summary__title">
            {fieldEntries.length > 0 ? t('form.summaryTitle') : t('common.errorTitle')}
          </Heading2>
          {errors.general.map((message, i) => (
            <Paragraph key={i}>{resolve(message)}</Paragraph>
          ))}
          {fieldEntries.length > 0 && (
            <UnorderedList>
              {fieldEntries.map(({ name, message, field }) => (
                <UnorderedListItem key={name}>
                  {/* "Label: message", so the list makes sense on its own (WCAG 3.3.1). */}
                  <a className="utrecht-link utrecht-link--html-a" href={`#${field.id}`} onClick={(e) => focusField(e, field.id)}>
                    {field.text ?? t(field.label)}: {resolve(message)}
                  </a>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
    </div>
  );
}
