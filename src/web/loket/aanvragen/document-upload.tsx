import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError, pick, type LocalizedText } from '../../shared/api/problem';
import type { ApplicationDocument } from '../../shared/api/types';
import { formatFileSize } from '../../shared/format/format-text';

export const MAX_BYTES = 10 * 1024 * 1024;
const accepted = ['application/pdf', 'image/jpeg', 'image/png'];
const extensions = /\.(pdf|jpe?g|png)$/i;

/**
 * Choose a file and it is sent at once (PDF, JPG or PNG, at most 10 MB; the server checks the
 * content too). The input's label names what it is for; type and size are explained under it.
 */
export function DocumentUpload(props: {
  id: string;
  label: ReactNode;
  applicationId: string;
  /** The multipart field before the file: evidenceId or taskId. */
  target: { evidenceId: string } | { taskId: string };
  describedBy?: string | undefined;
  /** An error from outside (e.g. "add this document" on Volgende). */
  error?: string | undefined;
  onUploaded: (document: ApplicationDocument) => void;
}) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const shownError = error ?? props.error;

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(undefined);
    if (file.size > MAX_BYTES) return fail({ key: 'documents.tooLarge' });
    if (!accepted.includes(file.type) && !extensions.test(file.name)) return fail({ key: 'documents.wrongType' });
    const body = new FormData();
    // The server reads the fields in order: what the file is for comes first.
    for (const [name, value] of Object.entries(props.target)) body.append(name, value as string);
    body.append('file', file, file.name);
    setBusy(true);
    try {
      props.onUploaded(await api.upload<ApplicationDocument>(`/api/loket/applications/${props.applicationId}/documents`, body));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const field = e.problem.invalidParams?.[0]?.messages;
      fail({ text: field ?? e.problem.messages });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const fail = (message: { key: string } | { text: LocalizedText }) => {
    setError('key' in message ? t(message.key) : pick(message.text, i18n.language));
    if (input.current) input.current.value = '';
  };

  const hintId = `${props.id}-eisen`;
  const errorId = `${props.id}-fout`;
  const describedBy = [props.describedBy, hintId, shownError ? errorId : ''].filter(Boolean).join(' ');
  return (
    <FormField invalid={Boolean(shownError)} className="eenloket-upload">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      </div>
      <FormFieldDescription id={hintId} className="utrecht-form-field__description">
        {t('documents.requirements', { size: formatFileSize(MAX_BYTES) })}
      </FormFieldDescription>
      {shownError && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message" role="alert">
          {shownError}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <input
          ref={input}
          id={props.id}
          type="file"
          className="eenloket-file-input"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby={describedBy}
          aria-invalid={shownError ? true : undefined}
          disabled={busy}
          onChange={(e) => void upload(e)}
        />
        {busy && <span className="eenloket-upload__busy">{t('documents.uploading')}</span>}
      </div>
    </FormField>
  );
}

/** The list of files added, each with "Verwijderen" (its accessible name includes the file name). */
export function DocumentList(props: { documents: ApplicationDocument[]; applicationId: string; onRemove?: ((document: ApplicationDocument) => void) | undefined; caption?: string }) {
  const { t } = useTranslation();
  if (props.documents.length === 0) return null;
  return (
    <ul className="eenloket-document-list" aria-label={props.caption}>
      {props.documents.map((d) => (
        <li key={d.id} className="eenloket-document-list__item">
          <a className="utrecht-link utrecht-link--html-a" href={`/api/loket/applications/${props.applicationId}/documents/${d.id}`} download={d.fileName}>
            {d.fileName}
          </a>{' '}
          <span className="eenloket-document-list__meta">({t('documents.meta', { type: typeLabel(d.mediaType), size: formatFileSize(d.sizeBytes) })})</span>
          {props.onRemove && (
            <Button appearance="subtle-button" className="eenloket-document-list__remove" onClick={() => props.onRemove?.(d)}>
              {t('documents.remove')}
              <span className="eenloket-visually-hidden"> {d.fileName}</span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

function typeLabel(mediaType: string): string {
  return mediaType === 'application/pdf' ? 'PDF' : mediaType === 'image/png' ? 'PNG' : 'JPG';
}
