import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError, type LocalizedText } from '../../shared/api/problem';
import { ErrorSummary } from '../../shared/forms/error-summary';
import type { FormErrors, Message } from '../../shared/forms/form-errors';
import type { FieldRef } from '../../shared/forms/use-form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useMessage } from '../../shared/forms/use-message';

const MAX_FILE_CHARS = 1_000_000;

/**
 * Replaces one decision model or examples file of a draft. The file is read in the browser and
 * sent as text; the server checks it (the model must load in the rules engine, the examples must
 * match their schema) and names every problem, all listed in the summary and linked to the input.
 */
export function VersionFileUpload(props: { regelingId: string; version: number; path: string; kind: 'model' | 'examples'; inputId: string; onUploaded: (path: string, content: string) => void; onStarted?: () => void }) {
  const { t } = useTranslation();
  const resolve = useMessage();
  const input = useRef<HTMLInputElement>(null);
  const [fields, setFields] = useState<Record<string, FieldRef>>({});
  const form = useFormErrors(fields);
  const [problems, setProblems] = useState<Message[]>([]);
  const [busy, setBusy] = useState(false);
  const ext = props.kind === 'model' ? '.dmn' : '.json';
  const label = t(props.kind === 'model' ? 'models.upload.modelLabel' : 'models.upload.examplesLabel', { file: props.path });

  // One summary entry per problem (a model can have several), each linked to the file input.
  const show = (messages: Message[]) => {
    const errors: FormErrors = { fields: {}, general: [] };
    const refs: Record<string, FieldRef> = {};
    messages.forEach((message, i) => {
      refs[`p${i}`] = { id: props.inputId, label: '', text: label };
      errors.fields[`p${i}`] = message;
    });
    setFields(refs);
    setProblems(messages);
    form.show(errors);
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    const local = !file ? { key: 'models.upload.noFile' } : !file.name.toLowerCase().endsWith(ext) ? { key: 'models.upload.wrongType', values: { ext } } : undefined;
    if (local || !file) return show([local ?? { key: 'models.upload.noFile' }]);
    // A notice about an earlier file would read as if this one had gone in too.
    props.onStarted?.();
    const content = await file.text();
    if (content.length > MAX_FILE_CHARS) return show([{ key: 'models.upload.tooLarge' }]);
    setBusy(true);
    try {
      await api.put(`/api/werkplek/regelingen/${encodeURIComponent(props.regelingId)}/versions/${props.version}/files`, { path: props.path, content });
      show([]);
      if (input.current) input.current.value = '';
      props.onUploaded(props.path, content);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const params = error.problem.invalidParams ?? [];
      show(params.length ? params.map((p): LocalizedText => p.messages) : [error.problem.messages]);
    } finally {
      setBusy(false);
    }
  };

  const first = problems[0];
  const errorText = first && (problems.length > 1 ? t('models.upload.more', { first: resolve(first), count: problems.length - 1 }) : resolve(first));
  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void upload(e)}>
      <ErrorSummary {...form.summary} />
      <FormField invalid={Boolean(errorText)} type="text">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={props.inputId}>{label}</FormLabel>
        </div>
        <FormFieldDescription id={`${props.inputId}-uitleg`} className="utrecht-form-field__description">
          {t(props.kind === 'model' ? 'models.upload.modelHelp' : 'models.upload.examplesHelp', { file: props.path })}
        </FormFieldDescription>
        {errorText && (
          <FormFieldErrorMessage id={`${props.inputId}-fout`} className="utrecht-form-field__error-message">
            {errorText}
          </FormFieldErrorMessage>
        )}
        <div className="utrecht-form-field__input">
          <input
            ref={input}
            id={props.inputId}
            type="file"
            className="eenloket-file-input"
            accept={props.kind === 'model' ? '.dmn,application/xml,text/xml' : '.json,application/json'}
            aria-describedby={[`${props.inputId}-uitleg`, errorText ? `${props.inputId}-fout` : ''].filter(Boolean).join(' ')}
            aria-invalid={errorText ? true : undefined}
          />
        </div>
      </FormField>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {t(props.kind === 'model' ? 'models.upload.modelSubmit' : 'models.upload.examplesSubmit')}
      </Button>
    </form>
  );
}
