import Form from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../api/problem';
import type { RegelingForm } from '../api/types';
import { ErrorSummary } from '../forms/error-summary';
import type { FormErrors } from '../forms/form-errors';
import type { FieldRef } from '../forms/use-form-errors';
import type { RegelingFormContext } from './form-context';
import { carriedOf, pageSchemaOf, questionsOf, sourcesOf, type Answers } from './form-model';
import { localizeErrors, messageFor, regelingValidator } from './regeling-validator';
import { nlDesignTemplates, nlDesignWidgets } from './theme';
import './rjsf.css';

export interface FieldError {
  /** "<page>.<field>", as the server names them. */
  name: string;
  message: LocalizedText;
}

export interface RegelingPageFormProps {
  /** The regeling's form in the chosen language. */
  form: RegelingForm;
  pageId: string;
  answers: Answers;
  onChange: (answers: Answers) => void;
  /** On submit (e.g. "Volgende"), only when the browser's checks pass. */
  onSubmit: (answers: Answers) => void;
  /** The server's errors for this page; a new list is shown in the error summary, which takes focus. */
  serverErrors?: FieldError[] | undefined;
  /** A verlenging: fields taken over from the earlier application say so. */
  extending?: boolean;
  /** The page's buttons, inside the form; a type="submit" button submits. */
  children: ReactNode;
}

const noErrors: FieldError[] = [];

/**
 * One page of a regeling's form, rendered by react-jsonschema-form with NL Design System widgets
 * and checked in the browser with the server's rules and messages. Errors (the browser's and the
 * server's) are listed in an error summary that takes focus and links to each field.
 */
export function RegelingPageForm(props: RegelingPageFormProps) {
  const { form, pageId, answers } = props;
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const schema = pageSchemaOf(form, pageId);
  const uiSchema = useMemo<UiSchema>(() => ({ ...((form.ui[pageId] ?? {}) as UiSchema), 'ui:submitButtonOptions': { norender: true } }), [form, pageId]);
  const context = useMemo<RegelingFormContext>(() => ({ lang, sources: sourcesOf(form, pageId), carried: props.extending ? carriedOf(form, pageId) : new Set() }), [lang, form, pageId, props.extending]);
  const [shown, setShown] = useState<{ errors: FieldError[]; focusKey: number }>({ errors: [], focusKey: 0 });
  const serverErrors = props.serverErrors ?? noErrors;

  // A new answer from the server (after "Volgende") is shown like the browser's own errors
  // (state adjusted while rendering, as React advises for a prop that changes).
  const [seenServerErrors, setSeenServerErrors] = useState(serverErrors);
  if (serverErrors !== seenServerErrors) {
    setSeenServerErrors(serverErrors);
    if (serverErrors.length) setShown((s) => ({ errors: serverErrors, focusKey: s.focusKey + 1 }));
  }

  const extraErrors = useMemo(() => {
    const schemaErrors: Record<string, { __errors: string[] }> = {};
    for (const e of serverErrors) {
      const field = e.name.split('.')[1];
      if (field && !schemaErrors[field]) schemaErrors[field] = { __errors: [lang.startsWith('en') ? e.message.en : e.message.nl] };
    }
    return schemaErrors as ErrorSchema;
  }, [serverErrors, lang]);

  const questions = questionsOf(form, pageId, answers);
  const summaryFields = Object.fromEntries(
    questions.map((q): [string, FieldRef] => [`${pageId}.${q.name}`, { id: `${pageId}_${q.name}`, label: '', text: typeof q.schema.title === 'string' ? q.schema.title : q.name }]),
  );
  const summaryErrors: FormErrors = { fields: {}, general: [] };
  for (const e of shown.errors) {
    const name = e.name.split('.').slice(0, 2).join('.');
    if (summaryFields[name]) summaryErrors.fields[name] ??= e.message;
    else summaryErrors.general.push(e.message);
  }

  const showBrowserErrors = (errors: RJSFValidationError[]) => {
    const list = errors.filter((e) => e.name !== 'if').map((e) => ({ name: `${pageId}${(e.property ?? '').replace(/^\.?/, '.')}`, message: messageFor(e) }));
    setShown((s) => ({ errors: list, focusKey: s.focusKey + 1 }));
  };

  return (
    <>
      <ErrorSummary errors={summaryErrors} fields={summaryFields} focusKey={shown.focusKey} />
      <Form
        className="eenloket-form eenloket-regeling-form"
        schema={schema}
        uiSchema={uiSchema}
        formData={answers}
        formContext={context}
        validator={regelingValidator}
        templates={nlDesignTemplates}
        widgets={nlDesignWidgets}
        idPrefix={pageId}
        idSeparator="_"
        noHtml5Validate
        showErrorList={false}
        focusOnFirstError={false}
        extraErrors={extraErrors}
        transformErrors={(errors) => localizeErrors(errors, lang)}
        experimental_defaultFormStateBehavior={{ arrayMinItems: { populate: 'never' }, emptyObjectFields: 'skipDefaults' }}
        onChange={(event) => props.onChange((event.formData ?? {}) as Answers)}
        onError={showBrowserErrors}
        onSubmit={(event) => {
          setShown((s) => ({ errors: [], focusKey: s.focusKey }));
          props.onSubmit((event.formData ?? {}) as Answers);
        }}
      >
        {props.children}
      </Form>
    </>
  );
}
